import { intlLocale, type Lang } from './i18n';

/** Observation statuses, as in data/SCHEMA.md. */
export type Status =
  | 'reported'
  | 'estimate'
  | 'approximate'
  | 'lower_bound'
  | 'upper_bound'
  | 'preliminary'
  | 'target';

type Scale = { factor: number; vi: string; en: string; enShort: string; lo: string };
// Written-out scale words, as Vietnamese, English and Lao statistics reports print them (Lao has no
// abbreviation for them: ລ້ານ million, ຕື້ billion).
const scales: Scale[] = [
  { factor: 1e9, vi: 'tỷ', en: 'billion', enShort: 'bn', lo: 'ຕື້' },
  { factor: 1e6, vi: 'triệu', en: 'million', enShort: 'm', lo: 'ລ້ານ' }
];
const scaleWord = (scale: Pick<Scale, 'vi' | 'en' | 'lo'>, lang: Lang) => scale[lang];

/**
 * The locales a number is formatted in, the first a runtime has. Chromium (156, Debian) has no Lao
 * locale data and formats lo-LA as en-US ("1,234.5"); Node 20's ICU has it and writes Lao numbers as
 * Vietnamese ones are written ("1.234,5", '.' grouping and ',' decimals, as Lao official publications
 * print them; format.test.ts checks the two agree). vi-VN stands in, so a page's numbers read the
 * same prerendered and after its script has run.
 */
const numberLocales: Record<Lang, string[]> = { vi: [intlLocale.vi], en: [intlLocale.en], lo: [intlLocale.lo, intlLocale.vi] };

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, maxFractionDigits: number, extra: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${maxFractionDigits}|${JSON.stringify(extra)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberLocales[lang], { maximumFractionDigits: maxFractionDigits, ...extra });
    numberFormats.set(key, f);
  }
  return f;
}

/** Plain number in the page's conventions: `1.125,5` (vi), `1,125.5` (en). */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = 1): string {
  return nf(lang, maxFractionDigits).format(value);
}

/** Unit words shown after a number. */
export function unitLabel(unit: string, lang: Lang, value = 2): string {
  const words: Record<string, { vi: string; en: [string, string]; lo: string }> = {
    USD: { vi: 'USD', en: ['USD', 'USD'], lo: 'USD' },
    VND: { vi: 'đồng', en: ['VND', 'VND'], lo: 'ດົ່ງ' },
    LAK: { vi: 'kíp', en: ['LAK', 'LAK'], lo: 'ກີບ' },
    persons: { vi: 'người', en: ['person', 'people'], lo: 'ຄົນ' },
    projects: { vi: 'dự án', en: ['project', 'projects'], lo: 'ໂຄງການ' },
    percent: { vi: '%', en: ['%', '%'], lo: '%' },
    count: { vi: '', en: ['', ''], lo: '' },
    km: { vi: 'km', en: ['km', 'km'], lo: 'ກມ' },
    tonnes: { vi: 'tấn', en: ['tonne', 'tonnes'], lo: 'ໂຕນ' },
    hectares: { vi: 'ha', en: ['ha', 'ha'], lo: 'ເຮັກຕາ' }
  };
  const w = words[unit];
  if (!w) return unit;
  return lang === 'en' ? w.en[value === 1 ? 0 : 1] : w[lang];
}

/**
 * A value with its unit in words readers use: `1,1 tỷ USD`, `1.1 billion USD`, `14.050 người`,
 * `14,050 people`. Money switches to million/billion; counts stay exact.
 */
export function formatValue(value: number, unit: string, lang: Lang, opts: { short?: boolean } = {}): string {
  if (unit === 'percent') return `${formatNumber(value, lang, 1)}%`;
  if (unit === 'USD' || unit === 'VND' || unit === 'LAK') {
    const scale = scales.find((s) => Math.abs(value) >= s.factor);
    if (scale) {
      const scaled = value / scale.factor;
      // Keep every digit the source printed (823,4 triệu), but no float noise.
      const digits = Math.abs(scaled) >= 100 ? 1 : Math.abs(scaled) >= 10 ? 2 : 3;
      const word = lang === 'en' && opts.short ? scale.enShort : scaleWord(scale, lang);
      const sep = lang === 'en' && opts.short ? '' : ' ';
      return `${formatNumber(scaled, lang, digits)}${sep}${word} ${unitLabel(unit, lang)}`;
    }
    return `${formatNumber(value, lang, 0)} ${unitLabel(unit, lang)}`;
  }
  const u = unitLabel(unit, lang, value);
  return u ? `${formatNumber(value, lang, 1)} ${u}` : formatNumber(value, lang, 1);
}

