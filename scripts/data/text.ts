/**
 * What text in a data file may not hold, and whether a Vietnamese column reads as Vietnamese.
 * Every rule here is a mistake a person makes by hand: a file saved in another encoding and opened
 * again ("Tá»•ng" for "Tổng"), a character pasted from a web page that nobody can see (a zero-width
 * space, a right-to-left override that turns the text around), a NUL byte from a broken copy.
 */

const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (a byte-order mark)'
};
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Windows-1252 bytes 0x80–0x9F as the characters they show; the others are Latin-1. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function cp1252Byte(ch: string): number | undefined {
  const c = ch.charCodeAt(0);
  const i = CP1252.indexOf(ch);
  if (i >= 0) return 0x80 + i;
  return c <= 0xff ? c : undefined;
}

/**
 * Text that is UTF-8 read as Windows-1252 or Latin-1 and saved again ("mojibake"): a lead byte such
 * as "á" (E1) or "Ã" (C3) followed by continuation bytes shown as "»", "•", "¡"… Returns the broken
 * part and, where it decodes, what it was meant to read.
 */
export function mojibake(s: string): { bad: string; meant?: string } | undefined {
  // The tell-tale pairs: "Ã" or "Â" (C2, C3), "Ä"/"Æ" (C4–C6: đ, ơ, ư) or "á" + "º"/"»" (E1 BA/BB:
  // every Vietnamese letter with two marks), each followed by a character that is a continuation byte.
  const re = /[\u00c2-\u00c6][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|[\u00e1-\u00e9][º»\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|á[º»]/;
  const m = re.exec(s);
  if (!m) return undefined;
  // Widen to the whole word and try to decode it back.
  const start = s.slice(0, m.index).search(/\S*$/);
  const end = m.index + m[0].length + (s.slice(m.index + m[0].length).match(/^\S*/)?.[0].length ?? 0);
  const bad = s.slice(start, end);
  const bytes = [...bad].map(cp1252Byte);
  if (bytes.every((b) => b !== undefined)) {
    try {
      const meant = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes as number[]));
      if (meant !== bad) return { bad, meant };
    } catch {
      // not a whole sequence (a byte was lost on the way): say so without a guess
    }
  }
  return { bad };
}

/** Why a field's text is refused (to follow the column name), or undefined when it is fine. */
export function textProblem(s: string): string | undefined {
  if (!s) return undefined;
  const where = (i: number) => (i === 0 ? 'at the start' : `after "${[...s.slice(Math.max(0, i - 20), i)].slice(-15).join('')}"`);
  const m = mojibake(s);
  if (m)
    return `looks double-encoded: "${m.bad}" is UTF-8 text read as Windows-1252${m.meant ? ` (it should read "${m.meant}")` : ''}; retype it, or open the file as UTF-8`;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\u0000') return `has a NUL byte (U+0000) ${where(i)}; delete it`;
    if (ch === '\t') return `has a tab character ${where(i)}; use a space`;
    if (CONTROL.test(ch)) return `has a control character (${hex(ch)}${NAMES[ch.charCodeAt(0)] ? ` ${NAMES[ch.charCodeAt(0)]}` : ''}) ${where(i)}; delete it`;
    if (BIDI.test(ch)) return `has an invisible text-direction character (${hex(ch)} ${NAMES[ch.charCodeAt(0)]}) ${where(i)}; delete it`;
    if (ZERO_WIDTH.test(ch)) return `has an invisible character (${hex(ch)} ${NAMES[ch.charCodeAt(0)]}) ${where(i)}; delete it`;
    if (ch === '\ufffd')
      return `has U+FFFD (�), a letter lost when the text was converted from another encoding, ${where(i)}; retype it from the source`;
  }
  if (s.normalize('NFC') !== s) return 'has letters and their accents stored apart (Unicode NFD, as some Mac editors save); retype it or save as NFC';
  return undefined;
}

/** Letters only Vietnamese writes (among the languages of the data): ă â đ ê ô ơ ư and the tones. */
export const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9ãĩũõỹÃĨŨÕỸ]|[àáảạèéẻẹìíỉịòóỏọùúủụỳýỷỵ]/;
/** Stricter: letters French and English never have, for telling a swapped pair. */
const ONLY_VIETNAMESE = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9ĩũĨŨ]/;

/**
 * A `_vi` text and its `_en` twin that look swapped: the Vietnamese column has several words and
 * no Vietnamese letter while the English one has Vietnamese letters. (A name the same in both
 * languages, "Vientiane Times", is fine; so is an English column quoting a Vietnamese title.)
 */
export function looksSwapped(vi: string, en: string): boolean {
  if (!vi || !en || vi === en) return false;
  return vi.trim().split(/\s+/).length > 1 && !VIETNAMESE_LETTER.test(vi) && ONLY_VIETNAMESE.test(en);
}

/**
 * A `_vi` text of three words or more with no Vietnamese letter at all, where the English twin
 * differs: Vietnamese typed without its marks ("Tong kim ngach hai chieu"), or English put in the
 * Vietnamese column. A name the same in both languages ("Vientiane Times") is written the same in both.
 */
export function lacksVietnamese(vi: string, en: string): boolean {
  if (!vi || vi === en) return false;
  const words = vi.trim().split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= 3 && !VIETNAMESE_LETTER.test(vi);
}

/** Lao script (the Lao block of Unicode). */
export const LAO_LETTER = /[\u0e80-\u0eff]/;
/** Thai script, which looks like Lao: a Lao text typed or pasted in Thai letters is not Lao. */
const THAI_LETTER = /[\u0e01-\u0e5b]/;

/**
 * Why a `_lo` text is not Lao, to follow the column name, or undefined when it is: Thai letters
 * (a Thai keyboard layout, or a Thai page pasted), or no Lao letter at all while it differs from
 * its twin — English or Vietnamese left in the Lao column. A name written the same in every
 * language (CafeF, VnExpress, 123docz.net) is written as in the twin column (`_en`).
 */
export function laoProblem(lo: string, twin: string): string | undefined {
  if (!lo) return undefined;
  const thai = THAI_LETTER.exec(lo);
  if (thai) return `"${lo.length > 40 ? lo.slice(0, 37) + '…' : lo}" has Thai letters (${thai[0]}, ${hex(thai[0])}), not Lao: typed with a Thai keyboard layout, or pasted from a Thai page?`;
  if (!LAO_LETTER.test(lo) && lo !== twin)
    return `"${lo.length > 40 ? lo.slice(0, 37) + '…' : lo}" has no Lao letter: it is not Lao (a name the same in every language is written the same as in its twin)`;
  return undefined;
}
