import { dataset } from '$lib/server/data';
import { otherFigures } from '$lib/server/figures';
import { chartModel } from '$lib/charts/model';

// Runs at build time only: the page receives chart-ready data, never the whole dataset.
export const load = () => ({
  others: otherFigures('trade'),
  trade: chartModel('trade', dataset) });
