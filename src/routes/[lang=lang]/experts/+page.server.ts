import { dataset } from '$lib/data';
import { chartModel } from '$lib/charts/catalog';

export const load = () => ({ experts: chartModel('experts', dataset) });
