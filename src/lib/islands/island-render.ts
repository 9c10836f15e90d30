// Shared by the two server sides of '#island-markup' (island-markup.node.ts for builds,
// island-markup.dev.ts for `vite dev`): an island's HTML, rendered with the page's contexts so that
// it reads the request's state as the page does.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { Islands } from './island-markup';

export type IslandComponents = { [N in keyof Islands]: Component<Islands[N]> };

export function islandRenderer(components: Partial<IslandComponents>) {
  return <N extends keyof Islands>(name: N, props: Islands[N], context: Map<unknown, unknown>): string => {
    const component = components[name];
    if (!component) throw new Error(`island ${name}: its component has not loaded yet`);
    return render(component as Component<Islands[N]>, { props, context }).body;
  };
}
