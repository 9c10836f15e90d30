// '#sources-markup' in the browser (see package.json "imports"; the server's is markup.server.ts).
// The list is in the prerendered page already; the browser never renders it, so it never loads
// the data it is made of. A non-empty placeholder lets Svelte adopt the server's nodes as they are.
import type { Lang } from '$lib/i18n';

export function sourcesMarkup(_lang: Lang): string {
  return ' ';
}
