// '#island-markup' on the server: an island's HTML, rendered with the page's contexts so that it
// reads the request's state as the page does. The components are imported dynamically (top-level
// await) because the browser imports them so too: SvelteKit then links their stylesheets from the
// prerendered page, which shows the islands long before their scripts load.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { Islands } from './island-markup';

const components: { [N in keyof Islands]: Component<Islands[N]> } = {
  chart: (await import('$lib/charts/Chart.svelte')).default,
  actions: (await import('$lib/charts/ChartActions.svelte')).default,
  map: (await import('$lib/twinning/TwinningMap.svelte')).default,
  table: (await import('$lib/twinning/LinksTable.svelte')).default
};

export function islandMarkup<N extends keyof Islands>(name: N, props: Islands[N], context: Map<unknown, unknown>): string {
  return render(components[name] as Component<Islands[N]>, { props, context }).body;
}
