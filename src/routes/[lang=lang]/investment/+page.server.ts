import { dataset } from '$lib/server/data';
import { otherFigures } from '$lib/server/figures';
import { chartModel } from '$lib/charts/model';

export const load = () => ({
  others: otherFigures('investment'),
  projects: chartModel('investment-projects', dataset),
  capital: chartModel('investment-capital', dataset)
});
