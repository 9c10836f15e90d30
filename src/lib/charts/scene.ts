/**
 * A chart, computed once: everything that is drawn for a model, a view and a box. The page's
 * LayerCake layers, the embed, the SVG/PNG/slide exports, the PowerPoint deck and the share images
 * only render this object, so they cannot disagree on what is shown (marks, glyphs, segments, spans
 * and their labels, annotations, legend items, title and source line).
 *
 * Geometry is in plot fractions (x from the left edge, y from the top, both 0…1), so the page can
 * place things in % and an export in px. What depends on size (which span labels fit, how close
 * two flags may sit, where line-end labels go) is decided here for the box given, with widths
 * measured in the chart fonts (text.ts); the page passes a nominal box and renders the same size
 * rules with container query units (see Spans.html.svelte).
 * Pure: no DOM, no Svelte; runs on the server, in the browser and in Node (exports, share images).
 */
import { nice, ticks } from 'd3-array';
import { axisTickFormatter, formatObservedValue, formatPeriod, statusName, type Status } from '$lib/format';
import type { Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { Tier } from '$lib/data/schema';
import { reportsForIn } from '$lib/evidence/source';
import { drawnSpans, isUncertain, joins, lineRuns, resolveSeries } from './series';
import { textWidth } from './text';
import type { ChartMilestone, ChartModel, ChartPoint, ChartSeries, ChartSpan } from './types';
import { seriesKey, type ViewState } from './view-state';

/**
 * Plot size in px the scene is laid out for. The page uses NOMINAL_PLOT: what depends on the width
 * there (span and bar labels, year labels) follows CSS thresholds the scene gives in px, so only the
 * milestone flags' and bracket links' stacking use this width, a phone's plot (375 px less axes and
 * line labels), so they never collide on any screen.
 */
export interface SceneBox {
  width: number;
  height: number;
  /**
   * Base type size in px: 16 on the page, the root size its chart text is set in (bar values
   * 0.72rem, brackets 0.7rem, line ends 0.74rem: each at most the scene's multiple of it, so a
   * label the scene says fits does fit); exports scale it with the canvas.
   */
  fontSize: number;
}
export const NOMINAL_PLOT: SceneBox = { width: 220, height: 260, fontSize: 16 };

export type MarkGlyph = 'firm' | 'soft' | 'lower' | 'upper' | 'alt' | 'same';

export interface SceneMark {
  obsId: string;
  seriesId: string;
  seriesKey: string;
  x: number;
  y: number;
  glyph: MarkGlyph;
  /** Values from secondary sources are drawn as squares (their own glyph, in the legend). */
  tier: Tier;
  status: Status;
  onLine: boolean;
  /** Another source gives a different value for this period (a ring around the value on the line). */
  disputed: boolean;
  /** On the line but joined to no neighbour: a line alone cannot show it (sparklines dot it). */
  alone: boolean;
  color: string;
  /** What the mark says in words: screen readers, tooltips' first line, speaker notes. */
  label: string;
  point: ChartPoint;
  series: ChartSeries;
}

/** Polylines in plot fractions. */
export type Polyline = [number, number][];

export interface SceneLine {
  seriesId: string;
  seriesKey: string;
  color: string;
  /** Between two firm, reported values from official or press sources. */
  firm: Polyline[];
  /** Touching an estimate, approximation or bound: dashed. */
  uncertain: Polyline[];
  /** Touching a value from a secondary source: dotted, weaker than the rest. */
  weak: Polyline[];
  /** A light fill under the line (first series, when the chart asks for it). */
  area: Polyline[];
}

/** A period value drawn as a bar on the value scale (charts of period totals). */
export interface SceneBar {
  obsId: string;
  seriesId: string;
  seriesKey: string;
  x0: number;
  x1: number;
  y: number;
  status: Status;
  tier: Tier;
  sourceId: string;
  color: string;
  /** "2001–2005: 18 dự án", written above the bar when it fits between its neighbours. */
  text: string;
  /** "18": the value alone, when the full text does not fit. */
  short: string;
  /** Plot widths in px from which each text fits (the same rule as the span labels). */
  fullFrom: number;
  shortFrom: number;
  label: string;
}

export type SpanLabelMode = 'full' | 'short' | 'key';

/** A total over several years (or part of one) in the band under the time axis. */
export interface SceneSpan {
  obsId: string;
  seriesId: string;
  seriesKey: string;
  x0: number;
  x1: number;
  row: number;
  status: Status;
  tier: Tier;
  sourceId: string;
  perYear: boolean;
  /** The period runs on beyond the view's years: the bracket is open on that side. */
  cutStart: boolean;
  cutEnd: boolean;
  color: string;
  /** "2001–2005: ước 687,8 triệu USD (tổng cả giai đoạn)". */
  full: string;
  /** "ước 687,8 tr. USD": when the full text does not fit the bracket. */
  short: string;
  /** "a", "b"…: when neither fits, the bracket shows this and the key under the chart the full text. */
  key: string;
  /** Plot widths in px from which each text fits inside the bracket (spanLabelMode). */
  fullFrom: number;
  shortFrom: number;
  label: string;
}

export interface SceneAnnotation {
  id: string;
  x: number;
  n: number;
  row: number;
  date: string;
  title: string;
}

export interface SceneTick {
  value: number;
  at: number;
  label: string;
  /** X ticks only: dropped on a narrow plot (below `minorFrom` px). */
  minor?: boolean;
}

export interface SceneEndLabel {
  seriesId: string;
  seriesKey: string;
  text: string;
  /** Where the line ends (plot fractions) and where the label sits after spreading. */
  x: number;
  y: number;
  labelY: number;
  color: string;
}

export type LegendGlyph = 'firm' | 'soft' | 'lower' | 'upper' | 'alt' | 'disputed' | 'secondary' | 'weak' | 'bar' | 'span' | 'target' | 'gap';

export interface LegendItem {
  glyph: LegendGlyph;
  label: string;
  /** The series whose marks need this item: when a view hides all of them, the item goes too. */
  seriesKeys: string[];
}

export interface ChartScene {
  id: string;
  lang: Lang;
  view: SceneView;
  box: SceneBox;
  title: string;
  unit: string;
  /** No value on the scale at all, only period totals: the band becomes the chart (no y axis). */
  timeline: boolean;
  /** Nothing at all in the view's years (the chart says so instead of drawing an empty frame). */
  empty: boolean;
  x: { domain: [number, number]; ticks: SceneTick[]; minorFrom: number };
  y: { domain: [number, number]; ticks: SceneTick[]; title: string } | null;
  series: { id: string; key: string; label: string; color: string }[];
  /** The shown series as the view resolves them (the line rule applied), for tables and words. */
  resolved: ChartSeries[];
  lines: SceneLine[];
  marks: SceneMark[];
  bars: SceneBar[];
  spans: SceneSpan[];
  spanRows: number;
  annotations: SceneAnnotation[];
  annotationRows: number;
  endLabels: SceneEndLabel[];
  /** Room the line-end labels need right of the plot, in px at the box's font size. */
  endLabelWidth: number;
  legend: LegendItem[];
  /** "Nguồn: Tổng cục Hải quan; Ban Tuyên giáo Trung ương (2017); … Giai đoạn 1990–2025." */
  sourceLine: string;
  /** Publishers behind the shown values, most values first, with whose figures they report. */
  publishers: string[];
  /** How many more publishers the source line only counts ("and 16 more"). */
  morePublishers: number;
}

export type SceneView = ViewState;

export interface SceneOptions {
  lang: Lang;
  box?: SceneBox;
  /** The chart's standalone title (names subject, place and years). */
  title: string;
  /** A light fill under the first series. */
  area?: boolean;
  /** Series drawn as bars of their period values rather than as a line. */
  bars?: string[];
}

const SPAN_GAP = 0.004;
/** A link's smallest target (WCAG 2.5.8). */
const LINK_MIN_PX = 24;
const LABEL_PAD = 8;

/**
 * Which text a bar shows at a plot width: the full label, the value only, or none (neighbouring
 * bars' labels would run into each other; the value stays in the tooltip, the table and the link).
 */
export function barLabelMode(bar: Pick<SceneBar, 'fullFrom' | 'shortFrom'>, plotWidth: number): 'full' | 'short' | 'none' {
  return plotWidth >= bar.fullFrom ? 'full' : plotWidth >= bar.shortFrom ? 'short' : 'none';
}

/** Which text a span shows at a plot width: the full label, the value only, or its key letter. */
export function spanLabelMode(span: Pick<SceneSpan, 'fullFrom' | 'shortFrom'>, plotWidth: number): SpanLabelMode {
  return plotWidth >= span.fullFrom ? 'full' : plotWidth >= span.shortFrom ? 'short' : 'key';
}

/** The label of a period total: what it is, for when, and that it is not on the yearly scale. */
export function spanLabel(series: { unit: string }, span: ChartSpan, lang: Lang): string {
  const locale = { locale: lang };
  const kind =
    span.status === 'target' ? m.chart_span_target({}, locale) : span.perYear ? m.chart_span_per_year({}, locale) : m.chart_span_total({}, locale);
  return `${formatPeriod(span.periodStart, span.periodEnd, lang)}: ${formatObservedValue(span.value, series.unit, span.status, lang, { short: true })} (${kind})`;
}

function glyphOf(p: ChartPoint): MarkGlyph {
  // Another source with the same value adds nothing to see; it stays reachable for its quote.
  if (!p.onLine) return p.disputed ? 'alt' : 'same';
  if (p.status === 'lower_bound') return 'lower';
  if (p.status === 'upper_bound') return 'upper';
  if (p.status === 'reported') return 'firm';
  return 'soft';
}

/** What one value says, in words (screen readers, tooltips, speaker notes). */
export function markLabel(model: ChartModel, s: ChartSeries, p: ChartPoint, lang: Lang): string {
  const locale = { locale: lang };
  const src = model.sources[p.sourceId];
  const parts = [
    s.label[lang],
    `${formatPeriod(p.periodStart, p.periodEnd, lang)}: ${formatObservedValue(p.value, s.unit, p.status, lang)}`,
    statusName(p.status, lang)
  ];
  if (!p.onLine) parts.push(p.disputed ? m.chart_alternative_value({}, locale) : m.chart_same_value({}, locale));
  else if (p.disputed) parts.push(m.chart_sources_differ({}, locale));
  parts.push(`${m.chart_source({}, locale)}: ${sourceName(model, p.sourceId, lang)}`);
  if (src?.tier === 'secondary') parts.push(m.tier_secondary_note({}, locale));
  return parts.join('. ');
}

/** "VTR Logistics, 2017 (đăng lại số liệu của Tổng cục Hải quan)". */
export function sourceName(model: ChartModel, id: string, lang: Lang): string {
  const s = model.sources[id];
  if (!s) return id;
  const body = reportsForIn(s.reportsFor, lang);
  return body ? m.source_reports_for({ source: s.label[lang], body }, { locale: lang }) : s.label[lang];
}

/** Headroom above the highest value keeps "more than" carets and flags inside the plot. */
function niceMax(max: number): number {
  return nice(0, Math.max(1, max) * 1.08, 5)[1];
}

/** Spread labels vertically so none is closer than `gap` to the next, keeping them in [0, 1]. */
function spread(ys: number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = order.map((o) => o.y);
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + gap);
  const overflow = out.length ? out[out.length - 1] - 1 : 0;
  if (overflow > 0) for (let i = out.length - 1; i >= 0; i--) out[i] = Math.min(out[i] - (i === out.length - 1 ? overflow : 0), i < out.length - 1 ? out[i + 1] - gap : Infinity);
  const result: number[] = [];
  order.forEach((o, k) => (result[o.i] = Math.max(0, out[k])));
  return result;
}

