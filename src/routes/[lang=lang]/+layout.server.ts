import { defaultLang, isLang } from '$lib/i18n';
import { dataUpdated } from '$lib/server/updated';
import { reviewNotice } from '$lib/server/review';

// The day the data last changed, for the footer, worded here so the page ships no formatting for it;
// on a Lao page, the report of a translation error (ReviewNotice), prepared here as every report is.
export const load = ({ params, url }) => {
  const lang = isLang(params.lang) ? params.lang : defaultLang;
  return { lang, updated: dataUpdated(lang), review: reviewNotice(lang, url.pathname) };
};
