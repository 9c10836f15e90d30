import type { ChartPoint, ChartSeries } from './types';

/** What the pointer or keyboard is on; shared by the marks layer and the tooltip layer. */
export interface ActiveMark {
  series: ChartSeries;
  point: ChartPoint;
}

export class ChartInteraction {
  // Raw, not a deep proxy: layers compare `active.point` with their own point objects by identity.
  active = $state.raw<ActiveMark | null>(null);
}
