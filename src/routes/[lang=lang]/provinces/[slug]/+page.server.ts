import { error } from '@sveltejs/kit';
import { dataset, seriesById, sourceById } from '$lib/server/data';
import { citation } from '$lib/evidence/cite';
import { noteParts } from '$lib/evidence/note';
import { noteRefs } from '$lib/evidence/note-refs';
import { isLang } from '$lib/i18n';
import { figuresOf } from '$lib/twinning/model';
import { mapData, profileEntries, provinceLinks, twinning } from '$lib/twinning/server';
import type { EntryGenerator } from './$types';

// One page per province with at least one link, in each language.
export const entries: EntryGenerator = profileEntries;

export const load = ({ params }) => {
  const found = provinceLinks(params.slug);
  if (!found) error(404, 'Not found');
  const { province, links, partners, partnerSlugs } = found;
  const lang = isLang(params.lang) ? params.lang : 'vi';

  const unitMembers = province.unit ? twinning.provinces.filter((p) => p.unit?.id === province.unit!.id).map((p) => p.name) : [];

  const figures = figuresOf(dataset, province.localityId).map((o) => {
    const series = seriesById(o.series_id);
    const source = sourceById(o.source_id);
    return {
      id: o.obs_id,
      label: { vi: series?.label_vi ?? o.series_id, en: series?.label_en ?? o.series_id },
      periodStart: o.period_start,
      periodEnd: o.period_end,
      value: o.value,
      unit: o.unit,
      status: o.status,
      quote: o.quote,
      quoteLang: source?.language ?? 'vi',
      note: noteParts(lang === 'vi' ? o.note_vi : o.note_en, lang, noteRefs(dataset, lang), source?.language === 'fr' ? 'fr' : 'en'),
      cite: source ? citation(source, o.locator, dataset.outlines[source.source_id], lang) : null,
      sourceId: o.source_id
    };
  });

  const usedSources = new Set([...links.map((l) => l.source.id), ...figures.map((f) => f.sourceId)]);
  const sources = dataset.sources
    .filter((s) => usedSources.has(s.source_id))
    .map((s) => ({ id: s.source_id, cite: citation(s, '', undefined, lang) }));

  // The locator thumbnail: every province in outline, this one and its partners shaded.
  const locator = {
    width: mapData.locator.width,
    height: mapData.locator.height,
    shapes: mapData.locator.shapes.map((s) => {
      const p = twinning.provinces.find((x) => x.iso === s.iso);
      const role = p?.slug === province.slug ? 'self' : p && partnerSlugs.has(p.slug) ? 'partner' : p?.country === 'LA' ? 'la' : 'vn';
      return { d: s.d, role };
    })
  };

  return { province, links, partners, unitMembers, figures, sources, locator };
};
