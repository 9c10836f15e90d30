/**
 * Chart downloads in the browser: PNG at twice the on-screen size, SVG with its fonts inside, and a
 * 1920×1080 slide. Loaded with import() on the first click (and by the `npm run export` CLI through
 * the page's hook), so pages do not carry it. The recipe is the one in the team's toolchain notes:
 * fonts as data-URL @font-face rules, decode, a short wait, then draw on a canvas.
 */
import { saveBlob } from '$lib/download';
import type { Lang } from '$lib/i18n';
import { chartDisplay, type ChartId } from './catalog';
import { composeChartSvg, exportThemes, type ExportTheme } from './export-svg';
import type { ChartModel } from './types';
import type { ViewState } from './view-state';

export type DownloadKind = 'png' | 'svg' | 'slide';

export interface ExportContext {
  chart: ChartId;
  model: ChartModel;
  view: ViewState;
  lang: Lang;
  /** The standalone title (subject, place, years). */
  title: string;
  /** The on-screen chart box: exports take its width. */
  chartBox?: HTMLElement | null;
}

/** Room for the title, legend and source line that the exported image adds around the chart. */
export const EXPORT_FRAME_HEIGHT = 190;
export const SLIDE_SIZE = { width: 1920, height: 1080 };
const FAMILIES = ['Be Vietnam Pro', 'Noto Sans Lao'];
/** The weights the exported SVG uses (text and bold title). */
const WEIGHTS = ['400', '600'];

/** The theme the reader sees: an explicit choice, else the system's light or dark. */
export function currentTheme(): ExportTheme {
  const chosen = document.documentElement.dataset.theme;
  if (exportThemes.includes(chosen as ExportTheme)) return chosen as ExportTheme;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** CSS size of an export of the chart as shown: the chart's width, its height plus the frame. */
export function screenExportSize(chartBox: HTMLElement | null | undefined): { width: number; height: number } {
  const rect = chartBox?.getBoundingClientRect();
  const width = Math.round(rect?.width || 800);
  const height = Math.round(rect?.height || 400) + EXPORT_FRAME_HEIGHT;
  return { width, height };
}

function parseRanges(range: string): [number, number][] {
  if (!range.trim()) return [[0, 0x10ffff]];
  return range.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    if (a.includes('?')) return [parseInt(a.replace(/\?/g, '0'), 16), parseInt(a.replace(/\?/g, 'F'), 16)];
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}

const dataUrls = new Map<string, Promise<string>>();
function toDataUrl(url: string): Promise<string> {
  let p = dataUrls.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`font ${url}: HTTP ${r.status}`);
        return r.blob();
      })
      .then(
        (blob) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.onerror = () => reject(reader.error);
            reader.readAsDataURL(blob);
          })
      );
    dataUrls.set(url, p);
  }
  return p;
}

/**
 * `@font-face` rules with data URLs for the subsets the text needs: of the page's own faces, only
 * those whose unicode-range covers a character in the text (Latin + Vietnamese for a Vietnamese
 * chart), in the weights the SVG uses.
 */
export async function embeddedFontCss(text: string): Promise<string> {
  const codes = new Set([...text].map((c) => c.codePointAt(0) ?? 0));
  const jobs: Promise<string>[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
      if (!FAMILIES.includes(family)) continue;
      const weight = rule.style.getPropertyValue('font-weight').trim() || '400';
      if (!WEIGHTS.includes(weight)) continue;
      const range = rule.style.getPropertyValue('unicode-range');
      const ranges = parseRanges(range);
      if (![...codes].some((c) => ranges.some(([a, b]) => c >= a && c <= b))) continue;
      const src = rule.style.getPropertyValue('src');
      const match = /url\(\s*["']?([^"')]+\.woff2[^"')]*)["']?\s*\)/.exec(src);
      if (!match) continue;
      const url = new URL(match[1], sheet.href ?? location.href).href;
      jobs.push(
        toDataUrl(url).then(
          (data) =>
            `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};font-display:block;${range ? `unicode-range:${range};` : ''}src:url(${data}) format('woff2')}`
        )
      );
    }
  }
  return (await Promise.all(jobs)).join('\n');
}

/** The text an export will draw, for choosing font subsets: compose once without fonts. */
function textOf(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ') + ' 0123456789';
}

export interface ExportFile {
  blob: Blob;
  filename: string;
  width: number;
  height: number;
}

export async function svgMarkup(
  ctx: ExportContext,
  o: { theme: ExportTheme; width: number; height: number; slide?: boolean; fonts?: boolean }
): Promise<string> {
  const opts = { lang: ctx.lang, theme: o.theme, width: o.width, height: o.height, slide: o.slide, title: ctx.title, ...chartDisplay(ctx.chart) };
  const plain = composeChartSvg(ctx.model, ctx.view, opts);
  if (o.fonts === false) return plain;
  const fontCss = await embeddedFontCss(textOf(plain));
  return composeChartSvg(ctx.model, ctx.view, { ...opts, fontCss });
}

/** Draws an SVG on a canvas at `ratio` times its size. */
export async function svgToPng(svg: string, width: number, height: number, ratio: number): Promise<Blob> {
  // Rasterise at the target size (not a stretched bitmap of the 1× drawing).
  const sized = svg.replace(/^<svg([^>]*?) width="[^"]*" height="[^"]*"/, `<svg$1 width="${width * ratio}" height="${height * ratio}"`);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
  await img.decode();
  // Right after decode() some embedded faces (the bold title) are not ready yet: wait a little.
  await new Promise((r) => setTimeout(r, 300));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d canvas');
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}

/** The file for one download kind, as the reader sees the chart now. */
export async function makeExport(kind: DownloadKind, ctx: ExportContext): Promise<ExportFile> {
  const theme = currentTheme();
  const base = `${ctx.model.id}-${ctx.lang}-${ctx.view.from}-${ctx.view.to}`;
  if (kind === 'slide') {
    const { width, height } = SLIDE_SIZE;
    const svg = await svgMarkup(ctx, { theme: theme === 'dark' ? 'dark' : 'slide', width, height, slide: true });
    return { blob: await svgToPng(svg, width, height, 1), filename: `${base}-slide.png`, width, height };
  }
  const { width, height } = screenExportSize(ctx.chartBox);
  const svg = await svgMarkup(ctx, { theme, width, height });
  if (kind === 'svg') return { blob: new Blob([svg], { type: 'image/svg+xml' }), filename: `${base}.svg`, width, height };
  return { blob: await svgToPng(svg, width, height, 2), filename: `${base}.png`, width: width * 2, height: height * 2 };
}

export function saveFile(file: ExportFile) {
  saveBlob(file.blob, file.filename);
}

export interface HookOptions {
  format: 'png' | 'svg';
  theme: ExportTheme;
  width: number;
  height: number;
  /** Pixel ratio of a PNG (1 for an exact 1920×1080). */
  ratio?: number;
}

/** What the CLI asks through `window.__chartExport[id]`: an SVG string, or a PNG as a data URL. */
export async function exportForHook(ctx: ExportContext, o: HookOptions): Promise<string> {
  const slide = o.theme === 'slide' || o.width >= 1600;
  const svg = await svgMarkup(ctx, { theme: o.theme, width: o.width, height: o.height, slide });
  if (o.format === 'svg') return svg;
  const blob = await svgToPng(svg, o.width, o.height, o.ratio ?? 1);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
