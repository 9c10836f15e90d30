// Built once per build, for load functions only. The outlines are not page data: the map component
// draws them from geometry.ts.
import { dataset } from '$lib/server/data';
import rawMap from '$lib/data/generated/map.json';
import { langs } from '$lib/i18n';
import { buildTwinningModel, linksOfProvince, linksOfUnit, type LinkView, type MapData, type ProvinceInfo, type ProvinceShape, type Unit2025 } from './model';

export const mapData = rawMap as unknown as MapData;
export const twinning = buildTwinningModel(dataset, mapData);

/** Every province on the map has a profile: the 63 of Viet Nam before 2025 and the 18 of Laos. */
export const profileSlugs = twinning.provinces.map((p) => p.slug);

/** The 34 units of Viet Nam since 1 July 2025, each with the provinces it was formed from. */
export const units2025 = mapData.units2025.map((u) => {
  const members = twinning.provinces.filter((p) => p.unit?.id === u.new_id);
  return { id: u.new_id, name: { vi: u.name_vi, en: u.name_vi, lo: u.name_lo }, city: members[0]?.unit?.city ?? false, members: members.map((p) => p.slug) };
});

/** Entries for pages with one page per province and language. */
export const profileEntries = () => langs.flatMap((lang) => profileSlugs.map((slug) => ({ lang, slug })));
/** Entries for pages with one page per 2025 unit and language. */
export const unitEntries = () => langs.flatMap((lang) => units2025.map((u) => ({ lang, id: u.id })));

/** Every profile by country, and the 2025 units: a list of plain links, which needs no script. */
export const profileIndex = {
  vn: twinning.provinces.filter((p) => p.country === 'VN').map((p) => ({ slug: p.slug, name: p.name, linkCount: p.linkCount })),
  la: twinning.provinces.filter((p) => p.country === 'LA').map((p) => ({ slug: p.slug, name: p.name, linkCount: p.linkCount })),
  units: units2025.map((u) => ({ id: u.id, name: u.name, city: u.city, linkCount: linksOfUnit(twinning, u.id).length }))
};

const withoutShape = ({ c: _c, b: _b, ...info }: ProvinceShape): ProvinceInfo => info;

/** Current links first, then by date (undated last). */
const byStatusAndDate = (a: LinkView, b: LinkView) =>
  (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1) || (a.since || '9999').localeCompare(b.since || '9999');

/**
 * One province's links and its partners, without map geometry: what its profile and its embed
 * show. Every province on the map has one (a province with no recorded link has none yet).
 */
export function provinceLinks(slug: string) {
  const province = twinning.provinces.find((p) => p.slug === slug);
  if (!province) return undefined;
  const links = linksOfProvince(twinning, slug).sort(byStatusAndDate);
  const partnerSlugs = new Set(links.map((l) => (l.vn.slug === slug ? l.la.slug : l.vn.slug)));
  const partners = twinning.provinces.filter((p) => partnerSlugs.has(p.slug)).map(withoutShape);
  return { province: withoutShape(province), links, partners, partnerSlugs };
}

/** One 2025 unit: its former provinces, each with its links, and all their Lao partners. */
export function unitLinks(id: string) {
  const unit = units2025.find((u) => u.id === id);
  if (!unit) return undefined;
  const members = unit.members.map((slug) => provinceLinks(slug)!);
  const info: Unit2025 | null = members[0]?.province.unit ?? null;
  const partnerSlugs = new Set(members.flatMap((p) => [...p.partnerSlugs]));
  return {
    unit: { ...unit, role: info?.role ?? 'unchanged' },
    members: members.map(({ province, links }) => ({ province, links })),
    partners: twinning.provinces.filter((p) => partnerSlugs.has(p.slug)).map(withoutShape),
    partnerSlugs
  };
}

/**
 * The small locator map of a profile (and of its share image): every province in outline, `self`
 * for the profile's own (a province, or the members of a 2025 unit), `partner` for its partners.
 */
export function locatorMap(self: Set<string>, partners: Set<string>) {
  return {
    width: mapData.locator.width,
    height: mapData.locator.height,
    shapes: mapData.locator.shapes.map((s) => {
      const p = twinning.provinces.find((x) => x.iso === s.iso);
      const role = p && self.has(p.slug) ? 'self' : p && partners.has(p.slug) ? 'partner' : p?.country === 'LA' ? 'la' : 'vn';
      return { d: s.d, role };
    })
  };
}
