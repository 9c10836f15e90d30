/**
 * A chart as one standalone SVG file (downloads, `npm run export`, slides, PowerPoint, share images).
 * It decides nothing about what is drawn: it lays out a frame (title, legend, plot, key, source line)
 * for a canvas size, asks the scene (scene.ts) for that plot box, and writes the scene out in pixels.
 * Pure: no DOM, so it runs in the browser, in Node and in unit tests alike.
 */
import type { Lang } from '$lib/i18n';
import { barLabelMode, buildScene, spanLabelMode, type ChartScene, type LegendGlyph, type SceneMark } from './scene';
import { textWidth, wrapText } from './text';
import type { ChartModel } from './types';
import type { ViewState } from './view-state';

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
  /** `@font-face` rules to embed (data URLs), so the file looks the same without the site's fonts. */
  fontCss?: string;
  /** Large type and thick lines for projection. Defaults to on for the slide theme. */
  slide?: boolean;
  area?: boolean;
  bars?: string[];
  /** Leave out the title, legend, milestone list and source line (PowerPoint writes them as editable text). */
  bare?: boolean;
  /** Base type size in px, instead of the one the canvas suggests (a PowerPoint chart takes the slide's). */
  fontSize?: number;
}

/** `var(--c1)` → the theme's colour; any other CSS colour is kept. */
export function resolveColor(color: string, theme: ExportTheme): string {
  const match = /^var\(--(c\d)\)$/.exec(color.trim());
  return match ? (palettes[theme].c[match[1]] ?? palettes[theme].text) : color;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const n = (v: number) => (Math.round(v * 100) / 100).toString();

/** The base type size for a canvas: the page's 13 px, larger on slides. */
export function baseSize(width: number, height: number, slide: boolean): number {
  return slide ? Math.max(18, Math.min(width / 60, height / 36)) : Math.max(11, Math.min(16, width / 62, height / 26));
}

export interface Frame {
  s: number;
  pad: number;
  titleLines: string[];
  titleSize: number;
  legendRows: { glyph: LegendGlyph; label: string; x: number }[][];
  legendSize: number;
  sourceLines: string[];
  sourceSize: number;
  plot: { left: number; top: number; width: number; height: number };
  keyLines: { key: string; text: string; color: string }[];
  spanRowH: number;
  /** Each line-end label's lines (long names wrap). */
  endLines: string[][];
  /** The milestone list under the chart (what each numbered flag marks), in columns. */
  notes: { n: number; lines: string[]; col: number; top: number }[];
  noteSize: number;
  noteColW: number;
}

/** Lays out the frame for a canvas and returns the scene drawn in its plot box. */
export function layoutChart(model: ChartModel, view: ViewState, opts: ExportOptions): { scene: ChartScene; frame: Frame } {
  const slide = opts.slide ?? opts.theme === 'slide';
  const base = opts.fontSize ?? baseSize(opts.width, opts.height, slide);
  // A canvas too small for everything at this type size gets smaller type (down to 70%), never a
  // plot squeezed under its own frame or text running into the source line.
  let last: ReturnType<typeof layoutAt> | null = null;
  for (const k of [1, 0.92, 0.85, 0.78, 0.7]) {
    last = layoutAt(model, view, opts, base * k, slide);
    if (last.fits) break;
  }
  return { scene: last!.scene, frame: last!.frame };
}

function layoutAt(model: ChartModel, view: ViewState, opts: ExportOptions, s: number, slide: boolean) {
  const { width: W, height: H, lang } = opts;
  // A bare chart sits in a slide's own margins: little padding of its own.
  const pad = opts.bare ? s * 0.5 : s * (slide ? 1.8 : 1.3);
  const sceneOpts = { lang, title: opts.title, area: opts.area, bars: opts.bars };
  // What does not depend on the box (legend, title, source line, ticks' text) comes from a first pass.
  const first = buildScene(model, view, { ...sceneOpts, box: { width: 800, height: 400, fontSize: s } });
  const contentW = W - 2 * pad;

  const titleSize = s * (slide ? 1.75 : 1.45);
  const titleLines = opts.bare ? [] : wrapText(first.title, titleSize, contentW, 2, 600);
  const legendSize = s * 0.85;
  const glyphW = legendSize * 1.9;
  const legendRows: Frame['legendRows'] = [[]];
  let lx = 0;
  for (const it of opts.bare ? [] : first.legend) {
    const w = glyphW + legendSize * 0.45 + textWidth(it.label, legendSize);
    if (lx > 0 && lx + w > contentW) {
      legendRows.push([]);
      lx = 0;
    }
    legendRows[legendRows.length - 1].push({ glyph: it.glyph, label: it.label, x: lx });
    lx += w + legendSize * 1.3;
  }
  const sourceSize = s * 0.78;
  const sourceLines = opts.bare ? [] : wrapText(first.sourceLine, sourceSize, contentW, 4);

  const axis = s * 0.85;
  const yLabelW = first.y ? Math.max(...first.y.ticks.map((t) => textWidth(t.label, axis))) + axis * 0.7 : 0;
  // A long series name at a line's end wraps (up to 3 lines) rather than squeezing the plot, unless
  // the wrapped names would reach each other.
  const maxEnd = Math.max(W * 0.16, s * 8);
  const wrapped = first.endLabels.map((e) => wrapText(e.text, axis, maxEnd, 4, 600));
  const lineH = axis * 1.1;
  const roughH = H * 0.45;
  const clash = first.endLabels.some((a, i) =>
    first.endLabels.some((b, j) => j > i && Math.abs(a.labelY - b.labelY) * roughH < ((wrapped[i].length + wrapped[j].length) / 2) * lineH)
  );
  const endLines = clash ? first.endLabels.map((e) => [e.text]) : wrapped;
  const endW = endLines.length ? Math.max(...endLines.flat().map((t) => textWidth(t, axis, 600))) + axis : 0;
  const left = pad + yLabelW;
  const width = W - pad - left - endW - axis * 0.4;

  const headerH = (titleLines.length ? titleLines.length * titleSize * 1.15 + titleSize * 0.35 : 0) + legendRows.filter((r) => r.length).length * legendSize * 1.75 + s;
  const flagsH = first.annotationRows ? first.annotationRows * s * 1.55 + s * 0.4 : 0;
  const top = pad + headerH + flagsH + (first.y ? axis * 1.8 : 0);
  // Spans whose labels do not fit this plot width show their letter and are listed under the plot.
  const keyLines = first.spans.filter((sp) => spanLabelMode(sp, width) === 'key').map((sp) => ({ key: sp.key, text: sp.full, color: sp.color }));
  const spanRowH = s * 0.78 * 2.3;
  const band = first.timeline || !first.spanRows ? 0 : first.spanRows * spanRowH + s * 0.5;
  // A bare chart leaves the key to its slide (the letters stay in their brackets).
  const keyH = keyLines.length && !opts.bare ? keyLines.length * s * 0.8 * 1.4 + s * 0.4 : 0;
  const footerH = sourceLines.length ? sourceLines.length * sourceSize * 1.35 + sourceSize : 0;
  // What each numbered flag marks, as the page lists it under the chart: two columns when wide.
  const noteSize = s * 0.78;
  const cols = contentW >= noteSize * 60 ? 2 : 1;
  const noteGap = noteSize * 2;
  const noteColW = (contentW - noteGap * (cols - 1)) / cols;
  const marker = noteSize * 2.2;
  const notes: Frame['notes'] = [];
  let notesH = 0;
  if (!opts.bare && first.annotations.length) {
    let rowTop = 0;
    for (let i = 0; i < first.annotations.length; i += cols) {
      const row = first.annotations.slice(i, i + cols).map((a, c) => ({ n: a.n, lines: wrapText(`${a.date}: ${a.title}`, noteSize, noteColW - marker, 2), col: c, top: rowTop }));
      notes.push(...row);
      rowTop += Math.max(...row.map((r) => r.lines.length)) * noteSize * 1.3 + noteSize * 0.35;
    }
    notesH = rowTop + s * 0.4;
  }
  const room = H - pad - footerH - notesH - keyH - band - axis * 2.4 - top;
  const height = Math.max(s * 6, room);

  const scene = buildScene(model, view, { ...sceneOpts, box: { width, height, fontSize: s } });
  return {
    fits: room >= Math.max(s * 6, H * 0.3),
    scene,
    frame: { s, pad, titleLines, titleSize, legendRows, legendSize, sourceLines, sourceSize, plot: { left, top, width, height }, keyLines, spanRowH, endLines, notes, noteSize, noteColW }
  };
}

/** Builds the SVG document. Coordinates are CSS pixels; the caller scales for PNGs. */
export function composeChartSvg(model: ChartModel, view: ViewState, opts: ExportOptions): string {
  const { scene, frame } = layoutChart(model, view, opts);
  return sceneToSvg(scene, frame, opts);
}

export function sceneToSvg(scene: ChartScene, frame: Frame, opts: ExportOptions): string {
  const { theme, width: W, height: H, lang } = opts;
  const pal = palettes[theme];
  const slide = opts.slide ?? theme === 'slide';
  const { s, pad, plot } = frame;
  const k = s / 13;
  const lineWidth = slide ? Math.max(4.5, s * 0.17) : 2.5;
  const axis = s * 0.85;
  const out: string[] = [];
  const text = (x: number, y: number, str: string, size: number, attrs = '') =>
    out.push(`<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${attrs ? ` ${attrs}` : ''}>${esc(str)}</text>`);
  const color = (c: string) => resolveColor(c, theme);
  const X = (fx: number) => plot.left + fx * plot.width;
  const Y = (fy: number) => plot.top + fy * plot.height;
  const bottom = plot.top + plot.height;

  // ---- title and legend ----
  let y = pad;
  for (const l of frame.titleLines) {
    y += frame.titleSize * 1.15;
    text(pad, y, l, frame.titleSize, `font-weight="600" fill="${pal.text}"`);
  }
  if (frame.titleLines.length) y += frame.titleSize * 0.35;
  const ls = frame.legendSize;
  for (const row of frame.legendRows) {
    if (!row.length) continue;
    y += ls * 1.75;
    for (const it of row) {
      out.push(legendGlyph(it.glyph, pad + it.x, y - ls * 0.35, ls * 1.9, ls, pal));
      text(pad + it.x + ls * 1.9 + ls * 0.45, y, it.label, ls, `fill="${pal.muted}" data-legend="${it.glyph}"`);
    }
  }

  // ---- axes ----
  if (scene.y) {
    text(pad, plot.top - axis * 1.1, scene.y.title, axis, `font-weight="600" fill="${pal.muted}"`);
    for (const t of scene.y.ticks) {
      const ty = Y(t.at);
      out.push(`<line x1="${n(plot.left)}" y1="${n(ty)}" x2="${n(plot.left + plot.width)}" y2="${n(ty)}" stroke="${t.value === 0 ? pal.muted : pal.grid}" stroke-width="${t.value === 0 ? n(Math.max(1, k)) : 1}"/>`);
      text(plot.left - axis * 0.5, ty + axis * 0.35, t.label, axis, `text-anchor="end" fill="${pal.muted}"`);
    }
  } else out.push(`<line x1="${n(plot.left)}" y1="${n(bottom)}" x2="${n(plot.left + plot.width)}" y2="${n(bottom)}" stroke="${pal.muted}" stroke-width="1"/>`);
  for (const t of scene.x.ticks) {
    const tx = X(t.at);
    out.push(`<line x1="${n(tx)}" y1="${n(bottom)}" x2="${n(tx)}" y2="${n(bottom + 6 * k)}" stroke="${pal.muted}" stroke-width="1"/>`);
    if (!t.minor || plot.width >= scene.x.minorFrom) text(tx, bottom + 6 * k + axis * 1.15, t.label, axis, `text-anchor="middle" fill="${pal.muted}"`);
  }

  // ---- annotations ----
  for (const a of scene.annotations) {
    const ax = X(a.x);
    const fy = plot.top - (scene.y ? axis * 1.8 : 0) - s * 0.5 - a.row * s * 1.55;
    out.push(`<line x1="${n(ax)}" y1="${n(plot.top)}" x2="${n(ax)}" y2="${n(bottom)}" stroke="${pal.muted}" stroke-opacity="0.6" stroke-dasharray="${n(3 * k)} ${n(3 * k)}"/>`);
    const fw = Math.max(s * 1.3, textWidth(String(a.n), s * 0.75, 600) + s * 0.6);
    out.push(`<rect data-milestone="${esc(a.id)}" x="${n(ax - fw / 2)}" y="${n(fy - s * 0.65)}" width="${n(fw)}" height="${n(s * 1.3)}" rx="${n(s * 0.65)}" fill="${pal.grid}" stroke="${pal.muted}"/>`);
    text(ax, fy + s * 0.27, String(a.n), s * 0.75, `text-anchor="middle" font-weight="600" fill="${pal.text}"`);
  }

  // ---- area, bars, lines ----
  for (const l of scene.lines)
    if (l.area.length) out.push(`<path class="area" d="${pathOf(l.area)}Z" fill="${color(l.color)}" fill-opacity="0.1"/>`);
  for (const b of scene.bars) {
    const soft = b.status !== 'reported';
    const weak = b.tier === 'secondary';
    out.push(
      `<rect data-obs="${esc(b.obsId)}" data-tier="${b.tier}" x="${n(X(b.x0) + 1)}" y="${n(Y(b.y))}" width="${n(Math.max(2, X(b.x1) - X(b.x0) - 2))}" height="${n(bottom - Y(b.y))}" fill="${color(b.color)}" fill-opacity="${weak ? 0.15 : soft ? 0.25 : 0.75}" stroke="${color(b.color)}" stroke-width="${n(1.5 * k)}"${soft || weak ? ` stroke-dasharray="${n(weak ? 1 : 4)} ${n(3)}"` : ''}/>`
    );
    const mode = barLabelMode(b, plot.width);
    if (mode !== 'none') text(X((b.x0 + b.x1) / 2), Y(b.y) - s * 0.35, mode === 'full' ? b.text : b.short, s * 0.72, `text-anchor="middle" fill="${pal.text}" data-bar-label-for="${esc(b.obsId)}"`);
  }
  for (const l of scene.lines) {
    const c = color(l.color);
    const common = `fill="none" stroke="${c}" stroke-linejoin="round" data-series="${esc(l.seriesKey)}"`;
    if (l.firm.length) out.push(`<path class="line" d="${pathOf(l.firm)}" ${common} stroke-width="${n(lineWidth)}" stroke-linecap="round"/>`);
    if (l.uncertain.length) out.push(`<path class="line-uncertain" d="${pathOf(l.uncertain)}" ${common} stroke-width="${n(lineWidth)}" stroke-dasharray="${n(lineWidth * 2)} ${n(lineWidth * 1.6)}"/>`);
    if (l.weak.length) out.push(`<path class="line-weak" d="${pathOf(l.weak)}" ${common} stroke-width="${n(lineWidth * 0.8)}" stroke-linecap="round" stroke-dasharray="${n(0.1)} ${n(lineWidth * 2)}"/>`);
  }
  function pathOf(lines: [number, number][][]): string {
    return lines.map((pl) => pl.map(([px, py], i) => `${i ? 'L' : 'M'}${n(X(px))},${n(Y(py))}`).join('')).join('');
  }

  // ---- period totals: brackets in their band (timeline: bars), labels never across a frame ----
  const spanSize = s * 0.78;
  const bandTop = bottom + 6 * k + axis * 1.75;
  scene.spans.forEach((sp, i) => {
    const c = color(sp.color);
    // A bracket too narrow even for its letter is drawn just wide enough to hold it, centred on its
    // period (the key under the chart gives the exact period).
    const keyed = !scene.timeline && spanLabelMode(sp, plot.width) === 'key';
    const least = keyed ? textWidth(sp.key, spanSize, 600) + spanSize * 0.9 : 2;
    const mid = (X(sp.x0) + X(sp.x1)) / 2;
    const w = Math.max(X(sp.x1) - X(sp.x0), least);
    const x0 = mid - w / 2;
    const x1 = mid + w / 2;
    const dash = sp.status === 'target' ? ` stroke-dasharray="${n(2 * k)} ${n(2 * k)}"` : sp.tier === 'secondary' ? ` stroke-dasharray="${n(4 * k)} ${n(2 * k)}"` : '';
    const sw = n(Math.max(1.5, 1.5 * k));
    const at = `data-obs="${esc(sp.obsId)}" data-tier="${sp.tier}"`;
    if (scene.timeline) {
      const rowH = Math.max(spanSize * 3.6, Math.min(spanSize * 6, (plot.height - spanSize) / Math.max(1, scene.spans.length)));
      const top = plot.top + spanSize * 0.6 + i * rowH;
      out.push(`<rect ${at} x="${n(x0)}" y="${n(top)}" width="${n(x1 - x0)}" height="${n(spanSize * 1.25)}" rx="${n(3 * k)}" fill="${c}" fill-opacity="0.35" stroke="${c}" stroke-width="${sw}"${dash}/>`);
      const right = sp.x0 + (sp.x1 - sp.x0) / 2 > 0.6;
      text(right ? x1 : x0, top + spanSize * 2.45, sp.full, spanSize, `text-anchor="${right ? 'end' : 'start'}" fill="${pal.text}" data-label-beside="${esc(sp.obsId)}"`);
      return;
    }
    const top = bandTop + sp.row * frame.spanRowH;
    const h = frame.spanRowH - spanSize * 0.4;
    // A period running on beyond the view is open on that side.
    const d = `${sp.cutStart ? `M${n(x0)},${n(top + h)}` : `M${n(x0)},${n(top)}V${n(top + h)}`}H${n(x1)}${sp.cutEnd ? '' : `V${n(top)}`}`;
    out.push(`<path ${at} d="${d}" fill="${c}" fill-opacity="0.1" stroke="${c}" stroke-width="${sw}"${dash}/>`);
    const mode = spanLabelMode(sp, plot.width);
    const label = mode === 'full' ? sp.full : mode === 'short' ? sp.short : sp.key;
    text((x0 + x1) / 2, top + h * 0.5 + spanSize * 0.36, label, spanSize, `text-anchor="middle" fill="${pal.text}" data-label-for="${esc(sp.obsId)}"${mode === 'key' ? ' font-weight="600"' : ''}`);
  });
  let ky = bandTop + scene.spanRows * frame.spanRowH + s * 0.8;
  for (const kl of opts.bare ? [] : frame.keyLines) {
    text(pad, ky, kl.key, s * 0.8, `font-weight="600" fill="${color(kl.color)}"`);
    text(pad + s * 1.4, ky, kl.text, s * 0.8, `fill="${pal.text}"`);
    ky += s * 0.8 * 1.4;
  }

  // ---- what the numbered flags mark ----
  if (frame.notes.length) {
    const ns = frame.noteSize;
    const top = (frame.keyLines.length ? ky - s * 0.4 : scene.timeline ? bottom + axis * 2.4 : bandTop + scene.spanRows * frame.spanRowH) + ns;
    for (const note of frame.notes) {
      const nx = pad + note.col * (frame.noteColW + ns * 2);
      const ny = top + note.top + ns;
      const fw = Math.max(ns * 1.6, textWidth(String(note.n), ns * 0.9, 600) + ns * 0.7);
      out.push(`<rect x="${n(nx)}" y="${n(ny - ns * 1.02)}" width="${n(fw)}" height="${n(ns * 1.4)}" rx="${n(ns * 0.7)}" fill="${pal.grid}" stroke="${pal.muted}"/>`);
      text(nx + fw / 2, ny - ns * 0.02, String(note.n), ns * 0.9, `text-anchor="middle" font-weight="600" fill="${pal.text}"`);
      note.lines.forEach((l, i) => text(nx + ns * 2.2, ny + i * ns * 1.3, l, ns, `fill="${pal.text}" data-milestone-note="${note.n}"`));
    }
  }

  // ---- marks: the glyph tells the status and the tier (as Points.html.svelte) ----
  const r = slide ? lineWidth * 1.25 : 4.5;
  const sw = slide ? lineWidth * 0.55 : 2;
  const halo = slide ? lineWidth * 0.45 : 1.5;
  for (const mk of [...scene.marks].sort((a, b) => Number(a.onLine) - Number(b.onLine))) {
    if (mk.glyph === 'same') continue;
    out.push(markSvg(mk, X(mk.x), Y(mk.y)));
  }
  function markSvg(mk: SceneMark, cx: number, cy: number): string {
    const c = color(mk.color);
    const at = `data-obs="${esc(mk.obsId)}" data-tier="${mk.tier}"`;
    if (mk.glyph === 'alt')
      return `<rect ${at} x="${n(cx - r)}" y="${n(cy - r)}" width="${n(2 * r)}" height="${n(2 * r)}" fill="${pal.bg}" stroke="${pal.conflict}" stroke-width="${n(sw)}" transform="rotate(45 ${n(cx)} ${n(cy)})"/>`;
    const parts: string[] = [];
    if (mk.disputed) parts.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r + halo + sw)}" fill="${pal.conflict}"/>`);
    parts.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r + halo)}" fill="${pal.bg}"/>`);
    const filled = mk.glyph === 'firm';
    const fill = filled ? c : pal.bg;
    parts.push(
      mk.tier === 'secondary'
        ? `<rect ${at} x="${n(cx - r + sw / 2)}" y="${n(cy - r + sw / 2)}" width="${n(2 * r - sw)}" height="${n(2 * r - sw)}" rx="1" fill="${fill}" stroke="${c}" stroke-width="${n(sw)}"/>`
        : `<circle ${at} cx="${n(cx)}" cy="${n(cy)}" r="${n(r - sw / 2)}" fill="${fill}" stroke="${c}" stroke-width="${n(sw)}"/>`
    );
    if (mk.glyph === 'lower' || mk.glyph === 'upper') parts.push(caret(cx, cy, r, mk.glyph === 'lower', c));
    return parts.join('');
  }
  // ---- line-end labels ----
  scene.endLabels.forEach((e, i) => {
    const lines = frame.endLines[i] ?? [e.text];
    const y0 = Y(e.labelY) + axis * 0.35 - ((lines.length - 1) * axis * 1.1) / 2;
    lines.forEach((l, k) => text(X(1) + axis * 0.5, y0 + k * axis * 1.1, l, axis, `font-weight="600" fill="${color(e.color)}" data-series="${esc(e.seriesKey)}"`));
  });

  // ---- source line ----
  if (frame.sourceLines.length) {
    const footerTop = H - pad - frame.sourceLines.length * frame.sourceSize * 1.35;
    out.push(`<line x1="${n(pad)}" y1="${n(footerTop - frame.sourceSize * 0.2)}" x2="${n(W - pad)}" y2="${n(footerTop - frame.sourceSize * 0.2)}" stroke="${pal.grid}" stroke-width="1"/>`);
    frame.sourceLines.forEach((l, i) => text(pad, footerTop + frame.sourceSize * (1.1 + i * 1.35), l, frame.sourceSize, `fill="${pal.muted}"`));
  }

  const defs = opts.fontCss ? `<defs><style>${opts.fontCss.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</style></defs>` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(W)}" height="${n(H)}" viewBox="0 0 ${n(W)} ${n(H)}" lang="${lang}" font-family="${esc(FONT_FAMILY)}" data-chart="${esc(scene.id)}">`,
    `<title>${esc(scene.title)}</title>`,
    defs,
    // A bare chart lets its slide's background through.
    opts.bare ? '' : `<rect width="100%" height="100%" fill="${pal.bg}"/>`,
    ...out,
    '</svg>'
  ].join('\n');
}

