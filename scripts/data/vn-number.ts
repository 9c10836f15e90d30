/**
 * Reads every number a quote states, the way its language writes numbers, and what the quote says
 * about each: its multiplier, whether it is a year or a percentage, and the qualifier word before it.
 *
 * Vietnamese: `.` groups thousands and `,` is the decimal mark (`1.125 triệu` = 1 125 000 000,
 * `823,4` = 823.4). English: the reverse (`10,000`, `892.9 million`).
 *
 * A number followed by a scale word is read only with it: "240 triệu USD" states 240 000 000, never
 * 240 (a value of 240 would put 240 USD on the chart). A year ("năm 2006", "in 2018", "2010-2011")
 * is not a figure: no unit of the data is a year, so a year never matches a value.
 */
import type { Status } from '../../src/lib/data/schema';

export type QuoteLang = 'vi' | 'en' | 'fr' | 'lo';

// Each scale word must end where the word ends: "12 tỉnh" is 12 provinces, not 12 tỉ.
const word = (alternatives: string) => new RegExp(`^(?:${alternatives})(?![\\p{L}\\p{M}])`, 'u');
const SCALES: Record<QuoteLang, [RegExp, number][]> = {
  vi: [
    [word('nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ'), 1e12],
    [word('tỷ|tỉ'), 1e9],
    [word('triệu'), 1e6],
    [word('vạn'), 1e4],
    [word('nghìn|ngàn'), 1e3]
  ],
  en: [
    [word('trillion'), 1e12],
    [word('billion|bn'), 1e9],
    [word('million|mn|m'), 1e6],
    [word('thousand'), 1e3]
  ],
  fr: [
    [word('milliards?'), 1e9],
    [word('millions?'), 1e6],
    [word('mille'), 1e3]
  ],
  lo: [
    [word('ຕື້'), 1e9],
    [word('ລ້ານ'), 1e6],
    [word('ພັນ'), 1e3]
  ]
};

/** The words SCHEMA.md gives for each status, as they stand right before a number. */
const QUALIFIERS: [Status, string[]][] = [
  ['lower_bound', ['hơn', 'trên', 'vượt', 'vượt mức', 'vượt mốc', 'ít nhất', 'tối thiểu', 'more than', 'over', 'above', 'exceeding', 'in excess of', 'upwards of', 'at least', 'plus de', 'au moins']],
  ['upper_bound', ['gần', 'dưới', 'chưa đến', 'chưa tới', 'không quá', 'nearly', 'almost', 'under', 'below', 'less than', 'close to', 'up to', 'presque', 'près de', 'moins de']],
  ['approximate', ['khoảng', 'xấp xỉ', 'chừng', 'khoảng chừng', 'about', 'around', 'some', 'approximately', 'roughly', 'circa', 'approx.', 'environ']],
  ['estimate', ['ước', 'ước đạt', 'ước tính', 'ước khoảng', 'dự kiến', 'dự báo', 'estimated', 'expected', 'an estimated', 'projected', 'forecast', 'estimé', 'estimée']],
  ['target', ['mục tiêu', 'phấn đấu', 'kế hoạch', 'target', 'targets', 'goal', 'aim', 'aims', 'plan', 'plans', 'objective', 'objectif']]
];
/** Words after a number that qualify it ("14.000 người trở lên", "1,000 or more"). */
const AFTER_QUALIFIERS: [Status, RegExp][] = [
  ['lower_bound', /^\S*\s*(\S+\s+)?(trở lên|or more)\b/],
  ['approximate', /^\S*\s*(\S+\s+)?or so\b/]
];
/**
 * Words that may stand between a bound or approximation and its number ("hơn mức 1 tỷ", "about
 * US$ 723.5 million", "more than the 2,000"). A plan or an estimate may stand a few words further
 * ("dự kiến cả năm đạt 2,2 tỷ"), but not across punctuation or another figure.
 */
const FILLERS = new Set(['đạt', 'mức', 'là', 'con', 'số', 'lên', 'tới', 'đến', 'us$', 'usd', '$', 'us', 'a', 'an', 'the', 'of', 'at', 'to', 'by', 'reach', 'reached', 'reaching', 'total', 'totalled', 'totaled', 'totalling', 'de', 'à']);
const FAR_WORDS = 4;

export interface QuoteNumber {
  /** The digits as printed. */
  raw: string;
  /** The number as written, without its multiplier. */
  written: number;
  /** The multiplier of a following scale word ("triệu" → 1e6), or 1. */
  scale: number;
  /** The scale word itself, for messages. */
  scaleWord: string;
  year: boolean;
  percent: boolean;
  /** Statuses the qualifier words next to the number imply, with the words. */
  qualifiers: { status: Status; words: string }[];
  index: number;
}

