import { dataset } from '$lib/server/data';
import { chartModel } from '$lib/charts/catalog';

export const load = () => ({ students: chartModel('students', dataset), sonLa: chartModel('students-son-la', dataset) });
