/**
 * The headings of a source document, found in its plain text at build time (scripts/data/build.ts
 * writes them into the dataset), so a line can be cited by the chapter and section it sits in
 * (cite.ts). Pure: it reads lines and nothing else.
 *
 * What the five documents print, and what is recognised:
 * - level 1: "Chương III" (the book), "Phần thứ ba" / "PHẦN THỨ TƯ" (the Sơn La booklet), and
 *   front or back matter printed as a heading of its own ("LỜI MỞ ĐẦU");
 * - level 2: a Roman-numbered heading in capitals, "II. CỦNG CỐ VÀ TĂNG CƯỜNG …" or "II- …";
 * - level 3: "1- Hợp tác về chính trị"; level 4: "2.3- Hợp tác trong lĩnh vực Giáo dục";
 * - level 5: an unnumbered heading, "- Hợp tác giữa các địa phương …" or "Ý nghĩa lịch sử", on a
 *   short line of its own between blank lines.
 * A numbered heading counts only in sequence (a "2." needs the "1." before it under the same
 * heading): the book's footnotes start with numbers too ("2. Biên bản thỏa thuận …").
 */

export type HeadingKind = 'front' | 'chapter' | 'part' | 'section' | 'subsection' | 'heading';

export interface Heading {
  /** 1-based line of the document where the heading starts. */
  line: number;
  /** 1 chapter or part, 2 Roman section, 3 numbered subsection, 4 its subdivision, 5 unnumbered. */
  level: number;
  kind: HeadingKind;
  /** The number as printed, normalised: "III", "2", "2.3"; a part's ordinal as a digit ("3"). */
  number: string;
  /** The heading's own words as printed, on one line ("HỢP TÁC TOÀN DIỆN VIỆT NAM – LÀO (1975 – 2017)"). */
  label: string;
}

const ROMAN = /^[IVXLC]+$/;
const ORDINALS: Record<string, string> = { nhất: '1', một: '1', hai: '2', ba: '3', tư: '4', bốn: '4', năm: '5', sáu: '6', bảy: '7', tám: '8', chín: '9', mười: '10' };
const FRONT = /^(LỜI MỞ ĐẦU|LỜI NÓI ĐẦU|LỜI GIỚI THIỆU|KẾT LUẬN|PHỤ LỤC|TÀI LIỆU THAM KHẢO)$/u;

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const isBlank = (s: string | undefined) => s === undefined || clean(s) === '';
/** Capitals only: a heading line, not a sentence. */
const isUpper = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

