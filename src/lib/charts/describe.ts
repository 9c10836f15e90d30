import type { Lang } from '$lib/i18n';
import { formatChange, formatObservedValue, formatPeriod } from '$lib/format';
import type { ChartPoint, ChartSeries } from './types';
import { drawnSpans, joins } from './series';

/** The sentences of a summary, in each language. */
const words: Record<
  Lang,
  {
    none: (label: string, range: string) => string;
    perYear: string;
    wholePeriod: string;
    spansOnly: (label: string, list: string) => string;
    values: (label: string, range: string, n: number, first: string, last: string) => string;
    peak: (v: string) => string;
    fall: (from: string, to: string, change: string) => string;
    gaps: (n: number) => string;
    disputed: string;
  }
> = {
  vi: {
    none: (label, range) => `${label}: không có số liệu trong giai đoạn ${range}.`,
    perYear: 'mỗi năm',
    wholePeriod: 'cả giai đoạn',
    spansOnly: (label, list) => `${label}: chỉ có số cho cả giai đoạn — ${list}.`,
    values: (label, range, n, first, last) => `${label}, ${range}: ${n} giá trị. Đầu tiên ${first}; gần nhất ${last}.`,
    peak: (v) => `Cao nhất ${v}.`,
    fall: (from, to, change) => `Giảm mạnh nhất (tính toán): từ ${from} đến ${to}, ${change}.`,
    gaps: (n) => `Chuỗi có ${n} khoảng trống không có số liệu.`,
    disputed: 'Có năm các nguồn đưa ra số khác nhau.'
  },
  en: {
    none: (label, range) => `${label}: no figures for ${range}.`,
    perYear: 'per year',
    wholePeriod: 'whole period',
    spansOnly: (label, list) => `${label}: figures for whole periods only — ${list}.`,
    values: (label, range, n, first, last) => `${label}, ${range}: ${n} values. First ${first}; latest ${last}.`,
    peak: (v) => `Peak ${v}.`,
    fall: (from, to, change) => `Biggest fall (computed): ${from} to ${to}, ${change}.`,
    gaps: (n) => `The series has ${n} gap${n > 1 ? 's' : ''} with no figures.`,
    disputed: 'Sources disagree for some years.'
  },
  lo: {
    none: (label, range) => `${label}: ບໍ່ມີຕົວເລກໃນໄລຍະ ${range}.`,
    perYear: 'ຕໍ່ປີ',
    wholePeriod: 'ທັງໄລຍະ',
    spansOnly: (label, list) => `${label}: ມີແຕ່ຕົວເລກຂອງທັງໄລຍະ — ${list}.`,
    values: (label, range, n, first, last) => `${label}, ${range}: ${n} ຄ່າ. ທຳອິດ ${first}; ຫຼ້າສຸດ ${last}.`,
    peak: (v) => `ສູງສຸດ ${v}.`,
    fall: (from, to, change) => `ຫຼຸດລົງຫຼາຍທີ່ສຸດ (ຄິດໄລ່): ຈາກ ${from} ຫາ ${to}, ${change}.`,
    gaps: (n) => `ຊຸດຂໍ້ມູນມີ ${n} ຊ່ວງທີ່ບໍ່ມີຕົວເລກ.`,
    disputed: 'ມີບາງປີທີ່ແຫຼ່ງຂໍ້ມູນໃຫ້ຕົວເລກບໍ່ກົງກັນ.'
  }
};

/**
 * A plain-language summary of what one series shows in the visible range, for screen readers and
 * for anyone who prefers words: first and last values, the peak, the biggest fall, the gaps.
 */
export function describeSeries(series: ChartSeries, from: number, to: number, lang: Lang): string {
  const w = words[lang];
  const label = series.label[lang];
  const range = `${from}–${to}`;
  const pts = series.points.filter((p) => p.onLine && p.x >= from && p.x <= to + 1);
  if (pts.length === 0) {
    const spans = drawnSpans(series.spans).filter((sp) => sp.x1 > from && sp.x0 < to + 1);
    if (spans.length === 0) return w.none(label, range);
    const list = spans
      .map((sp) => `${formatPeriod(sp.periodStart, sp.periodEnd, lang)}: ${formatObservedValue(sp.value, series.unit, sp.status, lang)} (${sp.perYear ? w.perYear : w.wholePeriod})`)
      .join('; ');
    return w.spansOnly(label, list);
  }

  const v = (p: ChartPoint) => formatObservedValue(p.value, series.unit, p.status, lang);
  const when = (p: ChartPoint) => formatPeriod(p.periodStart, p.periodEnd, lang);
  const at = (p: ChartPoint) => `${v(p)} (${when(p)})`;
  const first = pts[0];
  const last = pts[pts.length - 1];
  const parts: string[] = [w.values(label, range, pts.length, at(first), at(last))];
  if (pts.length > 2) parts.push(w.peak(at(pts.reduce((a, b) => (b.value > a.value ? b : a)))));
  let drop: { from: ChartPoint; to: ChartPoint; change: number } | undefined;
  for (let i = 1; i < pts.length; i++) {
    const c = pts[i].computedChange;
    if (c !== undefined && c < 0 && (!drop || c < drop.change)) drop = { from: pts[i - 1], to: pts[i], change: c };
  }
  if (drop) parts.push(w.fall(when(drop.from), when(drop.to), formatChange(drop.change, lang)));
  const gaps = pts.slice(1).filter((p, i) => !joins(series.kind, pts[i], p)).length;
  if (gaps) parts.push(w.gaps(gaps));
  if (pts.some((p) => p.disputed)) parts.push(w.disputed);
  return parts.join(' ');
}