export function buildScene(model: ChartModel, view: SceneView, opts: SceneOptions): ChartScene {
  const { lang } = opts;
  const box = opts.box ?? NOMINAL_PLOT;
  const locale = { locale: lang };
  const from = view.from;
  const to = view.to;
  const x = (year: number) => (year - from) / (to + 1 - from);
  // A school year 2010–2011 sits at 2011.0, the boundary of two years: both ends count.
  const inView = (p: { x: number }) => p.x >= from && p.x <= to + 1;
  const overlaps = (sp: { x0: number; x1: number }) => sp.x1 > from && sp.x0 < to + 1;

  // Every series of the chart, resolved for the view's sources. The value scale is set by all of
  // them in the view's years, not only the visible ones: hiding a series never rescales the others
  // (and a page can hide series before its script runs without anything moving).
  const all = model.series.map((d) => resolveSeries(d, model.sources, { secondary: view.secondary }));
  const asBars = new Set(opts.bars ?? []);
  const shown = all.filter((s) => view.series.includes(seriesKey(s.id)));
  const barValues = all.filter((s) => asBars.has(s.id)).flatMap((s) => [
    ...s.points.filter(inView).map((p) => p.value),
    ...drawnSpans(s.spans).filter((sp) => overlaps(sp) && !sp.perYear && sp.status !== 'target').map((sp) => sp.value)
  ]);
  const lineValues = all.filter((s) => !asBars.has(s.id)).flatMap((s) => s.points.filter(inView).map((p) => p.value));
  const values = [...lineValues, ...barValues];
  const timeline = values.length === 0;
  const yMax = niceMax(Math.max(0, ...values));
  const y = (v: number) => 1 - v / yMax;

  const yTicks = ticks(0, yMax, 5).filter((t) => t >= 0);
  const fmt = axisTickFormatter(model.unit, Math.max(...yTicks, 0), lang);

  // Years at their middle; a long range labels every 2nd or 5th year, and the narrow plot every other one of those.
  const n = to - from + 1;
  const step = n <= 12 ? 1 : n <= 24 ? 2 : 5;
  const xTicks: SceneTick[] = [];
  for (let yr = from; yr <= to; yr++)
    if (yr % step === 0) xTicks.push({ value: yr, at: x(yr + 0.5), label: String(yr), minor: n > 8 && yr % (step * 2) !== 0 });
  // A label needs about its own width plus a gap; below this plot width only major ticks show.
  const labelRoom = textWidth('0000', box.fontSize * 0.85) + 10;
  const minorFrom = Math.ceil((labelRoom * n) / step);

  // ---- lines and marks ----
  const lines: SceneLine[] = [];
  const marks: SceneMark[] = [];
  const bars: SceneBar[] = [];
  const weakTier = (p: ChartPoint) => p.tier === 'secondary';
  const alone = new Set<ChartPoint>();
  shown.forEach((s, si) => {
    const key = seriesKey(s.id);
    const visible = s.points.filter(inView);
    if (asBars.has(s.id)) {
      // Every period total is a bar as wide as its period; a part-year total gives way to its year's
      // full value. Longer periods are drawn first, so a year inside a five-year bar stays visible.
      const full = new Set(visible.filter((q) => q.onLine).map((q) => Math.floor(q.x)));
      const own: SceneBar[] = [];
      for (const p of visible.filter((q) => q.onLine)) own.push(barOf(s, key, p.id, Math.floor(p.x), Math.floor(p.x) + 1, p, p.periodStart, p.periodEnd));
      for (const sp of drawnSpans(s.spans).filter((sp) => overlaps(sp) && !sp.perYear && sp.status !== 'target' && !(sp.x1 - sp.x0 < 0.99 && full.has(Math.floor(sp.x0)))))
        own.push(barOf(s, key, sp.id, sp.x0, sp.x1, sp, sp.periodStart, sp.periodEnd));
      bars.push(...own.sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0)));
      // Other sources' different values still show, as diamonds at their height.
      for (const p of visible.filter((q) => !q.onLine)) marks.push(markOf(s, key, p));
      return;
    }
    const line: SceneLine = { seriesId: s.id, seriesKey: key, color: s.color, firm: [], uncertain: [], weak: [], area: [] };
    const runs = lineRuns(visible, s.kind);
    for (const run of runs) if (run.length === 1) alone.add(run[0]);
    for (const run of runs) {
      for (let i = 1; i < run.length; i++) {
        const a = run[i - 1];
        const b = run[i];
        const seg: Polyline = [[x(a.x), y(a.value)], [x(b.x), y(b.value)]];
        (weakTier(a) || weakTier(b) ? line.weak : isUncertain(a) || isUncertain(b) ? line.uncertain : line.firm).push(seg);
      }
      if (opts.area && si === 0 && run.length > 1)
        line.area.push([[x(run[0].x), 1], ...run.map((p): [number, number] => [x(p.x), y(p.value)]), [x(run[run.length - 1].x), 1]]);
    }
    lines.push(line);
    for (const p of visible) marks.push(markOf(s, key, p));
  });
  marks.sort((a, b) => a.point.x - b.point.x || Number(b.onLine) - Number(a.onLine));

  function markOf(s: ChartSeries, key: string, p: ChartPoint): SceneMark {
    return {
      obsId: p.id, seriesId: s.id, seriesKey: key, x: x(p.x), y: y(p.value), glyph: glyphOf(p), tier: p.tier, status: p.status,
      onLine: p.onLine, disputed: p.disputed, alone: alone.has(p), color: s.color, label: markLabel(model, s, p, lang), point: p, series: s
    };
  }
  function barOf(s: ChartSeries, key: string, id: string, x0: number, x1: number, v: { value: number; status: Status; tier: Tier; sourceId: string }, ps: string, pe: string): SceneBar {
    const text = `${formatPeriod(ps, pe, lang)}: ${formatObservedValue(v.value, s.unit, v.status, lang, { short: true })}`;
    const short = formatObservedValue(v.value, s.unit, v.status, lang, { short: true, bare: true });
    return {
      obsId: id, seriesId: s.id, seriesKey: key, x0: x(Math.max(x0, from)), x1: x(Math.min(x1, to + 1)), y: y(v.value), status: v.status, tier: v.tier,
      sourceId: v.sourceId, color: s.color, text, short, fullFrom: 0, shortFrom: 0, label: `${s.label[lang]}, ${text}`
    };
  }

  // A bar's label may take the room up to half-way to its neighbours' centres (and stay inside
  // the plot), so labels never run into each other; below that it shows the value alone, or nothing
  // (the bar's link and the data table still carry it).
  const centres = bars.map((b) => (b.x0 + b.x1) / 2).sort((a, b) => a - b);
  const barSize = box.fontSize * 0.72;
  for (const b of bars) {
    const c = (b.x0 + b.x1) / 2;
    const i = centres.indexOf(c);
    const room = Math.max(1e-6, Math.min(2 * c, 2 * (1 - c), i > 0 ? c - centres[i - 1] || Infinity : Infinity, i < centres.length - 1 ? centres[i + 1] - c || Infinity : Infinity));
    b.fullFrom = Math.ceil((textWidth(b.text, barSize) + LABEL_PAD) / room);
    b.shortFrom = Math.ceil((textWidth(b.short, barSize) + LABEL_PAD) / room);
  }

  // ---- period totals in the band (or, with no yearly values, as the chart itself) ----
  const rowsEnd: number[] = [];
  const spanSize = box.fontSize * 0.78;
  const spans: SceneSpan[] = shown
    .flatMap((s) => {
      // A bar series keeps in the band only what is not a bar: yearly averages and targets.
      if (asBars.has(s.id)) return drawnSpans(s.spans).filter((sp) => overlaps(sp) && (sp.perYear || sp.status === 'target')).map((span) => ({ s, span }));
      // A part-year total adds nothing to see for a year whose full-year value is on the line (it
      // stays in the table and on the Sources page).
      const fullYears = new Set(s.points.filter((p) => p.onLine && p.periodStart.length === 4 && p.periodStart === p.periodEnd).map((p) => Math.floor(p.x)));
      return drawnSpans(s.spans)
        .filter((sp) => overlaps(sp) && !(sp.x1 - sp.x0 < 0.99 && fullYears.has(Math.floor(sp.x0))))
        .map((span) => ({ s, span }));
    })
    .sort((a, b) => a.span.x0 - b.span.x0 || a.span.x1 - b.span.x1)
    .map(({ s, span }, i) => {
      const x0 = x(Math.max(span.x0, from));
      const x1 = x(Math.min(span.x1, to + 1));
      // Rows by what a bracket's link covers (labels always sit inside their own bracket): at least
      // 24 px on the narrowest plot, so two links never overlap on a phone (WCAG 2.5.8).
      const half = Math.max(x1 - x0, LINK_MIN_PX / NOMINAL_PLOT.width) / 2;
      const [a, b] = [(x0 + x1) / 2 - half, (x0 + x1) / 2 + half];
      let row = timeline ? i : rowsEnd.findIndex((end) => end <= a - SPAN_GAP);
      if (row === -1) row = rowsEnd.length;
      rowsEnd[row] = b;
      const full = spanLabel(s, span, lang);
      const short = formatObservedValue(span.value, s.unit, span.status, lang, { short: true });
      const frac = Math.max(x1 - x0, 1e-6);
      const need = (t: string) => Math.ceil((textWidth(t, spanSize) + LABEL_PAD) / frac);
      return {
        obsId: span.id, seriesId: s.id, seriesKey: seriesKey(s.id), x0, x1, row, status: span.status, tier: span.tier, sourceId: span.sourceId, perYear: span.perYear,
        cutStart: span.x0 < from - 1e-6, cutEnd: span.x1 > to + 1 + 1e-6,
        color: s.color, full, short, key: i < 26 ? String.fromCharCode(97 + i) : String(i + 1), fullFrom: need(full), shortFrom: need(short),
        label: `${s.label[lang]}, ${full}`
      };
    });
  const spanRows = spans.reduce((r, sp) => Math.max(r, sp.row + 1), 0);

  // ---- annotations: numbered flags, stacked when closer than a flag's width ----
  const flagRoom = (box.fontSize * 1.8) / box.width;
  const flagEnds: number[] = [];
  const annotations: SceneAnnotation[] = (view.notes ? model.milestones.filter(inView) : []).map((ms: ChartMilestone, i) => {
    const at = x(ms.x);
    let row = flagEnds.findIndex((end) => at - end >= flagRoom);
    if (row === -1) row = flagEnds.length;
    flagEnds[row] = at;
    return { id: ms.id, x: at, n: i + 1, row, date: formatPeriod(ms.date, ms.date, lang), title: ms.title[lang] };
  });
  const annotationRows = annotations.reduce((r, a) => Math.max(r, a.row + 1), 0);

  // ---- line-end labels, so the lines need no colour key ----
  const endSize = box.fontSize * 0.85;
  const ends = lines
    .map((l) => {
      const s = shown.find((q) => q.id === l.seriesId)!;
      const last = s.points.filter((p) => p.onLine && inView(p)).at(-1);
      return last ? { l, s, last } : null;
    })
    .filter((e): e is NonNullable<typeof e> => e !== null);
  const gap = (endSize * 1.25) / box.height;
  const spreadY = spread(ends.map((e) => y(e.last.value)), gap);
  const endLabels: SceneEndLabel[] = ends.map((e, i) => ({
    seriesId: e.s.id, seriesKey: e.l.seriesKey, text: e.s.short[lang], x: x(e.last.x), y: y(e.last.value), labelY: spreadY[i], color: e.s.color
  }));
  const endLabelWidth = endLabels.length ? Math.ceil(Math.max(...endLabels.map((e) => textWidth(e.text, endSize, 600))) + 10) : 0;

  // ---- legend: exactly what the view shows ----
  const legend: LegendItem[] = [];
  const add = (glyph: LegendGlyph, label: string, keys: string[]) => keys.length && legend.push({ glyph, label, seriesKeys: [...new Set(keys)] });
  const keysOf = (f: (mk: SceneMark) => boolean) => marks.filter(f).map((mk) => mk.seriesKey);
  const firmLike = (mk: SceneMark) => mk.onLine && mk.tier !== 'secondary';
  add('firm', m.chart_legend_reported({}, locale), keysOf((mk) => firmLike(mk) && mk.glyph === 'firm'));
  add('soft', m.chart_legend_estimate({}, locale), keysOf((mk) => firmLike(mk) && mk.glyph === 'soft'));
  add('lower', m.chart_legend_lower({}, locale), keysOf((mk) => mk.onLine && mk.glyph === 'lower'));
  add('upper', m.chart_legend_upper({}, locale), keysOf((mk) => mk.onLine && mk.glyph === 'upper'));
  add('secondary', m.chart_legend_secondary({}, locale), keysOf((mk) => mk.onLine && mk.tier === 'secondary'));
  add('weak', m.chart_legend_weak({}, locale), lines.filter((l) => l.weak.length).map((l) => l.seriesKey));
  add('alt', m.chart_legend_alternative({}, locale), keysOf((mk) => mk.glyph === 'alt'));
  add('disputed', m.chart_legend_disputed({}, locale), keysOf((mk) => mk.onLine && mk.disputed));
  add('bar', m.chart_legend_bar({}, locale), bars.map((b) => b.seriesKey));
  add('span', m.chart_legend_span({}, locale), spans.filter((sp) => sp.status !== 'target').map((sp) => sp.seriesKey));
  add('target', m.chart_legend_target({}, locale), spans.filter((sp) => sp.status === 'target').map((sp) => sp.seriesKey));
  add(
    'gap',
    m.chart_legend_gap({}, locale),
    shown.filter((s) => !asBars.has(s.id) && lineRuns(s.points.filter(inView), s.kind).length > 1).map((s) => seriesKey(s.id))
  );

  // ---- source line: the publishers behind what is shown ----
  const { line: sourceLine, publishers, morePublishers } = sourceLineOf(model, marks, bars, spans, view, lang);

  return {
    id: model.id,
    lang,
    view,
    box,
    title: opts.title,
    unit: model.unit,
    timeline,
    empty: marks.length + bars.length + spans.length === 0,
    x: { domain: [from, to + 1], ticks: xTicks, minorFrom },
    y: timeline ? null : { domain: [0, yMax], ticks: yTicks.map((t) => ({ value: t, at: y(t), label: fmt.format(t) })), title: fmt.title },
    series: shown.map((s) => ({ id: s.id, key: seriesKey(s.id), label: s.label[lang], color: s.color })),
    resolved: shown,
    lines,
    marks,
    bars,
    spans,
    spanRows,
    annotations,
    annotationRows,
    endLabels,
    endLabelWidth,
    legend,
    sourceLine,
    publishers,
    morePublishers
  };
}