function parseNumber(raw: string, lang: QuoteLang): number | undefined {
  // French writes decimals with ',' like Vietnamese; Lao official texts group like English.
  const [group, decimal] = lang === 'vi' || lang === 'fr' ? ['.', ','] : [',', '.'];
  // A group separator must be followed by exactly three digits; otherwise in Vietnamese text a '.'
  // ends a sentence and in English a ',' separates list items.
  const groupRe = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  const plainRe = new RegExp(`^\\d+(\\${decimal}\\d+)?$`);
  if (!groupRe.test(raw) && !plainRe.test(raw)) return undefined;
  return Number(raw.split(group).join('').replace(decimal, '.'));
}

const YEAR_WORDS = /(?:^|\s)(năm|năm học|niên khóa|niên khoá|khóa|khoá|giai đoạn|thời kỳ|từ|đến|tới|vào|cuối|đầu|giữa|sau|trước|trong|since|in|of|year|years|from|to|until|till|by|before|after|during|early|mid|late|end|fiscal|between|and|en|depuis|de|à)$/;

/** Nouns that make a four-digit number a count ("1995 students"), not a year. */
const COUNT_NOUNS = /^\s*(người|lưu học sinh|học sinh|sinh viên|học viên|cán bộ|chuyên gia|dự án|hộ|lượt|tấn|km|ha|héc-ta|hécta|cột mốc|mốc|usd|đô|đồng|kíp|students?|people|persons?|experts?|projects?|tonnes?|tons?|hectares?|markers?|dollars?|kip|dong)(?![\p{L}\p{M}])/iu;

/**
 * Whether a plain four-digit number from 1900 to 2100 reads as a year where it stands: always,
 * unless a count noun follows it ("1995 students") and nothing marks it as a year ("năm", "in", a
 * date, a range of years).
 */
function isYear(t: string, start: number, end: number, raw: string): boolean {
  if (!/^\d{4}$/.test(raw)) return false;
  const n = Number(raw);
  if (n < 1900 || n > 2100) return false;
  const before = t.slice(Math.max(0, start - 30), start);
  const after = t.slice(end, end + 30);
  // A date (18/7/1977, 7-1977), a range of years (2010-2011, 2001–2005) or its second end.
  if (/\d\s?[\/.-]\s?$/.test(before)) return true;
  if (/^\s?[-–]\s?(19|20)\d{2}\b/.test(after) || /\b(19|20)\d{2}\s?[-–]\s?$/.test(before)) return true;
  if (YEAR_WORDS.test(before.toLowerCase().replace(/[\s,]+$/, '').replace(/\s+/g, ' '))) return true;
  return !COUNT_NOUNS.test(after);
}

/** The qualifier words right before a number: bounds and approximations next to it (fillers
 * aside), estimates and plans up to four words before; never across punctuation or a figure. */
