// '#sources-markup' on the server: the whole list of sources as HTML, rendered from the dataset at
// build time. The page shows it with {@html}, so the ~800 entries are written once, into the
// prerendered page, and never again as page data for the browser.
import { render } from 'svelte/server';
import type { Lang } from '$lib/i18n';
import { dataset } from '$lib/server/data';
import { sourcesPage } from '$lib/server/sources';
import SourcesList from './SourcesList.svelte';

export function sourcesMarkup(lang: Lang): string {
  // Never hydrated, so Svelte's hydration markers (<!--[-->, <!--]-->, <!---->) are only weight.
  return render(SourcesList, { props: { page: sourcesPage(dataset, lang), lang } }).body.replace(/<!--(?:\[-?\d*|\]|)-->/g, '');
}
