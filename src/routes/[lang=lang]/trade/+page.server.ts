import { dataset } from '$lib/server/data';
import { chartModel } from '$lib/charts/catalog';

// Runs at build time only: the page receives chart-ready data, never the whole dataset.
export const load = () => ({ trade: chartModel('trade', dataset) });
