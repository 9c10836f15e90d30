import { toCsv } from '$lib/csv';
import type { Status } from '$lib/format';
import { textIn, type Lang, type Localized } from '$lib/i18n';
import { valuesDiffer } from '$lib/evidence/disagreement';
import type { ChartModel, ChartSeries } from './types';

export interface TableRow {
  id: string;
  seriesId: string;
  seriesLabel: Localized;
  periodStart: string;
  periodEnd: string;
  value: number;
  unit: string;
  status: Status;
  role: 'line' | 'alternative' | 'span' | 'average';
  disputed: boolean;
  sourceId: string;
  sourceLabel: string;
  locator: string;
  /**
   * Why sources give different values for this period (data/disagreements.csv), when they do, and
   * the language it is written in when not the page's (a Lao table shows the English note).
   */
  reason: { text: string; lang?: string };
}

/** The rows behind what a chart shows for a range: every point and span, sorted by period. */
export function tableRows(model: ChartModel, series: ChartSeries[], from: number, to: number, lang: Lang): TableRow[] {
  const rows: TableRow[] = [];
  const none = { text: '' };
  const reasonOf = (s: ChartSeries, start: string, end: string) => {
    const note = model.disagreements[`${s.id}|${start}|${end}`]?.note;
    if (!note) return none;
    const shown = textIn(note, lang);
    return shown.lang === lang ? { text: shown.text } : shown;
  };
  for (const s of series) {
    for (const p of s.points) {
      if (p.x < from || p.x > to + 1) continue;
      rows.push({
        id: p.id, seriesId: s.id, seriesLabel: s.label, periodStart: p.periodStart, periodEnd: p.periodEnd,
        value: p.value, unit: s.unit, status: p.status, role: p.onLine ? 'line' : 'alternative', disputed: p.disputed,
        sourceId: p.sourceId, sourceLabel: model.sources[p.sourceId]?.label[lang] ?? p.sourceId, locator: p.locator || (model.sources[p.sourceId]?.url ?? ''),
        reason: p.disputed ? reasonOf(s, p.periodStart, p.periodEnd) : none
      });
    }
    for (const sp of s.spans) {
      if (sp.x1 <= from || sp.x0 >= to + 1) continue;
      const disputed = s.spans.some((o) => o !== sp && o.periodStart === sp.periodStart && o.periodEnd === sp.periodEnd && valuesDiffer(o.value, sp.value));
      rows.push({
        id: sp.id, seriesId: s.id, seriesLabel: s.label, periodStart: sp.periodStart, periodEnd: sp.periodEnd,
        value: sp.value, unit: s.unit, status: sp.status, role: sp.perYear ? 'average' : 'span', disputed,
        sourceId: sp.sourceId, sourceLabel: model.sources[sp.sourceId]?.label[lang] ?? sp.sourceId, locator: sp.locator || (model.sources[sp.sourceId]?.url ?? ''),
        reason: disputed ? reasonOf(s, sp.periodStart, sp.periodEnd) : none
      });
    }
  }
  return rows.sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.periodEnd.localeCompare(b.periodEnd) || a.seriesId.localeCompare(b.seriesId));
}

/** CSV of the shown rows, in base units, with the source for each row (see $lib/csv for the format). */
export function rowsToCsv(rows: TableRow[]): string {
  const header = ['obs_id', 'series_id', 'period_start', 'period_end', 'value', 'unit', 'status', 'role', 'source', 'locator', 'why_sources_differ'];
  return toCsv(
    header,
    rows.map((r) => [r.id, r.seriesId, r.periodStart, r.periodEnd, r.value, r.unit, r.status, r.role, r.sourceLabel, r.locator, r.reason.text])
  );
}