/** Words that make a bound or an estimate read as one: "hơn 3 tỷ USD", "about 2.2 billion USD". */
export function statusQualifier(status: Status, lang: Lang): string {
  const words: Record<Status, Record<Lang, string>> = {
    reported: { vi: '', en: '', lo: '' },
    estimate: { vi: 'ước', en: 'est.', lo: 'ຄາດຄະເນ' },
    approximate: { vi: 'khoảng', en: 'about', lo: 'ປະມານ' },
    lower_bound: { vi: 'hơn', en: 'more than', lo: 'ຫຼາຍກວ່າ' },
    upper_bound: { vi: 'gần', en: 'nearly', lo: 'ເກືອບ' },
    preliminary: { vi: 'sơ bộ', en: 'preliminary', lo: 'ເບື້ອງຕົ້ນ' },
    target: { vi: 'mục tiêu', en: 'target', lo: 'ຄາດໝາຍ' }
  };
  return words[status][lang];
}

/** A value as a reader should read it, qualifier included: `hơn 3 tỷ USD`. */
export function formatObservedValue(value: number, unit: string, status: Status, lang: Lang, opts: { short?: boolean; bare?: boolean } = {}): string {
  const q = statusQualifier(status, lang);
  const v = opts.bare ? formatBare(value, unit, lang) : formatValue(value, unit, lang, opts);
  return q ? `${q} ${v}` : v;
}

/** A value without its unit, for a label beside a mark whose axis names the unit: "52", "1,02 tỷ". */
function formatBare(value: number, unit: string, lang: Lang): string {
  if (unit === 'USD' || unit === 'VND' || unit === 'LAK') {
    const scale = scales.find((s) => Math.abs(value) >= s.factor);
    if (scale) {
      const scaled = value / scale.factor;
      const digits = Math.abs(scaled) >= 100 ? 0 : Math.abs(scaled) >= 10 ? 1 : 2;
      return `${formatNumber(scaled, lang, digits)} ${lang === 'en' ? scale.enShort : scaleWord(scale, lang)}`;
    }
  }
  return formatNumber(value, lang, 1);
}

/** The kind of source a value comes from, in words (tooltips, tables, the Sources page). */
export function tierName(tier: 'official' | 'press' | 'secondary', lang: Lang): string {
  const names: Record<typeof tier, Record<Lang, string>> = {
    official: { vi: 'Nguồn chính thức (cơ quan nhà nước, Đảng)', en: 'Official source (state or party body)', lo: 'ແຫຼ່ງຂໍ້ມູນທາງການ (ອົງການລັດ, ພັກ)' },
    press: { vi: 'Báo chí', en: 'News organisation', lo: 'ສື່ມວນຊົນ' },
    secondary: { vi: 'Nguồn thứ cấp (đăng lại, trang doanh nghiệp, luận văn…)', en: 'Secondary source (repost, company site, thesis…)', lo: 'ແຫຼ່ງຂໍ້ມູນຂັ້ນສອງ (ເຜີຍແຜ່ຄືນ, ເວັບໄຊບໍລິສັດ, ບົດວິທະຍານິພົນ…)' }
  };
  return names[tier][lang];
}

/** Name of a status for legends and tables. */
export function statusName(status: Status, lang: Lang): string {
  const names: Record<Status, Record<Lang, string>> = {
    reported: { vi: 'số báo cáo', en: 'reported', lo: 'ຕາມທີ່ລາຍງານ' },
    estimate: { vi: 'ước tính', en: 'estimate', lo: 'ຄາດຄະເນ' },
    approximate: { vi: 'xấp xỉ', en: 'approximate', lo: 'ປະມານ' },
    lower_bound: { vi: 'cận dưới (“hơn”)', en: 'lower bound (“more than”)', lo: 'ຂອບເຂດລຸ່ມ (“ຫຼາຍກວ່າ”)' },
    upper_bound: { vi: 'cận trên (“gần”)', en: 'upper bound (“nearly”)', lo: 'ຂອບເຂດເທິງ (“ເກືອບ”)' },
    preliminary: { vi: 'sơ bộ', en: 'preliminary', lo: 'ເບື້ອງຕົ້ນ' },
    target: { vi: 'mục tiêu', en: 'target', lo: 'ຄາດໝາຍ' }
  };
  return names[status][lang];
}

