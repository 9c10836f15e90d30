import { defaultLang, isLang } from '$lib/i18n';

export const load = ({ params }) => ({ lang: isLang(params.lang) ? params.lang : defaultLang });
