import type { Lang } from '$lib/i18n';
import { formatChange, formatObservedValue, formatPeriod } from '$lib/format';
import type { ChartPoint, ChartSeries } from './types';
import { drawnSpans, joins } from './series';

/**
 * A plain-language summary of what one series shows in the visible range, for screen readers and
 * for anyone who prefers words: first and last values, the peak, the biggest fall, the gaps.
 */
export function describeSeries(series: ChartSeries, from: number, to: number, lang: Lang): string {
  const vi = lang === 'vi';
  const label = series.label[lang];
  const pts = series.points.filter((p) => p.onLine && p.x >= from && p.x <= to + 1);
  if (pts.length === 0) {
    const spans = drawnSpans(series.spans).filter((sp) => sp.x1 > from && sp.x0 < to + 1);
    if (spans.length === 0) return vi ? `${label}: không có số liệu trong giai đoạn ${from}–${to}.` : `${label}: no figures for ${from}–${to}.`;
    const list = spans
      .map((sp) => `${formatPeriod(sp.periodStart, sp.periodEnd, lang)}: ${formatObservedValue(sp.value, series.unit, sp.status, lang)} (${sp.perYear ? (vi ? 'mỗi năm' : 'per year') : vi ? 'cả giai đoạn' : 'whole period'})`)
      .join('; ');
    return vi ? `${label}: chỉ có số cho cả giai đoạn — ${list}.` : `${label}: figures for whole periods only — ${list}.`;
  }

  const v = (p: ChartPoint) => formatObservedValue(p.value, series.unit, p.status, lang);
  const when = (p: ChartPoint) => formatPeriod(p.periodStart, p.periodEnd, lang);
  const first = pts[0];
  const last = pts[pts.length - 1];
  const parts: string[] = [];
  parts.push(
    vi
      ? `${label}, ${from}–${to}: ${pts.length} giá trị. Đầu tiên ${v(first)} (${when(first)}); gần nhất ${v(last)} (${when(last)}).`
      : `${label}, ${from}–${to}: ${pts.length} values. First ${v(first)} (${when(first)}); latest ${v(last)} (${when(last)}).`
  );
  if (pts.length > 2) {
    const peak = pts.reduce((a, b) => (b.value > a.value ? b : a));
    parts.push(vi ? `Cao nhất ${v(peak)} (${when(peak)}).` : `Peak ${v(peak)} (${when(peak)}).`);
  }
  let drop: { from: ChartPoint; to: ChartPoint; change: number } | undefined;
  for (let i = 1; i < pts.length; i++) {
    const c = pts[i].computedChange;
    if (c !== undefined && c < 0 && (!drop || c < drop.change)) drop = { from: pts[i - 1], to: pts[i], change: c };
  }
  if (drop) {
    parts.push(
      vi
        ? `Giảm mạnh nhất (tính toán): từ ${when(drop.from)} đến ${when(drop.to)}, ${formatChange(drop.change, lang)}.`
        : `Biggest fall (computed): ${when(drop.from)} to ${when(drop.to)}, ${formatChange(drop.change, lang)}.`
    );
  }
  const gaps = pts.slice(1).filter((p, i) => !joins(series.kind, pts[i], p)).length;
  if (gaps) parts.push(vi ? `Chuỗi có ${gaps} khoảng trống không có số liệu.` : `The series has ${gaps} gap${gaps > 1 ? 's' : ''} with no figures.`);
  if (pts.some((p) => p.disputed)) parts.push(vi ? 'Có năm các nguồn đưa ra số khác nhau.' : 'Sources disagree for some years.');
  return parts.join(' ');
}
