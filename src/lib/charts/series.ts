import type { Status } from '$lib/format';
import { valuesDiffer } from '$lib/evidence/disagreement';
import { rankForLine } from '$lib/evidence/line-rule';
import { localizedSourceLabel, reportsFor, type SourceInput } from '$lib/evidence/source';
import { columnsOf, type Localized } from '$lib/i18n';
import { placePeriod } from './time';
import type {
  ChartCandidate,
  ChartSource,
  ChartMilestone,
  ChartModel,
  ChartPoint,
  ChartSeries,
  ChartSeriesData,
  ChartSpan,
  ObservationInput,
  SeriesInput
} from './types';
import type { MilestoneKind } from '$lib/data/schema';

export interface MilestoneInput {
  milestone_id: string;
  date: string;
  kind: string;
  importance: number | string;
  title_vi: string;
  title_en: string;
  title_lo: string;
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
    /** A short name for the end of its line ("Tổng", "Xuất khẩu"), when the label is long. */
    short?: Localized;
  }[];
  /** The kinds of events that belong to the chart's topic, each up to an importance (1 = key events only). */
  milestones?: { kinds: Partial<Record<MilestoneKind, number>> };
}

export interface DatasetInput {
  observations: (ObservationInput & { locality_id?: string })[];
  series: SeriesInput[];
  sources: SourceInput[];
  milestones: MilestoneInput[];
  disagreements?: { series_id: string; locality_id: string; period_start: string; period_end: string; reason: string; note_vi: string; note_en: string }[];
}

/** Periods closer than this (in years) are consecutive: the line joins them. Further apart is a gap. */
export const MAX_JOIN_GAP = 1.0001;

function byPeriod(a: ObservationInput, b: ObservationInput): number {
  return a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end);
}

/**
 * A series' candidates as the data gives them: each period's values from every source, ranked by
 * the line rule (src/lib/evidence/line-rule.ts), plus its period totals. Which value carries the
 * line is decided per view (resolveSeries), because a view may leave secondary sources out.
 */
export function buildSeries(
  seriesId: string,
  color: string,
  meta: SeriesInput,
  observations: ObservationInput[],
  sources: Map<string, SourceInput>,
  growth: ObservationInput[] = [],
  averages: ObservationInput[] = [],
  short?: Localized
): ChartSeriesData {
  const candidates: ChartCandidate[] = [];
  const spans: ChartSpan[] = [];
  const tierOf = (id: string) => sources.get(id)?.tier ?? 'secondary';
  // A document's line is kept with each value; a web page's address once, with its source.
  const lineOf = (o: ObservationInput) => (o.locator.startsWith('line ') ? o.locator : '');
  const span = (o: ObservationInput, perYear: boolean): ChartSpan => {
    const place = placePeriod(o.period_start, o.period_end);
    return {
      id: o.obs_id, x0: place.x0, x1: place.x1, value: o.value, status: o.status, tier: tierOf(o.source_id), periodStart: o.period_start,
      periodEnd: o.period_end, sourceId: o.source_id, locator: lineOf(o), perYear
    };
  };

  for (const o of averages) spans.push(span(o, true));
  for (const o of [...observations].sort(byPeriod)) {
    const place = placePeriod(o.period_start, o.period_end);
    // A flow over several years, or over part of a year, is not comparable with yearly values. A
    // count per school year (2013–2014) is one value per year, drawn like the school-year stocks.
    const isSpan =
      (meta.kind === 'flow' && (place.years > 1.01 || place.years < 0.99)) ||
      (meta.kind === 'school_year_flow' && (place.years > 2.01 || place.years < 1.99));
    if (isSpan || o.status === 'target') {
      spans.push(span(o, false));
      continue;
    }
    candidates.push({
      id: o.obs_id,
      x: place.x,
      value: o.value,
      status: o.status,
      periodStart: o.period_start,
      periodEnd: o.period_end,
      sourceId: o.source_id,
      locator: lineOf(o)
    });
  }
  const rates = growth.map((g) => ({ value: g.value, id: g.obs_id, status: g.status, sourceId: g.source_id, periodStart: g.period_start, periodEnd: g.period_end }));
  spans.sort((a, b) => a.x0 - b.x0);
  return {
    id: seriesId,
    label: columnsOf(meta, 'label'),
    short: short ?? columnsOf(meta, 'label'),
    unit: meta.unit,
    kind: meta.kind,
    color,
    candidates,
    spans,
    growth: rates
  };
}

/**
 * The series as a view shows it: for each period the value that carries the line (by the line
 * rule, among the sources the view admits), the others as alternatives, whether sources disagree,
 * and the changes we compute ourselves between neighbouring values on the line.
 */