/** A caret above (lower bound: "more than") or below (upper bound) a mark. */
function caret(cx: number, cy: number, rr: number, up: boolean, c: string): string {
  const h = rr * 1.4;
  const half = rr * 1.1;
  const tip = up ? cy - rr - h * 0.9 : cy + rr + h * 0.9;
  const base = up ? cy - rr + h * 0.1 : cy + rr - h * 0.1;
  return `<path d="M${n(cx - half)},${n(base)}L${n(cx)},${n(tip)}L${n(cx + half)},${n(base)}Z" fill="${c}"/>`;
}

/** One legend glyph, drawn as the marks it explains. */
function legendGlyph(glyph: LegendGlyph, x: number, cy: number, w: number, size: number, pal: Palette): string {
  const c = pal.muted;
  const rr = size * 0.33;
  const cx = x + w / 2;
  const gw = n(Math.max(1.5, size * 0.14));
  switch (glyph) {
    case 'firm':
      return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rr)}" fill="${c}" stroke="${c}" stroke-width="${gw}"/>`;
    case 'soft':
      return `<line x1="${n(x)}" y1="${n(cy)}" x2="${n(x + w)}" y2="${n(cy)}" stroke="${c}" stroke-width="${gw}" stroke-dasharray="${n(size * 0.35)} ${n(size * 0.25)}"/><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rr)}" fill="${pal.bg}" stroke="${c}" stroke-width="${gw}"/>`;
    case 'lower':
    case 'upper':
      return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rr)}" fill="${pal.bg}" stroke="${c}" stroke-width="${gw}"/>${caret(cx, cy, rr, glyph === 'lower', c)}`;
    case 'secondary':
      return `<rect x="${n(cx - rr)}" y="${n(cy - rr)}" width="${n(2 * rr)}" height="${n(2 * rr)}" rx="1" fill="${c}"/>`;
    case 'weak':
      return `<line x1="${n(x)}" y1="${n(cy)}" x2="${n(x + w)}" y2="${n(cy)}" stroke="${c}" stroke-width="${gw}" stroke-linecap="round" stroke-dasharray="0.1 ${n(size * 0.3)}"/>`;
    case 'alt':
      return `<rect x="${n(cx - rr)}" y="${n(cy - rr)}" width="${n(2 * rr)}" height="${n(2 * rr)}" fill="${pal.bg}" stroke="${pal.conflict}" stroke-width="${gw}" transform="rotate(45 ${n(cx)} ${n(cy)})"/>`;
    case 'disputed':
      return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rr + size * 0.2)}" fill="${pal.conflict}"/><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rr + size * 0.08)}" fill="${pal.bg}"/><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rr * 0.8)}" fill="${c}"/>`;
    case 'bar':
      return `<rect x="${n(cx - size * 0.45)}" y="${n(cy - size * 0.4)}" width="${n(size * 0.9)}" height="${n(size * 0.8)}" fill="${c}" fill-opacity="0.6" stroke="${c}"/>`;
    case 'span':
    case 'target':
      return `<path d="M${n(x + 2)},${n(cy - rr)}V${n(cy + rr)}H${n(x + w - 2)}V${n(cy - rr)}" fill="none" stroke="${c}" stroke-width="${gw}"${glyph === 'target' ? ` stroke-dasharray="${n(size * 0.15)} ${n(size * 0.15)}"` : ''}/>`;
    case 'gap':
      return `<path d="M${n(x)},${n(cy)}h${n(w * 0.35)}M${n(x + w * 0.65)},${n(cy)}h${n(w * 0.35)}" stroke="${c}" stroke-width="${gw}"/>`;
  }
}

/** The legend glyph alone as a small SVG file (PowerPoint places it beside its label, which stays text). */
export function legendGlyphSvg(glyph: LegendGlyph, theme: ExportTheme, size: number): string {
  const w = size * 1.9;
  const h = size * 1.2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(w)}" height="${n(h)}" viewBox="0 0 ${n(w)} ${n(h)}">${legendGlyph(glyph, 0, h / 2, w, size, palettes[theme])}</svg>`;
}