/**
 * Month names for dates written out. Lao: CLDR's, as Node's Intl gives them for lo-LA
 * (format.test.ts checks they match); written here because Chromium has no Lao locale data
 * (Intl.DateTimeFormat('lo-LA') gives "January"), and a date must read the same before and after
 * the page's script runs. Lao writes the whole name (ມັງກອນ), not CLDR's short form (ມ.ກ.).
 */
export const monthNames: Record<'en' | 'lo', string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  lo: ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ']
};

function formatPeriodPart(p: string, lang: Lang): string {
  const [y, mo, d] = p.split('-');
  if (!mo) return y;
  const month = Number(mo);
  if (lang === 'vi') return d ? `${Number(d)}/${month}/${y}` : `${month}/${y}`;
  return d ? `${Number(d)} ${monthNames[lang][month - 1]} ${y}` : `${monthNames[lang][month - 1]} ${y}`;
}

/**
 * `2015`, `2010–2011`, `1/2025–9/2025` (vi) or `Jan 2025–Sep 2025` (en); en dash between ends. Within
 * one year the year is written once, and days stay when both ends have them: `1–9/2025`,
 * `13–15/8/1950`, `22/3–6/4/1955` (vi); `Jan–Sep 2025`, `13–15 Aug 1950`, `22 Mar–6 Apr 1955` (en);
 * Lao as English, in its month names: `ມັງກອນ–ກັນຍາ 2025`, `13–15 ສິງຫາ 1950`.
 */
export function formatPeriod(start: string, end: string, lang: Lang): string {
  if (start === end) return formatPeriodPart(start, lang);
  const [ys, ms, ds] = start.split('-');
  const [ye, me, de] = end.split('-');
  if (ms && me && ys === ye && !ds === !de) {
    const month = (mo: string) => monthNames[lang === 'lo' ? 'lo' : 'en'][Number(mo) - 1];
    if (!ds) return lang === 'vi' ? `${Number(ms)}–${Number(me)}/${ys}` : `${month(ms)}–${month(me)} ${ys}`;
    if (ms === me) return lang === 'vi' ? `${Number(ds)}–${Number(de)}/${Number(ms)}/${ys}` : `${Number(ds)}–${Number(de)} ${month(ms)} ${ys}`;
    return lang === 'vi'
      ? `${Number(ds)}/${Number(ms)}–${Number(de)}/${Number(me)}/${ys}`
      : `${Number(ds)} ${month(ms)}–${Number(de)} ${month(me)} ${ys}`;
  }
  return `${formatPeriodPart(start, lang)}–${formatPeriodPart(end, lang)}`;
}

/** A computed change, always marked as such by the caller: `+8,5%`. */
export function formatChange(ratio: number, lang: Lang): string {
  return nf(lang, 1, { style: 'percent', signDisplay: 'exceptZero' }).format(ratio);
}

/**
 * A value written in its axis's scale, without the unit the axis title gives ("0,8234" on a "tỷ USD"
 * axis for 823,4 triệu): as many digits as formatValue keeps at the value's own scale, none lost.
 * For a label on the value scale (a bar's), where the unit word would not fit.
 */
export function formatOnAxis(value: number, unit: string, axisMax: number, lang: Lang): string {
  if (unit === 'USD' || unit === 'VND' || unit === 'LAK') {
    const axis = scales.find((s) => axisMax >= s.factor)?.factor ?? 1;
    const own = scales.find((s) => Math.abs(value) >= s.factor)?.factor ?? 1;
    const scaled = value / own;
    const digits = own === 1 ? 0 : Math.abs(scaled) >= 100 ? 1 : Math.abs(scaled) >= 10 ? 2 : 3;
    return formatNumber(value / axis, lang, Math.max(0, digits + Math.round(Math.log10(axis / own))));
  }
  return formatNumber(value, lang, 1);
}

/**
 * Axis tick labels for money: one scale for the whole axis (all ticks in million, or all in billion)
 * so labels compare at a glance; counts use grouped integers.
 */
export function axisTickFormatter(unit: string, max: number, lang: Lang): { format: (v: number) => string; title: string } {
  if (unit === 'USD' || unit === 'VND' || unit === 'LAK') {
    const scale = scales.find((s) => max >= s.factor) ?? { factor: 1, vi: '', en: '', enShort: '', lo: '' };
    const word = scaleWord(scale, lang);
    return {
      format: (v) => formatNumber(v / scale.factor, lang, 2),
      title: `${word ? `${word} ` : ''}${unitLabel(unit, lang)}`.trim()
    };
  }
  return { format: (v) => formatNumber(v, lang, 1), title: unitLabel(unit, lang) };
}
