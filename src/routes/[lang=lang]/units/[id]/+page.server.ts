import { error } from '@sveltejs/kit';
import { isLang, langs, localized, type Lang } from '$lib/i18n';
import { publisher, titleOf } from '$lib/evidence/source';
import { publicUrl } from '$lib/site';
import { linkReports, unitReport } from '$lib/twinning/reports';
import { unitName } from '$lib/twinning/labels';
import { dataset } from '$lib/server/data';
import { locatorMap, twinning, unitEntries, unitLinks } from '$lib/twinning/server';
import type { EntryGenerator } from './$types';

// One page per unit of Viet Nam since 1 July 2025 (34), in each language. Their addresses
// (/units/{id}/) never meet a pre-2025 province's (/provinces/{slug}/), though many share a name.
export const entries: EntryGenerator = unitEntries;

export const load = ({ params }) => {
  const found = unitLinks(params.id);
  if (!found) error(404, 'Not found');
  const { unit, members, partners, partnerSlugs } = found;
  const memberSlugs = new Set(unit.members);

  const used = new Set(members.flatMap((x) => x.links.map((l) => l.source.id)));
  const sources = dataset.sources
    .filter((s) => used.has(s.source_id))
    .map((s) => ({
      id: s.source_id,
      // A title as published where the page's language has none (Lao), marked with its language.
      title: Object.fromEntries(langs.map((l) => [l, titleOf(s, l)])) as Record<Lang, { text: string; lang: string }>,
      publisher: localized((l) => publisher(s, l)),
      published: s.published,
      url: s.url
    }));

  const locator = locatorMap(memberSlugs, partnerSlugs);
  const locale = isLang(params.lang) ? params.lang : 'vi';
  const path = `/${locale}/units/${unit.id}/`;
  const links = members.flatMap((x) => x.links);
  const report = unitReport(unitName(unit, locale), members.map((x) => ({ name: x.province.name[locale], links: x.links })), path, locale);
  return { unit, members, partners, sources, locator, report, reports: linkReports(links, path, locale), pageUrl: publicUrl(path) };
};
