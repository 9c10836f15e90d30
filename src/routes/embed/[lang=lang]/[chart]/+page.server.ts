import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/data';
import { chartIds, type ChartId } from '$lib/charts/catalog';
import { chartModel } from '$lib/charts/model';
import { langs } from '$lib/i18n';

export const entries = () => langs.flatMap((lang) => chartIds.map((chart) => ({ lang, chart })));

export const load = ({ params }) => {
  if (!chartIds.includes(params.chart as ChartId)) error(404, 'Unknown chart');
  const model = chartModel(params.chart as ChartId, dataset);
  if (!model) error(404, 'No data for this chart');
  return { model, chart: params.chart as ChartId };
};
