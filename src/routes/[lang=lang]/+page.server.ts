import type { Localized } from '$lib/evidence/source';
import { dataset } from '$lib/server/data';
import { chartDisplay, type ChartId } from '$lib/charts/catalog';
import { chartModel } from '$lib/charts/model';
import { describeSeries } from '$lib/charts/describe';
import { resolveSeries } from '$lib/charts/series';
import { sparkline, type SparkData } from '$lib/charts/sparkline';
import { drawnSpans } from '$lib/charts/series';
import { defaultLang, isLang, langs, localized, type Lang } from '$lib/i18n';
import { timelineEvents } from '$lib/timeline/server';
import type { Status } from '$lib/format';

export interface Tile {
  topic: 'trade' | 'students' | 'investment' | 'experts';
  path: string;
  label: Localized;
  unit: string;
  /** The latest figure, with the period it is for: a tile never shows a bare number. */
  latest: { value: number; status: Status; periodStart: string; periodEnd: string; whole: boolean } | null;
  latestSource: Localized;
  years: [number, number];
  spark: Record<Lang, SparkData>;
  description: Localized;
}

// Each tile shows one series of a chart: its first, or the one named (the investment tile shows
// the projects Viet Nam counts as valid, not the projects licensed in the latest period).
const tiles: { topic: Tile['topic']; chart: ChartId; path: string; series?: string }[] = [
  { topic: 'trade', chart: 'trade', path: '/trade/' },
  { topic: 'students', chart: 'students', path: '/students/' },
  { topic: 'investment', chart: 'investment-projects', path: '/investment/', series: 'investment.projects_cumulative' },
  { topic: 'experts', chart: 'experts', path: '/experts/' }
];

// Everything the overview shows is decided here, at build time: the latest value on each topic's
// main series and the period it is for, its source, the sparkline, and the key events of the
// relationship (the whole record is the timeline's).
export const load = ({ params }) => {
  const lang = isLang(params.lang) ? params.lang : defaultLang;
  const built: Tile[] = [];
  for (const t of tiles) {
    const model = chartModel(t.chart, dataset);
    if (!model) continue;
    const main = { ...model, series: model.series.filter((s) => s.id === (t.series ?? model.series[0].id)) };
    const first = resolveSeries(main.series[0], model.sources);
    const line = first.points.filter((p) => p.onLine);
    const point = line.at(-1);
    const totals = drawnSpans(first.spans).filter((sp) => !sp.perYear && sp.status !== 'target');
    const span = totals.at(-1);
    // The later of the two: a year on the line or a period total (experts have only totals).
    const useSpan = span && (!point || span.x1 > point.x + 0.5);
    const latest = useSpan
      ? { value: span.value, status: span.status, periodStart: span.periodStart, periodEnd: span.periodEnd, whole: true }
      : point
        ? { value: point.value, status: point.status, periodStart: point.periodStart, periodEnd: point.periodEnd, whole: false }
        : null;
    const sourceId = useSpan ? span.sourceId : point?.sourceId;
    const bars = chartDisplay(t.chart).bars;
    built.push({
      topic: t.topic,
      path: t.path,
      label: first.label,
      unit: first.unit,
      latest,
      latestSource: (sourceId && model.sources[sourceId]?.label) || localized(() => ''),
      years: model.defaultYears,
      spark: Object.fromEntries(langs.map((l) => [l, sparkline(main, l, bars)])) as Record<Lang, SparkData>,
      description: localized((l) => describeSeries(first, model.defaultYears[0], model.defaultYears[1], l))
    });
  }
  const events = timelineEvents(lang);
  const keyEvents = events.filter((e) => e.importance === 1).map(({ id, date, when, title }) => ({ id, date, when, title }));
  const provinceLinks = dataset.twinning.filter((l) => l.level === 'province').length;
  return { tiles: built, keyEvents, eventCount: events.length, twinning: { links: dataset.twinning.length, provinceLinks } };
};
