// '#timeline-markup' in the browser (see package.json "imports"; the server's is markup.node.ts).
// The list is already in the prerendered page: the placeholder only has to be non-empty, for Svelte
// to adopt the server's nodes as they are. A page rendered in the browser (client-side navigation)
// gets the list from the prerendered page instead (dom.ts, loadList).
import type { MilestoneKind } from '$lib/data/schema';
import type { Lang } from '$lib/i18n';

export function timelineMarkup(_lang: Lang, _kind: MilestoneKind | null): string {
  return ' ';
}
