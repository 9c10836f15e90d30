// '#island-markup' on the server under `vite dev`. The same components as island-markup.node.ts,
// imported statically: in dev SvelteKit inlines the styles of what a page imports statically, and
// skips those of dynamic imports, which would leave the islands unstyled until their script loads.
import ChartActions from '$lib/charts/ChartActions.svelte';
import Chart from '$lib/charts/Chart.svelte';
import ChartTable from '$lib/charts/ChartTable.svelte';
import LinksTable from '$lib/twinning/LinksTable.svelte';
import TwinningMap from '$lib/twinning/TwinningMap.svelte';
import FigureList from '$lib/components/FigureList.svelte';
import FigureGroups from '$lib/twinning/FigureGroups.svelte';
import LinkCards from '$lib/twinning/LinkCards.svelte';
import { islandRenderer } from './island-render';

export const islandMarkup = islandRenderer({ chart: Chart, chartTable: ChartTable, actions: ChartActions, map: TwinningMap, table: LinksTable, figures: FigureList, figureGroups: FigureGroups, linkCards: LinkCards });
