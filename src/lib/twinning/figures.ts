/**
 * A province's figures for its profile, grouped by series: each group the series' values (with
 * status and source) and, where the series has values for several years, the model of a small
 * chart drawn by the chart kit (the same scene, layers and rules as every chart of the site).
 */
import { buildChartModel, type DatasetInput } from '$lib/charts/series';
import type { ChartModel } from '$lib/charts/types';
import { seriesKey, type ViewState } from '$lib/charts/view-state';
import type { Dataset, Observation } from '$lib/data/types';
import { localizedSourceLabel, type Localized } from '$lib/evidence/source';
import { citation, type Citation } from '$lib/evidence/cite';
import { pageNote, type ShownNote } from '$lib/evidence/note';
import { noteRefs } from '$lib/evidence/note-refs';
import { columnsOf, langs, localized, type Lang, type ViEn } from '$lib/i18n';

export interface Figure {
  id: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  unit: string;
  status: Observation['status'];
  quote: string;
  note: ViEn;
  locator: string;
  source: Localized;
  /** The language of the quote (its source's). */
  language: string;
  /** How to cite it (publisher, year, title, chapter and line), in each language. */
  cite: Record<Lang, Citation> | null;
  /** The note with the records it names linked, as each language's page shows it (a Lao page: in English). */
  noteParts: Record<Lang, ShownNote>;
}

/** A small chart, everything it needs computed here (at build time), so the page only draws it. */
export interface FigureChart {
  model: ChartModel;
  view: ViewState;
  /** The standalone title, in each language (the chart puts itself into words). */
  title: Localized;
}

export interface FigureGroup {
  seriesId: string;
  label: Localized;
  description: Localized;
  unit: string;
  values: Figure[];
  /** A chart when the series has values for at least two years. */
  chart: FigureChart | null;
}

const TOPIC_ORDER = ['relations', 'province', 'border', 'aid', 'students', 'experts', 'trade', 'investment'];

function figureChart(model: ChartModel, label: Localized, place: Localized): FigureChart {
  const [from, to] = model.defaultYears;
  const view: ViewState = { from, to, series: model.series.map((s) => seriesKey(s.id)), notes: false, secondary: true };
  return {
    model,
    view,
    title: localized((lang) => `${place[lang]}: ${label[lang]}, ${from}–${to}`)
  };
}

export function figureGroups(data: Dataset, localityId: string): FigureGroup[] {
  const locality = data.localities.find((l) => l.locality_id === localityId);
  const place = locality ? columnsOf(locality, 'name') : localized(() => localityId);
  const perLang = <T>(make: (lang: Lang) => T) => Object.fromEntries(langs.map((l) => [l, make(l)])) as Record<Lang, T>;
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
          source: src ? localizedSourceLabel(src) : localized(() => o.source_id),
          language: src?.language ?? 'vi',
          cite: src ? perLang((lang) => citation(src, o.locator, data.outlines[src.source_id], lang)) : null,
          noteParts: perLang((lang) => pageNote({ vi: o.note_vi, en: o.note_en }, lang, noteRefs(data, lang), src?.language === 'fr' ? 'fr' : 'en'))
        };
      });
    const years = new Set(values.map((v) => v.periodStart.slice(0, 4)));
    const label = s ? columnsOf(s, 'label') : localized(() => id);
    const chart =
      years.size >= 2
        ? figureChart(
            // One series under its own heading: no name at the line's end, which would take the plot's room.
            buildChartModel({ id: `${localityId}.${id}`, series: [{ id, color: 'var(--c1)', localityId, short: localized(() => '') }] }, data as unknown as DatasetInput),
            label,
            place
          )
        : null;
    return {
      seriesId: id,
      label,
      description: s ? columnsOf(s, 'description') : localized(() => ''),
      unit: s?.unit ?? values[0]?.unit ?? '',
      values,
      chart
    };
  });
}
