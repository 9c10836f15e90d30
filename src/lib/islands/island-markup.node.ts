// '#island-markup' on the server, in a build. The components are imported dynamically (top-level
// await) because the browser imports them so too: SvelteKit then links their stylesheets from the
// prerendered page, which shows the islands long before their scripts load.
import { islandRenderer, type IslandComponents } from './island-render';

// A profile's figures hold small chart islands, so FigureGroups imports Island, which imports this
// module: awaiting it here would wait on itself. It is imported without waiting and is in place
// long before any page is rendered.
const figureGroups = import('$lib/twinning/FigureGroups.svelte');
const components: Partial<IslandComponents> = {
  chart: (await import('$lib/charts/Chart.svelte')).default,
  chartTable: (await import('$lib/charts/ChartTable.svelte')).default,
  actions: (await import('$lib/charts/ChartActions.svelte')).default,
  map: (await import('$lib/twinning/TwinningMap.svelte')).default,
  table: (await import('$lib/twinning/LinksTable.svelte')).default,
  figures: (await import('$lib/components/FigureList.svelte')).default,
  linkCards: (await import('$lib/twinning/LinkCards.svelte')).default
};
void figureGroups.then((m) => (components.figureGroups = m.default));

export const islandMarkup = islandRenderer(components);
