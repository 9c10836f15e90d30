/**
 * Figures the documents state that no chart draws: breakdowns, shares, ranks, one-off counts, aid
 * and border figures. Listed on their topic's page (and aid, border and relations on the Figures
 * page) with their source, so nothing stated is left out of the site.
 */
import { chartCatalog } from '$lib/charts/catalog';
import { localizedSourceLabel, type Localized } from '$lib/evidence/source';
import { columnsOf, langs, localized, type Lang } from '$lib/i18n';
import type { Status } from '$lib/data/types';
import { pageNote, type ShownNote } from '$lib/evidence/note';
import { noteRefs } from '$lib/evidence/note-refs';
import { dataset } from './data';

export interface FigureRow {
  id: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  status: Status;
  source: Localized;
  /** `line N` of a document, or '' for a web page. */
  line: string;
  /** The note as shown, in the page's language where the data has it (a Lao page shows the English,
   * marked so): records named by id become named links, phrases quoted in another language get `lang`. */
  noteParts: Record<Lang, ShownNote>;
}

export interface FigureGroup {
  seriesId: string;
  label: Localized;
  description: Localized;
  unit: string;
  rows: FigureRow[];
}

/** Series drawn by some chart (as a series, a growth rate or a yearly average beside one). */
const charted = new Set(
  Object.values(chartCatalog).flatMap((c) =>
    c.series.flatMap((s) => [s.id, ...('growthSeriesId' in s && s.growthSeriesId ? [s.growthSeriesId] : []), ...('alsoIds' in s ? (s.alsoIds ?? []) : [])])
  )
);

/** National figures of a topic that no chart draws, grouped by series, oldest first. */
export function otherFigures(topic: string): FigureGroup[] {
  const sources = new Map(dataset.sources.map((s) => [s.source_id, s]));
  const refs = Object.fromEntries(langs.map((l) => [l, noteRefs(dataset, l)])) as Record<Lang, ReturnType<typeof noteRefs>>;
  return dataset.series
    .filter((s) => s.topic === topic && !charted.has(s.series_id))
    .map((s) => ({
      seriesId: s.series_id,
      label: columnsOf(s, 'label'),
      description: columnsOf(s, 'description'),
      unit: s.unit,
      rows: dataset.observations
        .filter((o) => o.series_id === s.series_id && !o.locality_id)
        .sort((a, b) => a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end))
        .map((o) => {
          const src = sources.get(o.source_id);
          // A phrase quoted in a note is in its source's language.
          const foreign = src?.language === 'fr' ? 'fr' : 'en';
          return {
            id: o.obs_id,
            periodStart: o.period_start,
            periodEnd: o.period_end,
            value: o.value,
            status: o.status,
            source: src ? localizedSourceLabel(src) : localized(() => o.source_id),
            line: o.locator.startsWith('line ') ? o.locator.slice(5) : '',
            noteParts: Object.fromEntries(langs.map((l) => [l, pageNote({ vi: o.note_vi, en: o.note_en }, l, refs[l], foreign)])) as Record<Lang, ShownNote>
          };
        })
    }))
    .filter((g) => g.rows.length > 0);
}
