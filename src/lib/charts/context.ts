import { getLayerCakeContext } from 'layercake';
import type { Lang } from '$lib/i18n';
import type { ChartInteraction } from './interaction.svelte';
import type { ChartScene } from './scene';
import type { ChartModel } from './types';

/** What every layer of one chart shares, passed through LayerCake's `custom` prop. */
export interface ChartCustom {
  /** Everything that is drawn, computed once (scene.ts). Layers only render it. */
  scene: ChartScene;
  model: ChartModel;
  lang: Lang;
  interaction: ChartInteraction;
  /** Where a mark's source quote lives: the sources page entry for the observation. */
  sourceHref: (obsId: string) => string;
}

export function chartContext() {
  const k = getLayerCakeContext();
  return { k, custom: () => k.custom as ChartCustom };
}
