import { defaultLang, isLang } from '$lib/i18n';
import { dataUpdated } from '$lib/server/updated';

// The day the data last changed, for the footer, worded here so the page ships no formatting for it.
export const load = ({ params }) => {
  const lang = isLang(params.lang) ? params.lang : defaultLang;
  return { lang, updated: dataUpdated(lang) };
};
