/**
 * Reads every number a quote states, in base units, the way its language writes numbers.
 * Vietnamese: `.` groups thousands and `,` is the decimal mark (`1.125 triệu` = 1 125 000 000,
 * `823,4` = 823.4). English: the reverse (`10,000`, `892.9 million`). Each number is returned both
 * as written and multiplied by a following scale word, so `45 triệu USD` yields 45 and 45 000 000.
 */
export type QuoteLang = 'vi' | 'en' | 'fr' | 'lo';

const SCALES: Record<QuoteLang, [RegExp, number][]> = {
  vi: [
    [/^nghìn tỷ|^ngàn tỷ|^nghìn tỉ|^ngàn tỉ/, 1e12],
    [/^tỷ|^tỉ/, 1e9],
    [/^triệu/, 1e6],
    [/^vạn/, 1e4],
    [/^nghìn|^ngàn/, 1e3]
  ],
  en: [
    [/^trillion/, 1e12],
    [/^billion|^bn\b/, 1e9],
    [/^million|^mn\b|^m\b/, 1e6],
    [/^thousand/, 1e3]
  ],
  fr: [
    [/^milliards?/, 1e9],
    [/^millions?/, 1e6],
    [/^mille/, 1e3]
  ],
  lo: [
    [/^ຕື້/, 1e9],
    [/^ລ້ານ/, 1e6],
    [/^ພັນ/, 1e3]
  ]
};

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

export function numbersInText(text: string, lang: QuoteLang): number[] {
  const t = text.normalize('NFC');
  const found: number[] = [];
  const re = /\d[\d.,]*\d|\d/g;
  for (const m of t.matchAll(re)) {
    let raw = m[0];
    let value = parseNumber(raw, lang);
    // Trailing punctuation belongs to the sentence, not the number ("đạt 890 triệu USD.").
    while (value === undefined && /[.,]$/.test(raw)) {
      raw = raw.slice(0, -1);
      value = parseNumber(raw, lang);
    }
    if (value === undefined) {
      // "1.1-1.2" or an odd grouping: read the parts separately.
      for (const part of raw.split(/[.,](?=\d{1,2}\b)|\s/)) {
        const v = parseNumber(part, lang);
        if (v !== undefined) found.push(v);
      }
      continue;
    }
    found.push(value);
    // The scale word right after the number, or after a range's second end ("1,1-1,2 tỷ"),
    // or a few words on ("687.8 bidirectional 2001-2005 million").
    const after = t.slice((m.index ?? 0) + m[0].length);
    const rangeTail = after.match(/^\s*[-–]\s*\d[\d.,]*\s*/);
    // A scale word a few words on counts only for a number with decimals (a whole number such as a
    // year followed later by "triệu" is not a number of millions).
    const skip = (words: number) => (/[.,]\d/.test(raw) ? after.replace(new RegExp(`^\\s*(\\S+\\s+){${words}}`), '') : '');
    const windows = [after.replace(/^\s+/, ''), rangeTail ? after.slice(rangeTail[0].length) : '', skip(1), skip(2), skip(3)];
    for (const w of windows) {
      const scale = SCALES[lang].find(([word]) => word.test(w.toLowerCase()));
      if (scale) {
        found.push(value * scale[1]);
        break;
      }
    }
  }
  return found;
}

/** Whether a value is one of the numbers the quote states (relative tolerance for float noise). */
// A printed fall ("giảm 2,1%", "a decrease of 2.1 per cent") is stored as a negative rate.
const FALL = /giảm|sụt|decrease|decline|down|fell|fall|drop/i;

export function valueInQuote(value: number, quote: string, lang: QuoteLang): { ok: boolean; read: number[] } {
  const read = numbersInText(quote, lang);
  const target = value < 0 && FALL.test(quote) ? -value : value;
  const ok = read.some((n) => Math.abs(n - target) <= 1e-9 * Math.max(Math.abs(n), Math.abs(target), 1));
  return { ok, read };
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
