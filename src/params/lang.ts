import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '$lib/i18n';

// A language's build (scripts/build-site.ts) knows only its own pages: a link to another language is
// then a full page load, which brings that language's bundle (see vite.config.ts).
const only = import.meta.env?.VITE_SITE_LANG;

export const match: ParamMatcher = (param) => isLang(param) && (!only || param === only);
