import type { ChartPoint, ChartSeries } from './types';

/** What the pointer or keyboard is on; shared by the marks layer and the tooltip layer. */
export interface ActiveMark {
  series: ChartSeries;
  point: ChartPoint;
}

export class ChartInteraction {
  active = $state<ActiveMark | null>(null);
}
