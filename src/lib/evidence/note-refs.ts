// What the ids in the data's notes stand for, in one language: a name a reader recognises and the
// record's entry on the Sources page (see evidence/note.ts). Built once per build and language. A
// Lao page shows the English note (the data has no Lao notes): its records are named in English,
// like the note around them, and link to the Lao Sources page.
import type { Dataset } from '$lib/data/types';
import { citation } from './cite';
import type { NoteRefs } from './note';
import { formatObservedValue, formatPeriod, type Status } from '$lib/format';
import { dataLang, localizedPath, type Lang } from '$lib/i18n';

const built = new WeakMap<Dataset, Map<string, NoteRefs>>();

/** The records a note on a page of `page` names, in the note's language (`dataLang[page]`). */
export function noteRefs(data: Dataset, page: Lang): NoteRefs {
  const cached = built.get(data)?.get(page);
  if (cached) return cached;
  const lang = dataLang[page];
  const at = (anchor: string) => `${localizedPath(page, '/sources/')}#${anchor}`;
  const name = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const places = new Map(data.localities.map((l) => [l.locality_id, name(l.name_vi, l.name_en)]));
  const series = new Map(data.series.map((s) => [s.series_id, name(s.label_vi, s.label_en)]));
  const refs: NoteRefs = new Map();
  for (const s of data.sources) {
    const c = citation(s, '', undefined, lang);
    refs.set(s.source_id, { label: `${c.publisher} (${c.date})`, href: at(`src-${s.source_id}`) });
  }
  for (const o of data.observations)
    refs.set(o.obs_id, {
      label: `${series.get(o.series_id) ?? ''} ${formatPeriod(o.period_start, o.period_end, lang)}: ${formatObservedValue(o.value, o.unit, o.status as Status, lang)}`,
      href: at(`obs-${o.obs_id}`)
    });
  for (const l of data.twinning) refs.set(l.link_id, { label: `${places.get(l.vn_locality_id) ?? ''} – ${places.get(l.la_locality_id) ?? ''}`, href: at(`link-${l.link_id}`) });
  for (const e of data.milestones) refs.set(e.milestone_id, { label: name(e.title_vi, e.title_en), href: at(`ms-${e.milestone_id}`) });
  built.set(data, (built.get(data) ?? new Map()).set(page, refs));
  return refs;
}