export function romanValue(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const cur = v[r[i]];
    const next = v[r[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** The headings of a document, in order. `lines` are the document's lines (split on "\n"). */
export function outlineOf(lines: string[]): Heading[] {
  const out: Heading[] = [];
  const text = lines.map(clean);
  const used = new Set<number>();
  /** The last accepted number at each level since the last heading above it. */
  const lastAt = new Map<number, string>();

  const accept = (h: Heading) => {
    out.push(h);
    for (const level of [...lastAt.keys()]) if (level > h.level) lastAt.delete(level);
    lastAt.set(h.level, h.number);
  };

  /** Lines in capitals that continue a heading: directly below it, or (for a chapter) past single blank lines. */
  const continuation = (from: number, skipBlanks: boolean): { words: string[]; end: number } => {
    const words: string[] = [];
    let i = from + 1;
    for (;;) {
      let j = i;
      if (skipBlanks) while (j < text.length && text[j] === '' && j - i < 2) j++;
      const t = text[j];
      if (t === undefined || t === '' || !isUpper(t) || /^[IVXLC]+\s*[.\-]\s/.test(t)) break;
      words.push(t);
      used.add(j);
      i = j + 1;
    }
    return { words, end: i };
  };

  /** A short line alone between blank lines. */
  const isolated = (i: number, max = 60) => !!text[i] && text[i].length <= max && isBlank(lines[i - 1]) && isBlank(lines[i + 1]);

  for (let i = 0; i < text.length; i++) {
    const t = text[i];
    if (!t || used.has(i)) continue;
    const line = i + 1;
    let m: RegExpExecArray | null;

    if ((m = /^(?:Chương|CHƯƠNG)\s+([IVXLC]+|\d+)$/u.exec(t))) {
      const { words } = continuation(i, true);
      accept({ line, level: 1, kind: 'chapter', number: m[1], label: words.join(' ') });
      continue;
    }
    if ((m = /^(?:Phần|PHẦN)\s+(?:thứ|THỨ)\s+(\p{L}+)$/u.exec(t)) || (m = /^(?:Phần|PHẦN)\s+(\d+|[IVXLC]+)$/u.exec(t))) {
      const word = m[1].toLowerCase();
      const number = ORDINALS[word] ?? (ROMAN.test(m[1]) ? String(romanValue(m[1])) : m[1]);
      const { words } = continuation(i, true);
      accept({ line, level: 1, kind: 'part', number, label: words.join(' ') });
      continue;
    }
    if (FRONT.test(t)) {
      accept({ line, level: 1, kind: 'front', number: '', label: t });
      continue;
    }
    if ((m = /^([IVXLC]+)\s*[.\-]\s+(.+)$/u.exec(t)) && isUpper(m[2])) {
      const n = romanValue(m[1]);
      const previous = lastAt.get(2);
      if (n === 1 || (previous && romanValue(previous) === n - 1)) {
        const { words } = continuation(i, false);
        accept({ line, level: 2, kind: 'section', number: m[1], label: [m[2], ...words].join(' ').replace(/\.$/, '') });
        continue;
      }
    }
    if ((m = /^(\d{1,2})\.(\d{1,2})\s*[.\-]\s+(\p{Lu}.*)$/u.exec(t))) {
      const [major, minor] = [m[1], Number(m[2])];
      const previous = lastAt.get(4);
      if (lastAt.get(3) === major && (minor === 1 || previous === `${major}.${minor - 1}`)) {
        accept({ line, level: 4, kind: 'subsection', number: `${major}.${minor}`, label: m[3] });
        continue;
      }
    }
    if ((m = /^(\d{1,2})\s*[.\-]\s+(\p{Lu}.*)$/u.exec(t))) {
      const n = Number(m[1]);
      const previous = lastAt.get(3);
      if (n === 1 || (previous && Number(previous) === n - 1)) {
        accept({ line, level: 3, kind: 'subsection', number: String(n), label: m[2].replace(/:$/, '') });
        continue;
      }
    }
    // An unnumbered heading: a short line between blank lines (a dash heading may run onto a
    // second line), starting with a capital and not ending like a sentence. Lines of a poem stand
    // alone too, but one after another: a candidate with another two lines away is not a heading.
    const dash = /^[-–]\s+(\p{Lu}.*)$/u.exec(t);
    const twoLine = dash && isBlank(lines[i - 1]) && !isBlank(lines[i + 1]) && isBlank(lines[i + 2]) && (t + text[i + 1]).length <= 100;
    if ((isolated(i, dash ? 90 : 60) || twoLine) && !isolated(i - 2) && !isolated(i + 2)) {
      const words = twoLine ? `${dash![1]} ${text[i + 1]}` : dash ? dash[1] : t;
      const ending = dash ? /[.,;!?…”"’)]$|\d$/u : /[.,;:!?…”"’)]$|\d$/u;
      if (/^\p{Lu}/u.test(words) && !ending.test(words)) {
        if (twoLine) used.add(i + 1);
        accept({ line, level: 5, kind: 'heading', number: '', label: words.replace(/:$/, '') });
      }
    }
  }
  return out;
}

/** The headings a line sits under, outermost first (at most one per level). */
export function headingsAt(outline: Heading[], line: number): Heading[] {
  const open: Heading[] = [];
  for (const h of outline) {
    if (h.line > line) break;
    while (open.length && open[open.length - 1].level >= h.level) open.pop();
    open.push(h);
  }
  return open;
}