export function resolveSeries(
  data: ChartSeriesData,
  sources: ChartModel['sources'],
  opts: { secondary: boolean } = { secondary: true }
): ChartSeries {
  const admitted = (t: string) => opts.secondary || t !== 'secondary';
  const tierOf = (id: string) => sources[id]?.tier ?? 'secondary';
  const published = (id: string) => sources[id]?.published ?? 'undated';
  const groups = new Map<string, (ChartCandidate & { tier: ChartSource['tier']; published: string })[]>();
  for (const raw of data.candidates) {
    const c = { ...raw, tier: tierOf(raw.sourceId), published: published(raw.sourceId) };
    if (!admitted(c.tier)) continue;
    const key = `${c.periodStart}|${c.periodEnd}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const points: ChartPoint[] = [];
  for (const group of groups.values()) {
    const ranked = rankForLine(group);
    const chosen = ranked[0];
    const differs = (o: { value: number }) => valuesDiffer(o.value, chosen.value);
    const disputed = ranked.some(differs);
    for (const o of ranked) {
      points.push({
        id: o.id,
        x: o.x,
        value: o.value,
        status: o.status,
        tier: o.tier,
        periodStart: o.periodStart,
        periodEnd: o.periodEnd,
        sourceId: o.sourceId,
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
    if (joins(data.kind, prev, cur) && prev.value !== 0) cur.computedChange = (cur.value - prev.value) / prev.value;
  }
  for (const g of data.growth) {
    const target = line.find((p) => p.periodStart === g.periodStart && p.periodEnd === g.periodEnd);
    if (target) (target.printedGrowth ??= []).push({ value: g.value, id: g.id, status: g.status, sourceId: g.sourceId });
  }
  // The rate printed next to the level on the line reads first; then the latest publication.
  for (const p of line)
    p.printedGrowth?.sort((a, b) => Number(b.sourceId === p.sourceId) - Number(a.sourceId === p.sourceId) || published(b.sourceId).localeCompare(published(a.sourceId)));

  const spans = data.spans.filter((s) => admitted(s.tier));
  return { id: data.id, label: data.label, short: data.short, unit: data.unit, kind: data.kind, color: data.color, points, spans };
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

/**
 * Whether the line joins two neighbouring values: consecutive periods only. A series holds one
 * definition (where sources count differently, as Laos' and Viet Nam's ministries count investment
 * projects, each count is its own series), so values from different sources may be joined.
 */
export function joins(_kind: string, a: { x: number; sourceId: string }, b: { x: number; sourceId: string }): boolean {
  return b.x - a.x <= MAX_JOIN_GAP;
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
export function isUncertain(p: { status: Status }): boolean {
  return p.status !== 'reported';
}

export function buildChartModel(config: ChartConfig, data: DatasetInput): ChartModel {
  const sources = new Map(data.sources.map((s) => [s.source_id, s]));
  const metaById = new Map(data.series.map((s) => [s.series_id, s]));
  const series: ChartSeriesData[] = config.series.map((c) => {
    const meta = metaById.get(c.id);
    if (!meta) throw new Error(`chart ${config.id}: unknown series ${c.id}`);
    const of = (id: string) =>
      data.observations.filter((o) => o.series_id === id && (c.localityId ? o.locality_id === c.localityId : !o.locality_id));
    const averages = (c.alsoIds ?? []).flatMap(of);
    return buildSeries(c.id, c.color, meta, of(c.id), sources, c.growthSeriesId ? of(c.growthSeriesId) : [], averages, c.short);
  });

  const xs = series.flatMap((s) => [...s.candidates.map((p) => p.x), ...s.spans.flatMap((sp) => [sp.x0, sp.x1 - 0.001])]);
  const years: [number, number] = xs.length ? [Math.floor(Math.min(...xs)), Math.floor(Math.max(...xs))] : [2000, 2025];
  // The axis a chart opens on covers its values, not a long total that starts years before them
  // (Sơn La's "2000–2016" students beside school years from 2013): such a bracket is cut at the
  // axis and says its period. Totals of up to ten years are values like any other and are included,
  // as are longer ones starting at most two years before the first yearly value.
  const pointYears = series.flatMap((s) => s.candidates.map((p) => Math.floor(p.x)));
  const firstPoint = pointYears.length ? Math.min(...pointYears) : years[0];
  const near = series
    .flatMap((s) => s.spans.filter((sp) => sp.x1 - sp.x0 <= 10).map((sp) => Math.floor(sp.x0)))
    .concat(series.flatMap((s) => s.spans.map((sp) => Math.floor(sp.x0))).filter((y) => y >= firstPoint - 2));
  const defaultYears: [number, number] = [Math.max(years[0], Math.min(firstPoint, ...near)), years[1]];

  const wanted = config.milestones;
  const milestones: ChartMilestone[] = data.milestones
    .filter((m) => Number(m.importance) <= (wanted?.kinds[m.kind as MilestoneKind] ?? 0))
    .map((m) => ({
      id: m.milestone_id,
      x: placePeriod(m.date, m.date).x,
      date: m.date,
      kind: m.kind,
      importance: Number(m.importance),
      title: columnsOf(m, 'title')
    }))
    .filter((m) => m.x >= years[0] && m.x < years[1] + 1)
    .sort((a, b) => a.x - b.x);

  const used = new Set(
    series.flatMap((s) => [...s.candidates.map((p) => p.sourceId), ...s.spans.map((p) => p.sourceId), ...s.growth.map((g) => g.sourceId)])
  );
  const sourceLabels: ChartModel['sources'] = {};
  for (const id of used) {
    const s = sources.get(id);
    if (s) sourceLabels[id] = { label: localizedSourceLabel(s), published: s.published, tier: s.tier, reportsFor: reportsFor(s), url: s.url ?? '' };
  }

  const disagreements: ChartModel['disagreements'] = {};
  for (const c of config.series)
    for (const d of data.disagreements ?? [])
      if (d.series_id === c.id && d.locality_id === (c.localityId ?? ''))
        disagreements[`${d.series_id}|${d.period_start}|${d.period_end}`] = { reason: d.reason, note: { vi: d.note_vi, en: d.note_en } };

  return { id: config.id, unit: series[0]?.unit ?? '', years, defaultYears, series, milestones, sources: sourceLabels, disagreements };
}
