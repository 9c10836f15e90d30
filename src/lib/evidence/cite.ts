/**
 * A citation a reader can use in a meeting or a footnote: publisher, year and title, then where in
 * the document (chapter, section) and the line —
 *   Ban Tuyên giáo Trung ương (2017), Lịch sử quan hệ đặc biệt Việt Nam – Lào (1930 - 2017),
 *   Chương III, mục II — dòng 1984
 * and for a web page: publisher (date), title, address. The Sources page, the twinning table and
 * cards, province profiles and the timeline all cite through here, so a source reads the same
 * everywhere. The headings come from the document text at build time (outline.ts).
 */
import { formatPeriod } from '$lib/format';
import type { Lang } from '$lib/i18n';
import { headingsAt, type Heading } from './outline';
import { publishedYear, publisher, titleOf, type SourceInput } from './source';

export interface CiteSource extends SourceInput {
  url: string;
  /** The language of the document or page ('vi', 'en', 'fr', 'lo'). */
  language: string;
}

export interface Citation {
  publisher: string;
  /** A document's year; a web page's date as published ("10/1/2025", "10 Jan 2025"); or "undated" in words. */
  date: string;
  title: string;
  /** The language the title is written in, when it is not the page's (else ''). */
  titleLang: string;
  /** Where in the document: "Chương III, mục II" / "Chapter III, section II"; '' for a web page. */
  place: string;
  /** The unnumbered heading the line sits under, in the document's own words; '' if none. */
  heading: string;
  /** The language of `heading` when it is not the page's (else ''). */
  headingLang: string;
  /** "dòng 1984" / "line 1984"; '' for a web page. */
  line: string;
  /** The page's address, for a web source. */
  url: string;
}

const words: Record<Lang, { chapter: string; section: string; line: string; undated: string }> = {
  vi: { chapter: 'Chương', section: 'mục', line: 'dòng', undated: 'không ghi ngày' },
  en: { chapter: 'Chapter', section: 'section', line: 'line', undated: 'undated' },
  lo: { chapter: 'ບົດທີ', section: 'ຂໍ້', line: 'ແຖວ', undated: 'ບໍ່ລະບຸວັນທີ' }
};

const partOrdinal: Record<string, string> = { '1': 'nhất', '2': 'hai', '3': 'ba', '4': 'tư', '5': 'năm', '6': 'sáu', '7': 'bảy', '8': 'tám', '9': 'chín', '10': 'mười' };

/** Front and back matter printed as headings, by their printed words. */
const matter: Record<string, Record<Lang, string>> = {
  'LỜI MỞ ĐẦU': { vi: 'Lời mở đầu', en: 'Introduction', lo: 'ບົດນຳ' },
  'LỜI NÓI ĐẦU': { vi: 'Lời nói đầu', en: 'Preface', lo: 'ຄຳນຳ' },
  'LỜI GIỚI THIỆU': { vi: 'Lời giới thiệu', en: 'Introduction', lo: 'ບົດແນະນຳ' },
  'KẾT LUẬN': { vi: 'Kết luận', en: 'Conclusion', lo: 'ບົດສະຫຼຸບ' },
  'PHỤ LỤC': { vi: 'Phụ lục', en: 'Appendix', lo: 'ເອກະສານຊ້ອນທ້າຍ' },
  'TÀI LIỆU THAM KHẢO': { vi: 'Tài liệu tham khảo', en: 'References', lo: 'ເອກະສານອ້າງອີງ' }
};
/** "Phần thứ ba" (vi), "Part 3" (en), "ພາກທີ 3" (lo). */
const part = (n: string, lang: Lang) => (lang === 'vi' ? `Phần thứ ${partOrdinal[n] ?? n}` : lang === 'lo' ? `ພາກທີ ${n}` : `Part ${n}`);

/** The line number of a "line N" locator, or null for a web address. */
export function locatorLine(locator: string): number | null {
  const m = /^line (\d+)$/.exec(locator);
  return m ? Number(m[1]) : null;
}

/**
 * Where a line stands in a document, in words: "Chương III, mục II", "Phần thứ ba, mục 2.3",
 * "Chapter IV, section I", "Lời mở đầu"; '' before the first heading. The unnumbered heading the
 * line sits under comes back apart, in the document's words.
 */
export function placeOf(outline: Heading[], line: number, lang: Lang): { place: string; heading: string } {
  const open = headingsAt(outline, line);
  const w = words[lang];
  const parts: string[] = [];
  const top = open.find((h) => h.level === 1);
  if (top?.kind === 'chapter') parts.push(`${w.chapter} ${top.number}`);
  else if (top?.kind === 'part') parts.push(part(top.number, lang));
  else if (top?.kind === 'front') parts.push(matter[top.label]?.[lang] ?? top.label);
  // Section numbers from the Roman one down: "II", "I.2", "2.3" (a "2.3" already holds its "2").
  const roman = open.find((h) => h.level === 2)?.number;
  const deeper = [...open].reverse().find((h) => h.level === 3 || h.level === 4)?.number;
  const number = [roman, deeper].filter(Boolean).join('.');
  if (number) parts.push(`${w.section} ${number}`);
  const innermost = open[open.length - 1];
  return { place: parts.join(', '), heading: innermost?.kind === 'heading' ? innermost.label : '' };
}

/**
 * The citation of one record: its source, and the locator ("line N", or the page's address). An
 * empty locator cites the source as a whole (publisher, date, title; a web page's address).
 */
export function citation(source: CiteSource, locator: string, outline: Heading[] | undefined, lang: Lang): Citation {
  const w = words[lang];
  const line = locatorLine(locator);
  // A document is cited by line and dated by its year; a web page by its address and its date.
  const isDocument = line !== null || !source.url;
  const title = titleOf(source, lang);
  const date = isDocument
    ? publishedYear(source.published)
    : source.published === 'undated'
      ? ''
      : formatPeriod(source.published, source.published, lang);
  const { place, heading } = line !== null && outline ? placeOf(outline, line, lang) : { place: '', heading: '' };
  return {
    publisher: publisher(source, lang),
    date: date || w.undated,
    title: title.text,
    titleLang: title.lang === lang ? '' : title.lang,
    place,
    heading,
    headingLang: heading && source.language !== lang ? source.language : '',
    line: line !== null ? `${w.line} ${line}` : '',
    url: isDocument ? '' : locator.startsWith('http') ? locator : source.url
  };
}

/** Where in the source, without who and what: "Chương III, mục II — dòng 1984" (documents only). */
export function placeText(c: Citation, opts: { heading?: boolean } = {}): string {
  const heading = c.heading && (opts.heading || !c.place) ? `“${c.heading}”` : '';
  const where = [c.place, heading].filter(Boolean).join(', ');
  return [where, c.line].filter(Boolean).join(' — ');
}

/**
 * The whole citation as one line of text (exports, the timeline, copy and paste):
 * "Ban Tuyên giáo Trung ương (2017), Lịch sử …, Chương III, mục II — dòng 1984" or
 * "VnExpress (12/2025), Tổng Bí thư lên đường thăm Lào, https://…".
 */
export function citationText(c: Citation, opts: { heading?: boolean } = {}): string {
  const head = `${c.publisher} (${c.date}), ${c.title}`;
  const where = placeText(c, opts);
  if (c.url) return `${head}, ${c.url}`;
  if (!where) return head;
  return c.place || c.heading ? `${head}, ${where}` : `${head} — ${where}`;
}
