import { defaultLang, isLang } from '$lib/i18n';
import { dataset } from '$lib/server/data';
import { siteOrigin } from '$lib/server/site-origin';

// The site's address (for share previews) and the day the data last changed (the footer shows it).
export const load = ({ params }) => ({
  lang: isLang(params.lang) ? params.lang : defaultLang,
  origin: siteOrigin(),
  updated: dataset.meta?.updated ?? ''
});
