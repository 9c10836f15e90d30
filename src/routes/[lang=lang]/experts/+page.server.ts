import { dataset } from '$lib/server/data';
import { chartModel } from '$lib/charts/catalog';

export const load = () => ({ experts: chartModel('experts', dataset) });
