import type { Status } from '$lib/format';
import { localizedSourceLabel, reportsFor } from '$lib/evidence/source';
import { placePeriod } from './time';
import type {
  ChartMilestone,
  ChartModel,
  ChartPoint,
  ChartSeries,
  ChartSpan,
  ObservationInput,
  SeriesInput,
  SourceInput
} from './types';

export interface MilestoneInput {
  milestone_id: string;
  date: string;
  importance: number | string;
  title_vi: string;
  title_en: string;
}

export interface ChartConfig {
  id: string;
  series: {
    id: string;
    color: string;
    growthSeriesId?: string;
    localityId?: string;
    /** Series drawn as part of this one: yearly averages stated for a whole period become its spans. */
    alsoIds?: string[];
  }[];
  /** Milestones up to this importance are offered as annotations (1 = key events only). */
  milestoneImportance?: number;
}

export interface DatasetInput {
  observations: (ObservationInput & { locality_id?: string })[];
  series: SeriesInput[];
  sources: SourceInput[];
  milestones: MilestoneInput[];
}

// Which value carries the line when sources give several for one period: the firmest statement
// first, then the most recent publication (later reports revise earlier ones). Every other value
// stays on the chart as a marked alternative, so nothing is silently dropped.
const statusRank: Record<Status, number> = {
  reported: 0,
  preliminary: 1,
  estimate: 2,
  approximate: 3,
  lower_bound: 4,
  upper_bound: 5,
  target: 9
};

/** Periods closer than this (in years) are consecutive: the line joins them. Further apart is a gap. */
export const MAX_JOIN_GAP = 1.0001;

/** Values that differ by more than this share are a disagreement between sources, not rounding. */
const DISAGREEMENT = 0.005;

function byPeriod(a: ObservationInput, b: ObservationInput): number {
  return a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end);
}