function qualifiersBefore(t: string, start: number, figures: { index: number; end: number }[]): QuoteNumber['qualifiers'] {
  const previousFigure = figures.filter((f) => f.end <= start).at(-1)?.end ?? 0;
  const clause = t.slice(previousFigure, start).toLowerCase();
  const cut = Math.max(...[...clause.matchAll(/[.;:!?()\[\]–—,"“”]/g)].map((m) => (m.index ?? 0) + 1), 0);
  const words = clause.slice(cut).split(/\s+/).filter(Boolean).map((w) => w.replace(/\$$/, (d) => (w === '$' ? d : '')));
  // "US$723.5": the currency sign stands right against the number.
  const found: QuoteNumber['qualifiers'] = [];
  for (const [status, phrases] of QUALIFIERS) {
    for (const phrase of phrases) {
      const p = phrase.split(' ');
      const near = status === 'estimate' || status === 'target' ? FAR_WORDS : Infinity;
      for (let endAt = words.length; endAt >= p.length; endAt--) {
        const between = words.slice(endAt);
        const gapOk = near === Infinity ? between.every((w) => FILLERS.has(w)) : between.length <= near;
        if (!gapOk) break;
        if (p.every((w, k) => words[endAt - p.length + k] === w)) {
          found.push({ status, words: phrase });
          break;
        }
      }
    }
  }
  // "ước đạt" also contains "ước": keep the longest phrase of each status.
  return found.filter((q, i) => !found.some((o, j) => j !== i && o.status === q.status && o.words.length > q.words.length));
}

/**
 * Small numbers printed as words ("sáu dự án", "xếp thứ ba", "five newly-registered projects"):
 * read only as an ordinal ("thứ ba", "third") or right before a counted noun, so "năm 2006" (the
 * year) or "hai nước" read right and "ba" in a name does not become 3.
 */
const WORD_NUMBERS: Partial<Record<QuoteLang, Record<string, number>>> = {
  vi: { một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 },
  en: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }
};
const ORDINALS: Partial<Record<QuoteLang, Record<string, number>>> = {
  en: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 }
};
const COUNTED = /^\s+(người|lưu học sinh|học sinh|sinh viên|cán bộ|chuyên gia|dự án|tỉnh|huyện|xã|nước|quốc gia|đoàn|giáo viên|trường|cửa khẩu|doanh nghiệp|newly|new|projects?|teachers?|students?|experts?|provinces?|districts?|countries|delegations?)(?![\p{L}\p{M}])/iu;

function wordNumbers(t: string, lang: QuoteLang): QuoteNumber[] {
  const words = WORD_NUMBERS[lang];
  const ordinals = ORDINALS[lang] ?? {};
  if (!words) return [];
  const out: QuoteNumber[] = [];
  for (const m of t.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0].toLowerCase();
    const index = m.index ?? 0;
    const before = t.slice(Math.max(0, index - 6), index).toLowerCase();
    const after = t.slice(index + m[0].length);
    const ordinal = (lang === 'vi' && w in words && /thứ\s+$/.test(before)) || w in ordinals;
    const value = words[w] ?? ordinals[w];
    if (value === undefined || !(ordinal || COUNTED.test(after))) continue;
    out.push({ raw: m[0], written: value, scale: 1, scaleWord: '', year: false, percent: false, qualifiers: [], index });
  }
  return out;
}

export function readNumbers(text: string, lang: QuoteLang): QuoteNumber[] {
  const t = text.normalize('NFC');
  const found: QuoteNumber[] = wordNumbers(t, lang);
  const matches = [...t.matchAll(/\d[\d.,]*\d|\d/g)];
  const figures = matches.map((m) => ({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const m of matches) {
    const start = m.index ?? 0;
    let raw = m[0];
    let value = parseNumber(raw, lang);
    // Trailing punctuation belongs to the sentence, not the number ("đạt 890 triệu USD.").
    while (value === undefined && /[.,]$/.test(raw)) {
      raw = raw.slice(0, -1);
      value = parseNumber(raw, lang);
    }
    const end = start + raw.length;
    const base = { year: false, percent: false, scale: 1, scaleWord: '', index: start };
    if (value === undefined) {
      // "1.1-1.2" or an odd grouping: read the parts separately, as written.
      for (const part of raw.split(/[.,](?=\d{1,2}\b)|\s/)) {
        const v = parseNumber(part, lang);
        if (v !== undefined) found.push({ ...base, raw: part, written: v, qualifiers: qualifiersBefore(t, start, figures) });
      }
      continue;
    }
    const after = t.slice(end);
    // The scale word right after the number, or after a range's second end ("1,1-1,2 tỷ"),
    // or a few words on ("687.8 bidirectional 2001-2005 million").
    const rangeTail = after.match(/^\s*[-–]\s*\d[\d.,]*\s*/);
    // A scale word a few words on counts only for a number with decimals (a whole number such as a
    // year followed later by "triệu" is not a number of millions).
    const skip = (words: number) => (/[.,]\d/.test(raw) ? after.replace(new RegExp(`^\\s*(\\S+\\s+){${words}}`), '') : '');
    const windows = [after.replace(/^\s+/, ''), rangeTail ? after.slice(rangeTail[0].length) : '', skip(1), skip(2), skip(3)];
    let scale: [RegExp, number] | undefined;
    let scaleWord = '';
    // "2001-2005 million": a range of years does not take the scale word after it.
    const year = isYear(t, start, end, raw);
    for (const w of year ? windows.slice(0, 1) : windows) {
      scale = SCALES[lang].find(([word]) => word.test(w.toLowerCase()));
      if (scale) {
        scaleWord = w.toLowerCase().match(scale[0])![0];
        break;
      }
    }
    const qualifiers = qualifiersBefore(t, start, figures);
    for (const [status, re] of AFTER_QUALIFIERS) {
      const w = after.toLowerCase().match(re);
      if (w) qualifiers.push({ status, words: w[2] ?? w[0].trim() });
    }
    found.push({
      raw,
      written: value,
      scale: scale ? scale[1] : 1,
      scaleWord,
      year: !scale && year,
      percent: /^\s*(%|phần trăm|percent|per cent|pour cent)/i.test(after) || /^\s*[-–]\s*\d[\d.,]*\s*%/.test(after),
      qualifiers,
      index: start
    });
  }
  return found;
}

/** The figures a quote states, in base units (years left out): for messages and tests. */
export function numbersInText(text: string, lang: QuoteLang): number[] {
  return readNumbers(text, lang)
    .filter((n) => !n.year)
    .map((n) => n.written * n.scale);
}

// A printed fall ("giảm 2,1%", "a decrease of 2.1 per cent") is stored as a negative rate.
const FALL = /giảm|sụt|decrease|decline|down|fell|fall|drop/i;

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

export interface QuoteMatch {
  ok: boolean;
  /** The numbers the value equals (empty when none). */
  matches: QuoteNumber[];
  /** Why the value is not in the quote, for the message; empty when it is. */
  why: string;
}

const fmt = (n: number) => String(Math.round(n * 1e9) / 1e9);

/**
 * Whether a value is one of the figures the quote states: read with its multiplier, or in the
 * table unit (`unitScale`, from quote_unit) when the quote's row states none; never a year.
 */
export function valueInQuote(value: number, quote: string, lang: QuoteLang, opts: { unit?: string; unitScale?: number } = {}): QuoteMatch {
  const unitScale = opts.unitScale ?? 1;
  const read = readNumbers(quote, lang);
  const target = value < 0 && FALL.test(quote) ? -value : value;
  const amount = (n: QuoteNumber) => n.written * (n.scale === 1 ? unitScale : n.scale);
  const percentOk = (n: QuoteNumber) => opts.unit === undefined || !n.percent || opts.unit === 'percent';
  const matches = read.filter((n) => !n.year && percentOk(n) && close(amount(n), target));
  if (matches.length) return { ok: true, matches, why: '' };

  const bare = read.find((n) => n.scale !== 1 && close(n.written * unitScale, target));
  if (bare)
    return { ok: false, matches, why: `is the quote's "${bare.raw} ${bare.scaleWord}" without its multiplier; write ${fmt(bare.written * bare.scale)}` };
  const year = read.find((n) => n.year && close(n.written, target));
  if (year) return { ok: false, matches, why: `is a year in the quote ("${yearContext(quote, year)}"), not a figure` };
  const pct = read.find((n) => n.percent && close(amount(n), target));
  if (pct) return { ok: false, matches, why: `is the percentage "${pct.raw}%" in the quote, but the unit is ${opts.unit}` };
  const figures = read.filter((n) => !n.year).map((n) => fmt(amount(n)));
  return { ok: false, matches, why: `is not a number in the quote (numbers read: ${figures.join(', ') || 'none'})` };
}

function yearContext(quote: string, n: QuoteNumber): string {
  const t = quote.normalize('NFC');
  const before = t.slice(0, n.index).split(/\s+/).slice(-2).join(' ');
  return `${before}${n.raw}`.replace(/^\s+/, '');
}

/**
 * A figure read from a table states its unit once, in the table's header, not beside the number.
 * The observation's `quote_unit` then holds that unit (`triệu USD`, `million USD`), and the quoted
 * row's numbers are read in it. Returns 1 when there is none.
 */
export function quoteUnitScale(unit: string, lang: QuoteLang): number {
  if (!unit.trim()) return 1;
  const scale = SCALES[lang].find(([word]) => word.test(unit.trim().toLowerCase()));
  return scale ? scale[1] : 1;
}

/**
 * The status a quote's qualifier words call for, when they disagree with the row's: `reported`
 * under "hơn 14.209" should be lower_bound. Undefined when they agree, or when the quote has no
 * qualifier next to the number (the status may rest on the source's context).
 */
export function statusConflict(status: Status, matches: QuoteNumber[]): { expected: Status; words: string; raw: string } | undefined {
  if (!matches.length) return undefined;
  // Any matched number that fits is enough (a quote may state the value twice); a number without
  // qualifier words fits every status.
  // An estimate is often worded "about X" ("dự kiến … đạt khoảng 1,3 tỷ").
  const compatible = (q: Status) =>
    q === status || (q === 'estimate' && status === 'preliminary') || (q === 'target' && status === 'estimate') || (q === 'approximate' && status === 'estimate');
  if (matches.some((n) => n.qualifiers.length === 0 || n.qualifiers.some((q) => compatible(q.status)))) return undefined;
  const n = matches.find((x) => x.qualifiers.length)!;
  const q = n.qualifiers[0];
  return { expected: q.status, words: q.words, raw: n.raw + (n.scaleWord ? ` ${n.scaleWord}` : '') };
}
