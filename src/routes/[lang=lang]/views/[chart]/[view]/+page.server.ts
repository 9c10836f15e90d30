import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/data';
import { chartIds, type ChartId } from '$lib/charts/catalog';
import { chartModel } from '$lib/charts/model';
import { commonViews } from '$lib/charts/titles';
import { langs } from '$lib/i18n';
import type { EntryGenerator } from './$types';

// The common views of every chart (one series alone, the last 10 and 20 years) as prerendered pages:
// what a reader without JavaScript reaches from the links under the chart's controls.
export const entries: EntryGenerator = () =>
  langs.flatMap((lang) =>
    chartIds.flatMap((chart) => {
      const model = chartModel(chart, dataset);
      return model ? commonViews(chart, model).map((v) => ({ lang, chart, view: v.path })) : [];
    })
  );

export const load = ({ params }) => {
  if (!chartIds.includes(params.chart as ChartId)) error(404, 'Unknown chart');
  const chart = params.chart as ChartId;
  const model = chartModel(chart, dataset);
  const found = model && commonViews(chart, model).find((v) => v.path === params.view);
  if (!model || !found) error(404, 'Unknown view');
  return { chart, model, view: found.view, label: found.label };
};
