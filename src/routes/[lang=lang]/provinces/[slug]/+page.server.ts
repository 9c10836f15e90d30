import { error } from '@sveltejs/kit';
import { isLang, langs, type Lang } from '$lib/i18n';
import type { Citation } from '$lib/evidence/cite';
import { publicUrl } from '$lib/site';
import { dataset } from '$lib/server/data';
import { figureGroups } from '$lib/twinning/figures';
import { citation } from '$lib/evidence/cite';
import { linkReports, provinceReport } from '$lib/twinning/reports';
import { locatorMap, profileEntries, provinceLinks, twinning, units2025 } from '$lib/twinning/server';
import type { EntryGenerator } from './$types';

// One page per province of the map (63 of Viet Nam before 2025, 18 of Laos), in each language,
// whether or not the sources record a link for it yet.
export const entries: EntryGenerator = profileEntries;

export const load = ({ params }) => {
  const found = provinceLinks(params.slug);
  if (!found) error(404, 'Not found');
  const { province, links, partners, partnerSlugs } = found;

  const u = province.unit ? units2025.find((x) => x.id === province.unit!.id) : undefined;
  const unit = u && { id: u.id, members: u.members.map((slug) => ({ slug, name: twinning.provinces.find((p) => p.slug === slug)!.name })) };

  const figures = figureGroups(dataset, province.localityId);

  const usedSources = new Set([...links.map((l) => l.source.id), ...dataset.observations.filter((o) => o.locality_id === province.localityId).map((o) => o.source_id)]);
  const sources = dataset.sources
    .filter((s) => usedSources.has(s.source_id))
    .map((s) => ({ id: s.source_id, cite: Object.fromEntries(langs.map((l) => [l, citation(s, '', undefined, l)])) as Record<Lang, Citation> }));

  // The locator thumbnail: every province in outline, this one and its partners shaded.
  const locator = locatorMap(new Set([province.slug]), partnerSlugs);

  // The page's correction report: the province's records and their current values (built here, not
  // in the page's script).
  const locale = isLang(params.lang) ? params.lang : 'vi';
  const path = `/${locale}/provinces/${province.slug}/`;
  const report = provinceReport(province.name[locale], links, figures, path, locale);

  return { province, links, partners, unit, figures, sources, locator, report, reports: linkReports(links, path, locale), pageUrl: publicUrl(path) };
};
