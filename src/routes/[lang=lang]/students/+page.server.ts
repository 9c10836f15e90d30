import { dataset } from '$lib/server/data';
import { otherFigures } from '$lib/server/figures';
import { chartModel } from '$lib/charts/model';

export const load = () => ({
  others: otherFigures('students'), students: chartModel('students', dataset), sonLa: chartModel('students-son-la', dataset) });
