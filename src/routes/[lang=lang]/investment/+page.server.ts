import { dataset } from '$lib/server/data';
import { chartModel } from '$lib/charts/catalog';

export const load = () => ({
  projects: chartModel('investment-projects', dataset),
  capital: chartModel('investment-capital', dataset)
});
