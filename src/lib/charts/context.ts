import { getLayerCakeContext } from 'layercake';
import type { Lang } from '$lib/i18n';
import type { ChartInteraction } from './interaction.svelte';
import type { PlacedSpan } from './span-layout';
import type { ChartMilestone, ChartModel, ChartSeries } from './types';

/** Values every layer of one chart shares, passed through LayerCake's `custom` prop. */
export interface ChartCustom {
  lang: Lang;
  model: ChartModel;
  /** Visible series, in drawing order. */
  series: ChartSeries[];
  from: number;
  to: number;
  milestones: ChartMilestone[];
  interaction: ChartInteraction;
  /** Only period figures to show: no value axis, one labelled bar per period along the time axis. */
  timeline: boolean;
  /** Period totals laid out in their band (or as timeline bars). */
  spans: PlacedSpan[];
  /** Where a mark's source quote lives: the sources page entry for the observation. */
  sourceHref: (obsId: string) => string;
}

export function chartContext() {
  const k = getLayerCakeContext();
  return { k, custom: () => k.custom as ChartCustom };
}
