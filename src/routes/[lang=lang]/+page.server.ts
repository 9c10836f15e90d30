import type { Localized } from '$lib/evidence/source';
import { dataset } from '$lib/server/data';
import { chartDisplay, chartModel, type ChartId } from '$lib/charts/catalog';
import { resolveSeries } from '$lib/charts/series';
import type { ChartModel, ChartPoint, ChartSpan } from '$lib/charts/types';
import { defaultLang, isLang } from '$lib/i18n';
import { timelineEvents } from '$lib/timeline/server';

export interface Tile {
  topic: 'trade' | 'students' | 'investment' | 'experts';
  path: string;
  model: ChartModel;
  latest: ChartPoint | null;
  /** When a topic has only period totals (experts), the latest of those. */
  latestSpan: ChartSpan | null;
  latestSource: Localized;
  bars: string[];
}

const tiles: { topic: Tile['topic']; chart: ChartId; path: string }[] = [
  { topic: 'trade', chart: 'trade', path: '/trade/' },
  { topic: 'students', chart: 'students', path: '/students/' },
  { topic: 'investment', chart: 'investment-projects', path: '/investment/' },
  { topic: 'experts', chart: 'experts', path: '/experts/' }
];

// Everything the overview shows is decided here, at build time: the latest value on each topic's
// main line, its source, and the key events of the relationship (the whole record is the timeline's).
export const load = ({ params }) => {
  const lang = isLang(params.lang) ? params.lang : defaultLang;
  const built: Tile[] = [];
  for (const t of tiles) {
    const model = chartModel(t.chart, dataset);
    if (!model) continue;
    const main = { ...model, series: model.series.slice(0, 1) };
    const first = resolveSeries(main.series[0]);
    const line = first.points.filter((p) => p.onLine);
    const latest = line[line.length - 1] ?? null;
    const spans = first.spans.filter((sp) => !sp.perYear && sp.status !== 'target');
    const latestSpan = latest ? null : (spans[spans.length - 1] ?? null);
    const sourceId = latest?.sourceId ?? latestSpan?.sourceId;
    built.push({ topic: t.topic, path: t.path, model: main, latest, latestSpan, latestSource: (sourceId && model.sources[sourceId]?.label) || { vi: '', en: '' }, bars: chartDisplay(t.chart).bars });
  }
  const events = timelineEvents(lang);
  const keyEvents = events.filter((e) => e.importance === 1).map(({ id, date, when, title }) => ({ id, date, when, title }));
  const provinceLinks = dataset.twinning.filter((l) => l.level === 'province').length;
  return { tiles: built, keyEvents, eventCount: events.length, twinning: { links: dataset.twinning.length, provinceLinks } };
};
