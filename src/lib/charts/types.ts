import type { Status } from '$lib/format';
import type { Tier } from '$lib/data/schema';
import type { Localized } from '$lib/evidence/source';
import type { ViEn } from '$lib/i18n';

/** The fields of an observation the chart kit reads (data/SCHEMA.md names them). */
export interface ObservationInput {
  obs_id: string;
  series_id: string;
  period_start: string;
  period_end: string;
  value: number;
  unit: string;
  status: Status;
  source_id: string;
  locator: string;
}

export type { SourceInput } from '$lib/evidence/source';

export interface SeriesInput {
  series_id: string;
  label_vi: string;
  label_en: string;
  label_lo: string;
  unit: string;
  kind: string;
}

/**
 * One value a source gives for a period, placed on the time axis; the line rule ranks them. Its
 * source's tier and date are in ChartModel.sources (kept once per source: the model is page data).
 */
export interface ChartCandidate {
  id: string;
  x: number;
  value: number;
  status: Status;
  periodStart: string;
  periodEnd: string;
  sourceId: string;
  locator: string;
}

/** One observation as a view shows it (see resolveSeries). */
export interface ChartPoint {
  id: string;
  x: number;
  value: number;
  status: Status;
  tier: Tier;
  periodStart: string;
  periodEnd: string;
  sourceId: string;
  locator: string;
  /** On the series' line: the preferred value for its period (see series.ts for the rule). */
  onLine: boolean;
  /** Another source gives a different value for the same period. */
  disputed: boolean;
  /** Computed by us against the previous value on the line, one period earlier; never a source figure. */
  computedChange?: number;
  /** Growth rates sources printed for this period, the point's own source first. Each keeps its
   * status ("about 20%" is approximate) and its source: sources disagree on rates as on levels. */
  printedGrowth?: PrintedGrowth[];
}

export interface PrintedGrowth {
  value: number;
  id: string;
  status: Status;
  sourceId: string;
}

/** A total over several years (or part of a year): drawn as a span, never as a point on the scale. */
export interface ChartSpan {
  id: string;
  x0: number;
  x1: number;
  value: number;
  status: Status;
  tier: Tier;
  periodStart: string;
  periodEnd: string;
  sourceId: string;
  locator: string;
  /** A yearly level stated for the whole period ("45 million USD a year in the early 1990s"), not a total. */
  perYear: boolean;
}

/** A series as the data gives it: every source's values, before a view picks the line. */
export interface ChartSeriesData {
  id: string;
  label: Localized;
  /** The name written at the end of its line. */
  short: Localized;
  unit: string;
  /** flow, stock, cumulative…: cumulative counts from different sources are never joined. */
  kind: string;
  /** CSS colour, usually a custom property such as `var(--c1)`. */
  color: string;
  candidates: ChartCandidate[];
  spans: ChartSpan[];
  /** Growth rates sources printed, attached to the value on the line for their period. */
  growth: (PrintedGrowth & { periodStart: string; periodEnd: string })[];
}

/** A series as a view shows it: which value carries the line, what is disputed (resolveSeries). */
export interface ChartSeries {
  id: string;
  label: Localized;
  short: Localized;
  unit: string;
  kind: string;
  color: string;
  points: ChartPoint[];
  spans: ChartSpan[];
}

export interface ChartMilestone {
  id: string;
  x: number;
  date: string;
  kind: string;
  importance: number;
  title: Localized;
}

export interface ChartModel {
  id: string;
  unit: string;
  /** Full extent of the data in whole years: [first year, last year]. */
  years: [number, number];
  /** The years a chart opens on: its values, and totals starting just before them. */
  defaultYears: [number, number];
  series: ChartSeriesData[];
  milestones: ChartMilestone[];
  sources: Record<string, ChartSource>;
  /** Why sources disagree, by `series|period_start|period_end` (data/disagreements.csv). */
  /** The note is in Vietnamese and English only (the data has no Lao notes). */
  disagreements: Record<string, { reason: string; note: ViEn }>;
}

/** A source as a chart names it: "Tổng cục Hải quan, 2016", its tier and whose figures it reports. */
export interface ChartSource {
  label: Localized;
  published: string;
  tier: Tier;
  /** In Vietnamese and English only: a Lao chart names the publisher alone (see sourceName). */
  reportsFor: ViEn | null;
  /** The page, for a web source (a document's values carry their `line N`). */
  url: string;
}
