import { dataset } from '$lib/server/data';
import { sourcesPage } from '$lib/server/sources';
import { isLang } from '$lib/i18n';

// Only what the filters need travels as page data: the list itself is rendered into the page once
// (#sources-markup), so ~800 entries are not shipped a second time for hydration.
export const load = ({ params }) => {
  const lang = isLang(params.lang) ? params.lang : 'vi';
  const { facets, total, disagreements } = sourcesPage(dataset, lang);
  return { facets, total, disagreementCount: disagreements.length, tiers: facets.tiers };
};
