import { defaultLang, isLang } from '$lib/i18n';
import { dataUpdated } from '$lib/server/updated';

export const load = ({ params }) => {
  const lang = isLang(params.lang) ? params.lang : defaultLang;
  return { lang, updated: dataUpdated(lang) };
};
