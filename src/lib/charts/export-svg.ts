/**
 * A chart as one standalone SVG file, for downloads and the `npm run export` CLI.
 *
 * On the page the marks live in a stretched 0–100 SVG and the axes, points and labels are HTML
 * layers, so the page cannot simply be serialised. This builds a fresh SVG in real pixels from the
 * same model and the same rules (series.ts decides where the line runs, where it is dashed and
 * where it breaks; format.ts writes the numbers), with the title, legend and source line drawn in.
 * Pure: no DOM, so it runs in the browser, in Node and in unit tests alike.
 */
import { scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import { axisTickFormatter } from '$lib/format';
import type { Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { drawnSpans, isUncertain, lineRuns } from './series';
import { spanLabel } from './span-layout';
import type { ChartModel, ChartPoint, ChartSeries } from './types';
import { seriesKey, type ViewState } from './view-state';

export type ExportTheme = 'light' | 'dark' | 'slide';
export const exportThemes: ExportTheme[] = ['light', 'dark', 'slide'];

interface Palette {
  bg: string;
  text: string;
  muted: string;
  grid: string;
  conflict: string;
  c: Record<string, string>;
}

/** The theme colours of src/app.css (export-svg.test.ts checks they stay the same). */
export const palettes: Record<ExportTheme, Palette> = {
  light: {
    bg: '#ffffff',
    text: '#1a1f27',
    muted: '#4d5766',
    grid: '#eaeef3',
    conflict: '#b91c1c',
    c: { c1: '#0b5394', c2: '#c2410c', c3: '#2f7d32', c4: '#7b3fa0' }
  },
  dark: {
    bg: '#11151b',
    text: '#e8ecf1',
    muted: '#a9b3c1',
    grid: '#232b36',
    conflict: '#f87171',
    c: { c1: '#7cb3ea', c2: '#fb923c', c3: '#7ccf80', c4: '#c9a0e6' }
  },
  slide: {
    bg: '#ffffff',
    text: '#0d1117',
    muted: '#333d4a',
    grid: '#e3e8ee',
    conflict: '#b91c1c',
    c: { c1: '#083d6e', c2: '#b4380a', c3: '#1f6b24', c4: '#6a2f8f' }
  }
};

export const FONT_FAMILY = "'Be Vietnam Pro', 'Noto Sans Lao', 'Segoe UI', Arial, sans-serif";

export interface ExportOptions {
  lang: Lang;
  theme: ExportTheme;
  width: number;
  height: number;
  title: string;
  subtitle?: string;
  sourceLine: string;
  /** `@font-face` rules to embed (data URLs), so the file looks the same without the site's fonts. */
  fontCss?: string;
  /** Large type and thick lines for projection. Defaults to on for the slide theme. */
  slide?: boolean;
  /** A light fill under the first series, as ChartFigure's `area`. */
  area?: boolean;
}

/** `var(--c1)` → the theme's colour; any other CSS colour is kept. */
export function resolveColor(color: string, theme: ExportTheme): string {
  const match = /^var\(--(c\d)\)$/.exec(color.trim());
  return match ? (palettes[theme].c[match[1]] ?? palettes[theme].text) : color;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const n = (v: number) => (Math.round(v * 100) / 100).toString();

/**
 * Width of a text in Be Vietnam Pro, estimated (no DOM to measure in): the face is wide, so this
 * errs on the generous side and labels get room rather than overlap.
 */
export function textWidth(text: string, size: number, weight = 400): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') w += 0.28;
    else if (/[.,:;'’|!il1()[\]]/.test(ch)) w += 0.32;
    else if (/[A-ZĐÂÊÔƠƯMWmw–—]/.test(ch)) w += 0.74;
    else w += 0.6;
  }
  return w * size * (weight >= 600 ? 1.05 : 1);
}

/** Greedy word wrap to a width; the last allowed line ends in an ellipsis if text is left over. */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number, weight = 400): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (let i = 0; i < words.length; i++) {
    const next = cur ? `${cur} ${words[i]}` : words[i];
    if (textWidth(next, size, weight) <= maxWidth || !cur) {
      cur = next;
      continue;
    }
    lines.push(cur);
    cur = words[i];
    if (lines.length === maxLines) {
      let last = lines[maxLines - 1];
      while (last.includes(' ') && textWidth(`${last} …`, size, weight) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
      lines[maxLines - 1] = `${last} …`;
      return lines;
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

/** The series a view shows, in drawing order. */
export function shownSeries(model: ChartModel, view: ViewState): ChartSeries[] {
  return model.series.filter((s) => view.series.includes(seriesKey(s.id)));
}

/** "Source: Ban Tuyên giáo, 2017; Tổng cục Hải quan, 2020. Period 1990–2025. Viet Nam – Laos …" */
export function exportSourceLine(model: ChartModel, view: ViewState, lang: Lang): string {
  const counts = new Map<string, number>();
  const count = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const s of shownSeries(model, view)) {
    for (const p of s.points) if (p.x >= view.from && p.x < view.to + 1) count(p.sourceId);
    for (const sp of drawnSpans(s.spans)) if (sp.x1 > view.from && sp.x0 < view.to + 1) count(sp.sourceId);
  }
  // One entry per publisher with its years: "Vietnam+ (VNA), 2018, 2019, 2023".
  const years = new Map<string, Set<string>>();
  const weight = new Map<string, number>();
  for (const [id, n] of counts) {
    const label = model.sources[id]?.label[lang] ?? id;
    const mt = /^(.*), (\d{4})$/.exec(label);
    const [who, year] = mt ? [mt[1], mt[2]] : [label, ''];
    const set = years.get(who) ?? new Set<string>();
    if (year) set.add(year);
    years.set(who, set);
    weight.set(who, (weight.get(who) ?? 0) + n);
  }
  // A picture has room for a handful of names: the publishers behind the most values, then a count
  // of the others, whose full list is one click away on the site.
  const MAX_NAMED = 5;
  const ranked = [...years].sort(([a], [b]) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b, lang));
  const named = ranked.slice(0, ranked.length > MAX_NAMED + 1 ? MAX_NAMED : ranked.length);
  const labels = named.sort(([a], [b]) => a.localeCompare(b, lang)).map(([who, ys]) => [who, ...[...ys].sort()].join(', '));
  const rest = ranked.length - named.length;
  const sources = rest ? `${labels.join('; ')}; ${m.export_more_sources({ count: rest }, { locale: lang })}` : labels.join('; ');
  return m.export_source_line({ sources, period: `${view.from}–${view.to}`, site: m.site_name({}, { locale: lang }) }, { locale: lang });
}

interface LegendItem {
  glyph: 'series' | 'firm' | 'soft' | 'lower' | 'upper' | 'alt' | 'span' | 'gap';
  label: string;
  color?: string;
}

/** Builds the SVG document. Coordinates are CSS pixels; the caller scales for PNGs. */
export function composeChartSvg(model: ChartModel, view: ViewState, opts: ExportOptions): string {
  const { lang, theme, width: W, height: H } = opts;
  const pal = palettes[theme];
  const slide = opts.slide ?? theme === 'slide';
  // Base type size: proportional to the canvas for slides, the page's 13 px otherwise.
  const s = slide ? Math.max(18, Math.min(W / 60, H / 36)) : Math.max(11, Math.min(16, W / 62, H / 26));
  const lineWidth = slide ? Math.max(4.5, s * 0.17) : 2.5;
  const k = s / 13; // scale against the on-screen chart, for marks sized in px there
  const pad = s * (slide ? 1.8 : 1.3);
  const locale = { locale: lang };
  const out: string[] = [];
  const text = (x: number, y: number, str: string, size: number, attrs = '') =>
    out.push(`<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${attrs ? ` ${attrs}` : ''}>${esc(str)}</text>`);

  const series = shownSeries(model, view);
  const inView = (p: ChartPoint) => p.x >= view.from && p.x < view.to + 1;
  const points = series.flatMap((sr) => sr.points.filter(inView).map((p) => ({ sr, p })));
  const spans = series.flatMap((sr) => drawnSpans(sr.spans).filter((sp) => sp.x1 > view.from && sp.x0 < view.to + 1).map((sp) => ({ sr, sp })));
  const timeline = points.length === 0 && spans.length > 0;
  const color = (sr: ChartSeries) => resolveColor(sr.color, theme);

  // ---- Header: title, subtitle ----
  const contentW = W - 2 * pad;
  let y = pad;
  const titleSize = s * (slide ? 1.75 : 1.45);
  for (const l of wrapText(opts.title, titleSize, contentW, 2, 600)) {
    y += titleSize * 1.15;
    text(pad, y, l, titleSize, `font-weight="600" fill="${pal.text}"`);
  }
  y += titleSize * 0.15;
  if (opts.subtitle) {
    const subSize = s * 0.95;
    for (const l of wrapText(opts.subtitle, subSize, contentW, 2)) {
      y += subSize * 1.35;
      text(pad, y, l, subSize, `fill="${pal.muted}"`);
    }
  }
  y += s * 0.7;

  // ---- Legend: the series, then only the marks the chart shows (as Legend.svelte) ----
  const onLine = points.filter(({ p }) => p.onLine).map(({ p }) => p);
  const items: LegendItem[] = series.map((sr) => ({ glyph: 'series', label: sr.label[lang], color: color(sr) }));
  if (onLine.some((p) => p.status === 'reported')) items.push({ glyph: 'firm', label: m.chart_legend_reported({}, locale) });
  if (onLine.some((p) => ['estimate', 'approximate', 'preliminary'].includes(p.status)))
    items.push({ glyph: 'soft', label: m.chart_legend_estimate({}, locale) });
  if (onLine.some((p) => p.status === 'lower_bound')) items.push({ glyph: 'lower', label: m.chart_legend_lower({}, locale) });
  if (onLine.some((p) => p.status === 'upper_bound')) items.push({ glyph: 'upper', label: m.chart_legend_upper({}, locale) });
  if (points.some(({ p }) => !p.onLine && p.disputed)) items.push({ glyph: 'alt', label: m.chart_legend_alternative({}, locale) });
  if (spans.length) items.push({ glyph: 'span', label: m.chart_legend_span({}, locale) });
  const runs = new Map(series.map((sr) => [sr.id, lineRuns(sr.points.filter(inView), sr.kind)]));
  if ([...runs.values()].some((r) => r.length > 1)) items.push({ glyph: 'gap', label: m.chart_legend_gap({}, locale) });

  const legSize = s * 0.88;
  const glyphW = legSize * 1.9;
  const rowH = legSize * 1.75;
  let lx = pad;
  let ly = y + legSize;
  const legendOut: string[] = [];
  for (const it of items) {
    const wItem = glyphW + legSize * 0.45 + textWidth(it.label, legSize, it.glyph === 'series' ? 600 : 400);
    if (lx > pad && lx + wItem > W - pad) {
      lx = pad;
      ly += rowH;
    }
    legendOut.push(legendGlyph(it, lx, ly - legSize * 0.35, glyphW, legSize));
    legendOut.push(
      `<text x="${n(lx + glyphW + legSize * 0.45)}" y="${n(ly)}" font-size="${n(legSize)}" fill="${it.glyph === 'series' ? pal.text : pal.muted}"${it.glyph === 'series' ? ' font-weight="600"' : ''}>${esc(it.label)}</text>`
    );
    lx += wItem + legSize * 1.3;
  }
  y = ly + legSize * 0.9;

  function legendGlyph(it: LegendItem, x: number, cy: number, w: number, size: number): string {
    const c = it.color ?? pal.muted;
    const r = size * 0.33;
    const cx = x + w / 2;
    const sw = n(Math.max(1.5, size * 0.14));
    switch (it.glyph) {
      case 'series':
        return `<line x1="${n(x)}" y1="${n(cy)}" x2="${n(x + w)}" y2="${n(cy)}" stroke="${c}" stroke-width="${n(lineWidth)}" stroke-linecap="round"/>`;
      case 'firm':
        return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${c}" stroke="${c}" stroke-width="${sw}"/>`;
      case 'soft':
        return `<line x1="${n(x)}" y1="${n(cy)}" x2="${n(x + w)}" y2="${n(cy)}" stroke="${c}" stroke-width="${sw}" stroke-dasharray="${n(size * 0.35)} ${n(size * 0.25)}"/><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${pal.bg}" stroke="${c}" stroke-width="${sw}"/>`;
      case 'lower':
      case 'upper':
        return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${pal.bg}" stroke="${c}" stroke-width="${sw}"/>${caret(cx, cy, r, it.glyph === 'lower', c)}`;
      case 'alt':
        return `<rect x="${n(cx - r)}" y="${n(cy - r)}" width="${n(2 * r)}" height="${n(2 * r)}" fill="${pal.bg}" stroke="${pal.conflict}" stroke-width="${sw}" transform="rotate(45 ${n(cx)} ${n(cy)})"/>`;
      case 'span':
        return `<path d="M${n(x + 2)},${n(cy - r)}V${n(cy + r)}H${n(x + w - 2)}V${n(cy - r)}" fill="none" stroke="${c}" stroke-width="${sw}"/>`;
      case 'gap':
        return `<path d="M${n(x)},${n(cy)}h${n(w * 0.35)}M${n(x + w * 0.65)},${n(cy)}h${n(w * 0.35)}" stroke="${c}" stroke-width="${sw}"/>`;
    }
  }

  function caret(cx: number, cy: number, r: number, up: boolean, c: string): string {
    const h = r * 1.4;
    const half = r * 1.1;
    const tip = up ? cy - r - h * 0.9 : cy + r + h * 0.9;
    const base = up ? cy - r + h * 0.1 : cy + r - h * 0.1;
    return `<path d="M${n(cx - half)},${n(base)}L${n(cx)},${n(tip)}L${n(cx + half)},${n(base)}Z" fill="${c}"/>`;
  }

  // ---- Footer: source line at the bottom ----
  const srcSize = s * 0.78;
  const srcLines = wrapText(opts.sourceLine, srcSize, contentW, 4);
  const footerTop = H - pad - srcLines.length * srcSize * 1.35;
  out.push(`<line x1="${n(pad)}" y1="${n(footerTop - srcSize * 0.2)}" x2="${n(W - pad)}" y2="${n(footerTop - srcSize * 0.2)}" stroke="${pal.grid}" stroke-width="1"/>`);
  srcLines.forEach((l, i) => text(pad, footerTop + srcSize * (1.1 + i * 1.35), l, srcSize, `fill="${pal.muted}"`));

  // ---- Plot area ----
  const axisSize = s * 0.85;
  const visibleValues = points.map(({ p }) => p.value);
  const yMax = scaleLinear().domain([0, Math.max(1, ...visibleValues) * 1.08]).nice(5).domain()[1];
  const yTicks = scaleLinear().domain([0, yMax]).ticks(5).filter((t) => t >= 0);
  const fmt = axisTickFormatter(model.unit, Math.max(...yTicks, 0), lang);
  const yLabelW = timeline ? 0 : Math.max(...yTicks.map((t) => textWidth(fmt.format(t), axisSize)));
  const plotLeft = pad + (timeline ? 0 : yLabelW + axisSize * 0.7);
  const plotRight = W - pad - axisSize * 0.6;
  const plotTop = y + (timeline ? 0 : axisSize * 1.9);
  const xScale = scaleLinear().domain([view.from, view.to + 1]).range([plotLeft, plotRight]);

  // Spans (totals over several years) are laid out first: on the page they overlay the bottom of
  // the plot; an export has the room to give them their own band under the time axis, where their
  // labels cannot cover a line or a point. Rows are packed by what each label covers.
  const spanSize = s * (timeline ? 0.85 : 0.78);
  const rowsEnd: number[] = [];
  const spanLayout = [...spans]
    .sort((a, b) => a.sp.x0 - b.sp.x0)
    .map(({ sr, sp }, i) => {
      const x0 = xScale(Math.max(sp.x0, view.from));
      const x1 = xScale(Math.min(sp.x1, view.to + 1));
      const label = spanLabel(sr, sp, lang);
      const lw = textWidth(label, spanSize) + spanSize * 0.8;
      // Labels in the right half grow leftwards, so they never leave the canvas.
      const end = x0 + (x1 - x0) / 2 > (plotLeft + plotRight) / 2 && x1 - lw >= pad;
      const [a, b] = end ? [Math.min(x0, x1 - lw), x1] : [x0, Math.max(x1, x0 + lw)];
      let row = timeline ? i : rowsEnd.findIndex((re) => re <= a - spanSize * 0.6);
      if (row === -1) row = rowsEnd.length;
      rowsEnd[row] = b;
      return { sr, sp, x0, x1, label, lw, end, row };
    });
  const spanH = spanSize * 1.9;
  const spanGap = spanSize * 0.35;
  const bandH = timeline || !spanLayout.length ? 0 : rowsEnd.length * (spanH + spanGap) + spanSize * 0.4;
  const plotBottom = footerTop - srcSize * 0.6 - axisSize * 2.6 - bandH;
  const yScale = scaleLinear().domain([0, yMax]).range([plotBottom, plotTop]);

  if (!timeline) {
    text(pad, plotTop - axisSize * 1.1, fmt.title, axisSize, `font-weight="600" fill="${pal.muted}"`);
    for (const t of yTicks) {
      const ty = yScale(t);
      out.push(
        `<line x1="${n(plotLeft)}" y1="${n(ty)}" x2="${n(plotRight)}" y2="${n(ty)}" stroke="${t === 0 ? pal.muted : pal.grid}" stroke-width="${t === 0 ? n(Math.max(1, k)) : 1}"/>`
      );
      text(plotLeft - axisSize * 0.5, ty + axisSize * 0.35, fmt.format(t), axisSize, `text-anchor="end" fill="${pal.muted}"`);
    }
  } else {
    out.push(`<line x1="${n(plotLeft)}" y1="${n(plotBottom)}" x2="${n(plotRight)}" y2="${n(plotBottom)}" stroke="${pal.muted}" stroke-width="1"/>`);
  }

  // X axis: year labels at mid-year, thinned (as AxisX) until they fit the width.
  const years = view.to - view.from + 1;
  const labelW = textWidth('2000', axisSize) + axisSize * 0.8;
  const perYear = (plotRight - plotLeft) / years;
  const tickStep = years <= 12 ? 1 : years <= 24 ? 2 : 5;
  const labelStep = [1, 2, 5, 10, 20, 50].find((st) => st >= tickStep && st % tickStep === 0 && perYear * st >= labelW) ?? 50;
  for (let yr = view.from; yr <= view.to; yr++) {
    if (yr % tickStep !== 0) continue;
    const tx = xScale(yr + 0.5);
    out.push(`<line x1="${n(tx)}" y1="${n(plotBottom)}" x2="${n(tx)}" y2="${n(plotBottom + 6 * k)}" stroke="${pal.muted}" stroke-width="1"/>`);
    if (yr % labelStep === 0) text(tx, plotBottom + 6 * k + axisSize * 1.15, String(yr), axisSize, `text-anchor="middle" fill="${pal.muted}"`);
  }

  // ---- Lines: through each run of consecutive values; uncertain segments dashed (as Line.svelte) ----
  const toXY = d3line<ChartPoint>()
    .x((p) => xScale(p.x))
    .y((p) => yScale(p.value));
  if (opts.area && series[0]) {
    const sr = series[0];
    const d = (runs.get(sr.id) ?? [])
      .filter((r) => r.length > 1)
      .map((r) => `M${n(xScale(r[0].x))},${n(yScale(0))}L${(toXY(r) ?? 'M0,0').slice(1)}L${n(xScale(r[r.length - 1].x))},${n(yScale(0))}Z`)
      .join('');
    if (d) out.push(`<path class="area" d="${d}" fill="${color(sr)}" fill-opacity="0.1"/>`);
  }
  for (const sr of series) {
    const firm: string[] = [];
    const uncertain: string[] = [];
    for (const run of runs.get(sr.id) ?? []) {
      for (let i = 1; i < run.length; i++) {
        const seg = toXY([run[i - 1], run[i]]) ?? '';
        (isUncertain(run[i - 1]) || isUncertain(run[i]) ? uncertain : firm).push(seg);
      }
    }
    const c = color(sr);
    const common = `fill="none" stroke="${c}" stroke-width="${n(lineWidth)}" stroke-linejoin="round"`;
    out.push(`<path class="line" data-series="${esc(sr.id)}" d="${firm.join('')}" ${common} stroke-linecap="round"/>`);
    if (uncertain.length)
      out.push(
        `<path class="line-uncertain" data-series="${esc(sr.id)}" d="${uncertain.join('')}" ${common} stroke-dasharray="${n(lineWidth * 2)} ${n(lineWidth * 1.6)}"/>`
      );
  }

  // ---- Spans: brackets in their band (timeline: bars), never on the value scale ----
  const bandTop = plotBottom + 6 * k + axisSize * 1.75;
  for (const { sr, sp, x0, x1, label, lw, end, row } of spanLayout) {
    const c = color(sr);
    const dash = sp.status === 'target' ? ` stroke-dasharray="${n(2 * k)} ${n(2 * k)}"` : '';
    const sw = n(Math.max(1.5, 1.5 * k));
    const anchor = end ? 'end' : 'start';
    if (timeline) {
      const rowH = Math.max(spanSize * 3.6, Math.min(spanSize * 6, (plotBottom - plotTop - spanSize) / spans.length));
      const top = plotTop + spanSize * 0.6 + row * rowH;
      const h = spanSize * 1.25;
      out.push(
        `<rect x="${n(x0)}" y="${n(top)}" width="${n(Math.max(6, x1 - x0))}" height="${n(h)}" rx="${n(3 * k)}" fill="${c}" fill-opacity="0.35" stroke="${c}" stroke-width="${sw}"${dash}/>`
      );
      text(end ? x1 : x0, top + h + spanSize * 1.2, label, spanSize, `text-anchor="${anchor}" fill="${pal.text}"`);
    } else {
      const top = bandTop + row * (spanH + spanGap);
      const bottom = top + spanH;
      out.push(
        `<path d="M${n(x0)},${n(top)}V${n(bottom)}H${n(Math.max(x1, x0 + 4))}V${n(top)}" fill="${c}" fill-opacity="0.1" stroke="${c}" stroke-width="${sw}"${dash}/>`
      );
      const tx = end ? x1 - spanSize * 0.4 : x0 + spanSize * 0.4;
      text(tx, top + spanH * 0.5 + spanSize * 0.36, label, spanSize, `text-anchor="${anchor}" fill="${pal.text}"`);
    }
  }

  // ---- Points: the glyph tells the status (as Points.html.svelte) ----
  const r = slide ? lineWidth * 1.25 : 4.5;
  const sw = slide ? lineWidth * 0.55 : 2;
  const halo = slide ? lineWidth * 0.45 : 1.5;
  for (const { sr, p } of points.sort((a, b) => Number(a.p.onLine) - Number(b.p.onLine))) {
    if (!p.onLine && !p.disputed) continue; // same value from another source: nothing more to see
    const cx = xScale(p.x);
    const cy = yScale(p.value);
    const c = color(sr);
    const at = `data-obs="${esc(p.id)}"`;
    if (!p.onLine) {
      out.push(
        `<rect ${at} x="${n(cx - r)}" y="${n(cy - r)}" width="${n(2 * r)}" height="${n(2 * r)}" fill="${pal.bg}" stroke="${pal.conflict}" stroke-width="${n(sw)}" transform="rotate(45 ${n(cx)} ${n(cy)})"/>`
      );
      continue;
    }
    if (p.disputed) out.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r + halo + sw)}" fill="${pal.conflict}"/>`);
    out.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r + halo)}" fill="${pal.bg}"/>`);
    const filled = p.status === 'reported';
    out.push(`<circle ${at} cx="${n(cx)}" cy="${n(cy)}" r="${n(r - sw / 2)}" fill="${filled ? c : pal.bg}" stroke="${c}" stroke-width="${n(sw)}"/>`);
    if (p.status === 'lower_bound' || p.status === 'upper_bound') out.push(caret(cx, cy, r, p.status === 'lower_bound', c));
  }

  const defs = opts.fontCss ? `<defs><style>${opts.fontCss.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</style></defs>` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(W)}" height="${n(H)}" viewBox="0 0 ${n(W)} ${n(H)}" lang="${lang}" font-family="${esc(FONT_FAMILY)}">`,
    `<title>${esc(opts.title)}</title>`,
    defs,
    `<rect width="100%" height="100%" fill="${pal.bg}"/>`,
    ...out,
    ...legendOut,
    '</svg>'
  ].join('\n');
}
