// '#island-markup' in the browser (see package.json "imports"; the server's is island-markup.node.ts).
// An island's HTML is already in the prerendered page, so there is nothing to render here: the
// placeholder only has to be non-empty, for Svelte to adopt the server's nodes as they are.
import type { ComponentProps } from 'svelte';
import type Chart from '$lib/charts/Chart.svelte';
import type ChartTable from '$lib/charts/ChartTable.svelte';
import type ChartActions from '$lib/charts/ChartActions.svelte';
import type LinksTable from '$lib/twinning/LinksTable.svelte';
import type TwinningMap from '$lib/twinning/TwinningMap.svelte';
import type FigureList from '$lib/components/FigureList.svelte';
import type FigureGroups from '$lib/twinning/FigureGroups.svelte';
import type LinkCards from '$lib/twinning/LinkCards.svelte';

/** The components that are islands, by name, with their props. */
export interface Islands {
  chart: ComponentProps<typeof Chart>;
  chartTable: ComponentProps<typeof ChartTable>;
  actions: ComponentProps<typeof ChartActions>;
  map: ComponentProps<typeof TwinningMap>;
  table: ComponentProps<typeof LinksTable>;
  figures: ComponentProps<typeof FigureList>;
  figureGroups: ComponentProps<typeof FigureGroups>;
  linkCards: ComponentProps<typeof LinkCards>;
}

export function islandMarkup<N extends keyof Islands>(_name: N, _props: Islands[N], _context: Map<unknown, unknown>): string {
  return ' ';
}
