import { error } from '@sveltejs/kit';
import { profileEntries, provinceLinks } from '$lib/twinning/server';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = profileEntries;

// A province's links, for other sites: the same records as its profile, without the page around
// them. Every province of the map has one, as it has a profile.
export const load = ({ params }) => {
  const found = provinceLinks(params.slug);
  if (!found) error(404, 'Not found');
  return { province: found.province, links: found.links, partners: found.partners };
};