/** At most this many publishers are named in a picture; the rest are counted (the site lists them all). */
const MAX_NAMED = 5;

function sourceLineOf(model: ChartModel, marks: SceneMark[], bars: SceneBar[], spans: SceneSpan[], view: SceneView, lang: Lang) {
  const weight = new Map<string, number>();
  const years = new Map<string, Set<string>>();
  const ids = [...marks.filter((mk) => mk.glyph !== 'same').map((mk) => mk.point.sourceId), ...bars.map((b) => b.sourceId), ...spans.map((sp) => sp.sourceId)];
  for (const id of ids) {
    const s = model.sources[id];
    if (!s) continue;
    // One entry per publisher (and whose figures it reports), with its years.
    const body = reportsForIn(s.reportsFor, lang);
    const who = body ? m.source_via({ body, source: publisherOf(s.label[lang]) }, { locale: lang }) : publisherOf(s.label[lang]);
    weight.set(who, (weight.get(who) ?? 0) + 1);
    const year = /^\d{4}/.exec(s.published)?.[0];
    const set = years.get(who) ?? new Set<string>();
    if (year) set.add(year);
    years.set(who, set);
  }
  const ranked = [...weight.keys()].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b, lang));
  const named = ranked.slice(0, ranked.length > MAX_NAMED + 1 ? MAX_NAMED : ranked.length);
  const labels = named.map((who) => {
    const ys = [...(years.get(who) ?? [])].sort();
    return ys.length ? `${who} (${ys.join(', ')})` : who;
  });
  const rest = ranked.length - named.length;
  const sources = rest ? `${labels.join('; ')}; ${m.export_more_sources({ count: rest }, { locale: lang })}` : labels.join('; ');
  const line = m.export_source_line({ sources, period: `${view.from}–${view.to}`, site: m.site_name({}, { locale: lang }) }, { locale: lang });
  return { line, publishers: named, morePublishers: rest };
}

/** "Tổng cục Hải quan, 2016" → "Tổng cục Hải quan". */
function publisherOf(label: string): string {
  return label.replace(/, \d{4}$/, '');
}

/** SVG path data of polylines in plot fractions, scaled to a box (the page uses 100 × 100). */
export function pathData(lines: Polyline[], width: number, height: number, left = 0, top = 0): string {
  const r = (v: number) => Math.round(v * 100) / 100;
  return lines.map((pl) => pl.map(([px, py], i) => `${i ? 'L' : 'M'}${r(left + px * width)},${r(top + py * height)}`).join('')).join('');
}

/** Whether two neighbouring values are joined by the line (re-exported for layers that draw dots). */
export { joins };
