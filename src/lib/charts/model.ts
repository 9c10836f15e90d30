// Building a chart's model from the dataset happens where pages are built (and in the export and
// share-image scripts): the browser receives models, it never builds them. Kept apart from the
// catalog, which pages import for the charts' names and options.
import { chartCatalog, type ChartId } from './catalog';
import { buildChartModel, type ChartConfig, type DatasetInput } from './series';
import type { ChartModel } from './types';

/**
 * The model of one chart from the dataset. Series the data does not (yet) have are left out, and a
 * series may only be drawn where it has values, so a chart never shows an empty legend entry.
 */
export function chartModel(id: ChartId, data: DatasetInput): ChartModel | null {
  const config = chartCatalog[id] as ChartConfig;
  const present = config.series.filter((s) =>
    data.observations.some((o) => o.series_id === s.id && (s.localityId ? o.locality_id === s.localityId : !o.locality_id))
  );
  if (!present.length) return null;
  return buildChartModel({ ...config, series: present }, data);
}
