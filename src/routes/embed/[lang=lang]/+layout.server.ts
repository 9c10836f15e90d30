import { defaultLang, isLang } from '$lib/i18n';
import { dataset } from '$lib/server/data';

export const load = ({ params }) => ({ lang: isLang(params.lang) ? params.lang : defaultLang, updated: dataset.meta?.updated ?? '' });
