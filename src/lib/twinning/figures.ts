/**
 * A province's figures for its profile, grouped by series: each group the series' values (with
 * status and source) and, where the series has values for several years, the model of a small
 * chart drawn by the chart kit (the same scene, layers and rules as every chart of the site).
 */
import { buildChartModel, type DatasetInput } from '$lib/charts/series';
import type { ChartModel } from '$lib/charts/types';
import type { Dataset, Observation } from '$lib/data/types';
import { localizedSourceLabel, type Localized } from '$lib/evidence/source';

export interface Figure {
  id: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  unit: string;
  status: Observation['status'];
  quote: string;
  note: Localized;
  locator: string;
  source: Localized;
  /** The language of the quote (its source's). */
  language: string;
}

export interface FigureGroup {
  seriesId: string;
  label: Localized;
  description: Localized;
  unit: string;
  values: Figure[];
  /** A chart when the series has values for at least two years. */
  chart: ChartModel | null;
}

const TOPIC_ORDER = ['relations', 'province', 'border', 'aid', 'students', 'experts', 'trade', 'investment'];

export function figureGroups(data: Dataset, localityId: string): FigureGroup[] {
  const own = data.observations.filter((o) => o.locality_id === localityId);
  const sources = new Map(data.sources.map((s) => [s.source_id, s]));
  const ids = [...new Set(own.map((o) => o.series_id))];
  const meta = new Map(data.series.map((s) => [s.series_id, s]));
  const topic = (id: string) => TOPIC_ORDER.indexOf(meta.get(id)?.topic ?? '');
  ids.sort((a, b) => topic(a) - topic(b) || a.localeCompare(b));
  return ids.map((id) => {
    const s = meta.get(id);
    const values = own
      .filter((o) => o.series_id === id)
      .sort((a, b) => a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end))
      .map((o) => {
        const src = sources.get(o.source_id);
        return {
          id: o.obs_id,
          periodStart: o.period_start,
          periodEnd: o.period_end,
          value: o.value,
          unit: o.unit,
          status: o.status,
          quote: o.quote,
          note: { vi: o.note_vi, en: o.note_en },
          locator: o.locator,
          source: src ? localizedSourceLabel(src) : { vi: o.source_id, en: o.source_id },
          language: src?.language ?? 'vi'
        };
      });
    const years = new Set(values.map((v) => v.periodStart.slice(0, 4)));
    const chart =
      years.size >= 2
        ? // One series under its own heading: no name at the line's end, which would take the plot's room.
          buildChartModel({ id: `${localityId}.${id}`, series: [{ id, color: 'var(--c1)', localityId, short: { vi: '', en: '' } }] }, data as unknown as DatasetInput)
        : null;
    return {
      seriesId: id,
      label: { vi: s?.label_vi ?? id, en: s?.label_en ?? id },
      description: { vi: s?.description_vi ?? '', en: s?.description_en ?? '' },
      unit: s?.unit ?? values[0]?.unit ?? '',
      values,
      chart
    };
  });
}
