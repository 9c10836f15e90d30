// '#island-markup' on the server, in a build. The components are imported dynamically (top-level
// await) because the browser imports them so too: SvelteKit then links their stylesheets from the
// prerendered page, which shows the islands long before their scripts load.
import { islandRenderer } from './island-render';

export const islandMarkup = islandRenderer({
  chart: (await import('$lib/charts/Chart.svelte')).default,
  chartTable: (await import('$lib/charts/ChartTable.svelte')).default,
  actions: (await import('$lib/charts/ChartActions.svelte')).default,
  map: (await import('$lib/twinning/TwinningMap.svelte')).default,
  table: (await import('$lib/twinning/LinksTable.svelte')).default
});