export function buildSeries(
  seriesId: string,
  color: string,
  meta: SeriesInput,
  observations: ObservationInput[],
  sources: Map<string, SourceInput>,
  growth: ObservationInput[] = [],
  averages: ObservationInput[] = []
): ChartSeries {
  const points: ChartPoint[] = [];
  const spans: ChartSpan[] = [];
  const groups = new Map<string, ObservationInput[]>();

  for (const o of averages) {
    const place = placePeriod(o.period_start, o.period_end);
    spans.push({
      id: o.obs_id, x0: place.x0, x1: place.x1, value: o.value, status: o.status, periodStart: o.period_start,
      periodEnd: o.period_end, sourceId: o.source_id, locator: o.locator, perYear: true
    });
  }
  for (const o of [...observations].sort(byPeriod)) {
    const place = placePeriod(o.period_start, o.period_end);
    // A flow over several years, or over part of a year, is not comparable with yearly values. A
    // count per school year (2013–2014) is one value per year, drawn like the school-year stocks.
    const isSpan =
      (meta.kind === 'flow' && (place.years > 1.01 || place.years < 0.99)) ||
      (meta.kind === 'school_year_flow' && (place.years > 2.01 || place.years < 1.99));
    if (isSpan || o.status === 'target') {
      spans.push({
        id: o.obs_id,
        x0: place.x0,
        x1: place.x1,
        value: o.value,
        status: o.status,
        periodStart: o.period_start,
        periodEnd: o.period_end,
        sourceId: o.source_id,
        locator: o.locator,
        perYear: false
      });
      continue;
    }
    const key = `${o.period_start}|${o.period_end}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }

  const published = (id: string) => sources.get(id)?.published ?? '';
  for (const group of groups.values()) {
    const ranked = [...group].sort(
      (a, b) => statusRank[a.status] - statusRank[b.status] || published(b.source_id).localeCompare(published(a.source_id))
    );
    const chosen = ranked[0];
    const differs = (o: ObservationInput) => Math.abs(o.value - chosen.value) > DISAGREEMENT * Math.max(Math.abs(chosen.value), 1);
    const disputed = ranked.some(differs);
    for (const o of ranked) {
      const place = placePeriod(o.period_start, o.period_end);
      points.push({
        id: o.obs_id,
        x: place.x,
        value: o.value,
        status: o.status,
        periodStart: o.period_start,
        periodEnd: o.period_end,
        sourceId: o.source_id,
        locator: o.locator,
        onLine: o === chosen,
        // The chosen value is disputed if any other differs; another value, if it differs itself.
        disputed: o === chosen ? disputed : differs(o)
      });
    }
  }
  points.sort((a, b) => a.x - b.x || Number(b.onLine) - Number(a.onLine));

  // Changes we compute ourselves, only between points the line joins.
  const line = points.filter((p) => p.onLine);
  for (let i = 1; i < line.length; i++) {
    const prev = line[i - 1];
    const cur = line[i];
    if (joins(meta.kind, prev, cur) && prev.value !== 0) cur.computedChange = (cur.value - prev.value) / prev.value;
  }
  for (const g of growth) {
    const target = line.find((p) => p.periodStart === g.period_start && p.periodEnd === g.period_end);
    if (target) (target.printedGrowth ??= []).push({ value: g.value, id: g.obs_id, status: g.status, sourceId: g.source_id });
  }
  // The rate printed next to the level on the line reads first; then the latest publication.
  for (const p of line)
    p.printedGrowth?.sort((a, b) => Number(b.sourceId === p.sourceId) - Number(a.sourceId === p.sourceId) || published(b.sourceId).localeCompare(published(a.sourceId)));

  return { id: seriesId, label: { vi: meta.label_vi, en: meta.label_en }, unit: meta.unit, kind: meta.kind, color, points, spans };
}

/**
 * Spans drawn on a chart. Part-year totals pile up within a year ("Jan–Jul", "Jan–Sep", "Jan–Oct
 * 2025"); only the latest-ending ones are drawn, so the bracket row stays readable. Every one of them
 * stays in the data table and on the Sources page.
 */
export function drawnSpans(spans: ChartSpan[]): ChartSpan[] {
  const partYear = (sp: ChartSpan) => sp.x1 - sp.x0 < 0.99;
  const latest = new Map<number, number>();
  for (const sp of spans.filter(partYear)) latest.set(Math.floor(sp.x0), Math.max(latest.get(Math.floor(sp.x0)) ?? -Infinity, sp.x1));
  const seen = new Set<string>();
  return spans.filter((sp) => {
    if (partYear(sp) && sp.x1 !== latest.get(Math.floor(sp.x0))) return false;
    // Two sources printing the same total for the same period make one bracket, not two.
    const key = `${sp.x0}|${sp.x1}|${sp.value}|${sp.status}|${sp.perYear}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function spanSort(series: ChartSeries[]) {
  for (const s of series) s.spans.sort((a, b) => a.x0 - b.x0);
}

/**
 * Whether the line joins two neighbouring values: consecutive periods only, and for cumulative
 * counts only within one source, because sources count projects by different definitions.
 */
export function joins(kind: string, a: ChartPoint, b: ChartPoint): boolean {
  return b.x - a.x <= MAX_JOIN_GAP && (kind !== 'cumulative' || a.sourceId === b.sourceId);
}

/** Runs of consecutive line points: the line is drawn through each run and never across a gap. */
export function lineRuns(points: ChartPoint[], kind = 'flow'): ChartPoint[][] {
  const runs: ChartPoint[][] = [];
  let run: ChartPoint[] = [];
  for (const p of points.filter((q) => q.onLine)) {
    const last = run[run.length - 1];
    if (last && !joins(kind, last, p)) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** A segment between two points is uncertain (dashed) when either end is not a firm reported value. */
export function isUncertain(p: ChartPoint): boolean {
  return p.status !== 'reported';
}

export function buildChartModel(config: ChartConfig, data: DatasetInput): ChartModel {
  const sources = new Map(data.sources.map((s) => [s.source_id, s]));
  const metaById = new Map(data.series.map((s) => [s.series_id, s]));
  const series: ChartSeries[] = config.series.map((c) => {
    const meta = metaById.get(c.id);
    if (!meta) throw new Error(`chart ${config.id}: unknown series ${c.id}`);
    const of = (id: string) =>
      data.observations.filter((o) => o.series_id === id && (c.localityId ? o.locality_id === c.localityId : !o.locality_id));
    const averages = (c.alsoIds ?? []).flatMap(of);
    return buildSeries(c.id, c.color, meta, of(c.id), sources, c.growthSeriesId ? of(c.growthSeriesId) : [], averages);
  });

  const xs = series.flatMap((s) => [...s.points.map((p) => p.x), ...s.spans.flatMap((sp) => [sp.x0, sp.x1 - 0.001])]);
  const years: [number, number] = xs.length ? [Math.floor(Math.min(...xs)), Math.floor(Math.max(...xs))] : [2000, 2025];

  const milestones: ChartMilestone[] = data.milestones
    .filter((m) => Number(m.importance) <= (config.milestoneImportance ?? 1))
    .map((m) => ({
      id: m.milestone_id,
      x: placePeriod(m.date, m.date).x,
      date: m.date,
      importance: Number(m.importance),
      title: { vi: m.title_vi, en: m.title_en }
    }))
    .sort((a, b) => a.x - b.x);

  spanSort(series);
  const used = new Set(
    series.flatMap((s) => [...s.points, ...s.spans].flatMap((p) => [p.sourceId, ...('printedGrowth' in p ? (p.printedGrowth ?? []).map((g) => g.sourceId) : [])]))
  );
  const sourceLabels: ChartModel['sources'] = {};
  for (const id of used) {
    const s = sources.get(id);
    if (s) sourceLabels[id] = { label: localizedSourceLabel(s), published: s.published, tier: s.tier, reportsFor: reportsFor(s) };
  }

  return { id: config.id, unit: series[0]?.unit ?? '', years, series, milestones, sources: sourceLabels };
}
