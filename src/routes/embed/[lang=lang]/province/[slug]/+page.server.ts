import { error } from '@sveltejs/kit';
import { langs } from '$lib/i18n';
import { linksOfProvince } from '$lib/twinning/model';
import { profileSlugs, twinning } from '$lib/twinning/server';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => langs.flatMap((lang) => profileSlugs.map((slug) => ({ lang, slug })));

// A province's links, for other sites: the same records as its profile, without the page around them.
export const load = ({ params }) => {
  const province = twinning.provinces.find((p) => p.slug === params.slug && p.linkCount > 0);
  if (!province) error(404, 'Not found');
  const { d: _d, c: _c, b: _b, ...info } = province;
  const links = linksOfProvince(twinning, province.slug);
  const partnerSlugs = new Set(links.map((l) => (l.vn.slug === province.slug ? l.la.slug : l.vn.slug)));
  const partners = twinning.provinces.filter((p) => partnerSlugs.has(p.slug)).map(({ d: _pd, c: _pc, b: _pb, ...p }) => p);
  return { province: info, links, partners };
};
