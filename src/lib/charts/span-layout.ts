import { formatObservedValue, formatPeriod } from '$lib/format';
import type { Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { drawnSpans } from './series';
import type { ChartSeries, ChartSpan } from './types';

export interface PlacedSpan {
  series: ChartSeries;
  span: ChartSpan;
  /** Row in the band under the time axis, from the top. */
  row: number;
  /** Bracket position and width in % of the plot width. */
  left: number;
  width: number;
  /** Near the right edge the label grows leftwards, so it never leaves the chart. */
  end: boolean;
  text: string;
  /** "a", "b", …: on a phone the bracket shows this and the label is listed under the chart. */
  key: string;
}

/** "1990–1993: about 45m USD (per year, for the whole period)": a span's label on screen and in exports. */
export function spanLabel(series: ChartSeries, span: ChartSpan, lang: Lang): string {
  const locale = { locale: lang };
  const kind =
    span.status === 'target' ? m.chart_span_target({}, locale) : span.perYear ? m.chart_span_per_year({}, locale) : m.chart_span_total({}, locale);
  return `${formatPeriod(span.periodStart, span.periodEnd, lang)}: ${formatObservedValue(span.value, series.unit, span.status, lang, { short: true })} (${kind})`;
}

/**
 * Totals over several years (or part of a year) in rows of their own band under the time axis, the
 * way exports draw them: never over a line or a point. Rows are packed by what a label covers, not
 * just its bracket: about 0.75% of a wide chart per character (narrow charts show a letter in the
 * bracket instead, and list the labels under the chart). A timeline (no yearly values at all) gives
 * each span its own row instead.
 */
export function placeSpans(series: ChartSeries[], from: number, to: number, lang: Lang): PlacedSpan[] {
  const pct = (x: number) => ((x - from) / (to + 1 - from)) * 100;
  const rowsEnd: number[] = [];
  return series
    .flatMap((s) => drawnSpans(s.spans).map((span) => ({ s, span })))
    .filter(({ span }) => span.x1 > from && span.x0 < to + 1)
    .sort((a, b) => a.span.x0 - b.span.x0)
    .map(({ s, span }, i) => {
      const left = pct(Math.max(span.x0, from));
      const width = pct(Math.min(span.x1, to + 1)) - left;
      const text = spanLabel(s, span, lang);
      const end = left + width > 60;
      const labelWidth = Math.max(width, text.length * 0.75);
      const [a, b] = end ? [left + width - labelWidth, left + width] : [left, left + labelWidth];
      let row = rowsEnd.findIndex((rowEnd) => rowEnd <= a);
      if (row === -1) row = rowsEnd.length;
      rowsEnd[row] = b;
      // Letters, not numbers: the milestone flags above the plot are numbered.
      const key = i < 26 ? String.fromCharCode(97 + i) : String(i + 1);
      return { series: s, span, row, left, width, end, text, key };
    });
}

/** How many band rows the placed spans use. */
export const spanRows = (placed: PlacedSpan[]) => placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
