/**
 * Figures the documents state that no chart draws: breakdowns, shares, ranks, one-off counts, aid
 * and border figures. Listed on their topic's page (and aid, border and relations on the Figures
 * page) with their source, so nothing stated is left out of the site.
 */
import { chartCatalog } from '$lib/charts/catalog';
import { localizedSourceLabel, type Localized } from '$lib/evidence/source';
import type { Status } from '$lib/data/types';
import { noteParts, type NotePart } from '$lib/evidence/note';
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
  /** The note as shown: records named by id become named links, phrases quoted in another language get `lang`. */
  noteParts: Record<'vi' | 'en', NotePart[]>;
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
  const refs = { vi: noteRefs(dataset, 'vi'), en: noteRefs(dataset, 'en') };
  return dataset.series
    .filter((s) => s.topic === topic && !charted.has(s.series_id))
    .map((s) => ({
      seriesId: s.series_id,
      label: { vi: s.label_vi, en: s.label_en },
      description: { vi: s.description_vi, en: s.description_en },
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
            source: src ? localizedSourceLabel(src) : { vi: o.source_id, en: o.source_id },
            line: o.locator.startsWith('line ') ? o.locator.slice(5) : '',
            noteParts: { vi: noteParts(o.note_vi, 'vi', refs.vi, foreign), en: noteParts(o.note_en, 'en', refs.en, foreign) }
          };
        })
    }))
    .filter((g) => g.rows.length > 0);
}
