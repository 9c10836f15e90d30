import { defaultLang, isLang } from '$lib/i18n';
import { reviewNotice } from '$lib/server/review';
import { dataUpdated } from '$lib/server/updated';

export const load = ({ params, url }) => {
  const lang = isLang(params.lang) ? params.lang : defaultLang;
  return { lang, updated: dataUpdated(lang), review: reviewNotice(lang, url.pathname, { compact: true }) };
};
