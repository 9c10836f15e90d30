import { error } from '@sveltejs/kit';
import { isLang, langs, type Lang } from '$lib/i18n';
import type { Citation } from '$lib/evidence/cite';
import { m } from '$lib/paraglide/messages';
import { prepareReport, publicUrl } from '$lib/site';
import { dataset } from '$lib/server/data';
import { figureGroups } from '$lib/twinning/figures';
import { citation } from '$lib/evidence/cite';
import { linkReports } from '$lib/twinning/reports';
import { mapData, profileEntries, provinceLinks, twinning, units2025 } from '$lib/twinning/server';
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
  const locator = {
    width: mapData.locator.width,
    height: mapData.locator.height,
    shapes: mapData.locator.shapes.map((s) => {
      const p = twinning.provinces.find((x) => x.iso === s.iso);
      const role = p?.slug === province.slug ? 'self' : p && partnerSlugs.has(p.slug) ? 'partner' : p?.country === 'LA' ? 'la' : 'vn';
      return { d: s.d, role };
    })
  };

  // The page's correction report: the province's records and their current values (built here, not
  // in the page's script).
  const locale = isLang(params.lang) ? params.lang : 'vi';
  const values = links.length
    ? [
        ...links.map((l) => `link-${l.id}: ${l.vn.former?.name.vi ?? l.vn.name.vi} – ${l.la.name.vi}, ${l.kind}, ${l.level}, ${l.since || '—'}`),
        ...figures.flatMap((g) => g.values.map((f) => `obs-${f.id}: ${g.label.en} ${f.periodStart}–${f.periodEnd} = ${f.value} ${f.unit}`))
      ].join('\n')
    : m.pr_links_none({ name: province.name.vi }, { locale });
  const path = `/${locale}/provinces/${province.slug}/`;
  const report = prepareReport({
    subject: m.pr_correction_subject({ record: `province ${province.slug}` }, { locale }),
    body: m.corr_body({ page: publicUrl(path), record: `province ${province.slug} (${province.name.vi})`, values }, { locale })
  });

  return { province, links, partners, unit, figures, sources, locator, report, reports: linkReports(links, path, locale), pageUrl: publicUrl(path) };
};
