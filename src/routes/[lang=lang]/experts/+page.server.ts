import { dataset } from '$lib/server/data';
import { otherFigures } from '$lib/server/figures';
import { chartModel } from '$lib/charts/model';

export const load = () => ({
  others: otherFigures('experts'), experts: chartModel('experts', dataset) });
