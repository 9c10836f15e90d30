// Built once per build, for load functions only. The outlines are not page data: the map component
// draws them from geometry.ts.
import { dataset } from '$lib/server/data';
import rawMap from '$lib/data/generated/map.json';
import { langs } from '$lib/i18n';
import { buildTwinningModel, linksOfProvince, type MapData, type ProvinceInfo, type ProvinceShape } from './model';

export const mapData = rawMap as unknown as MapData;
export const twinning = buildTwinningModel(dataset, mapData);

/** Provinces that get a profile page: every one with at least one link. */
export const profileSlugs = twinning.provinces.filter((p) => p.linkCount > 0).map((p) => p.slug);

/** Entries for pages with one page per profiled province and language. */
export const profileEntries = () => langs.flatMap((lang) => profileSlugs.map((slug) => ({ lang, slug })));

const withoutShape = ({ c: _c, b: _b, ...info }: ProvinceShape): ProvinceInfo => info;

/**
 * One province's links (current ones first, then by date) and its partners, without map geometry:
 * what its profile and its embed show. Undefined for a province with no link.
 */
export function provinceLinks(slug: string) {
  const province = twinning.provinces.find((p) => p.slug === slug && p.linkCount > 0);
  if (!province) return undefined;
  const links = linksOfProvince(twinning, slug).sort(
    (a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1) || (a.since || '9999').localeCompare(b.since || '9999')
  );
  const partnerSlugs = new Set(links.map((l) => (l.vn.slug === slug ? l.la.slug : l.vn.slug)));
  const partners = twinning.provinces.filter((p) => partnerSlugs.has(p.slug)).map(withoutShape);
  return { province: withoutShape(province), links, partners, partnerSlugs };
}
