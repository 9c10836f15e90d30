import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { defaultLang, langFromPath } from '$lib/i18n';

// In the browser the language is the first path segment (after /embed/ for embeds). The language switch is a full page
// load (data-sveltekit-reload), so it never changes under a mounted page.
overwriteGetLocale(() => langFromPath(location.pathname.replace(/^\/embed\//, '/')) ?? defaultLang);
