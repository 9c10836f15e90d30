/**
 * Chart downloads in the browser: PNG at twice the on-screen size, SVG with its fonts inside, a
 * 1920×1080 slide and a PowerPoint deck (deck.ts). Loaded with import() on the first click, so pages
 * do not carry it; pptxgenjs and the quotes for the speaker notes load only when a deck is asked for.
 * The PNG recipe is the one in the team's toolchain notes: fonts as data-URL @font-face rules,
 * decode, a short wait, then draw on a canvas. `npm run export` makes the same files in Node
 * (scripts/export.ts), from the same scene and SVG code.
 */
import { saveBlob } from '$lib/download';
import { localizedPath, type Lang } from '$lib/i18n';
import { chartDisplay, type ChartId } from './catalog';
import { composeChartSvg, exportThemes, type ExportTheme } from './export-svg';
import { EXPORT_FAMILIES, EXPORT_WEIGHTS, fontFaceRule, rangeCovers, svgText } from './font-css';
import type { DeckLibraries, Quotes } from './deck';
// By path: the package's "exports" do not list its browser bundle.
import pptxBundle from '../../../node_modules/pptxgenjs/dist/pptxgen.bundle.js?url';
import { buildScene } from './scene';
import type { ChartModel } from './types';
import type { ViewState } from './view-state';

export type DownloadKind = 'png' | 'svg' | 'slide' | 'pptx';

export interface ExportContext {
  chart: ChartId;
  model: ChartModel;
  view: ViewState;
  lang: Lang;
  /** The standalone title (subject, place, years). */
  title: string;
  /** The on-screen chart box: exports take its width. */
  chartBox?: HTMLElement | null;
  /** The view's query string (`?from=2006`), for the address written into a deck's notes. */
  query?: string;
}

/** Room for the title, legend and source line that the exported image adds around the chart. */
export const EXPORT_FRAME_HEIGHT = 190;
export const SLIDE_SIZE = { width: 1920, height: 1080 };

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
      if (!EXPORT_FAMILIES.includes(family)) continue;
      const weight = rule.style.getPropertyValue('font-weight').trim() || '400';
      if (!EXPORT_WEIGHTS.includes(weight)) continue;
      const range = rule.style.getPropertyValue('unicode-range');
      if (!rangeCovers(range, text)) continue;
      const src = rule.style.getPropertyValue('src');
      const match = /url\(\s*["']?([^"')]+\.woff2[^"')]*)["']?\s*\)/.exec(src);
      if (!match) continue;
      const url = new URL(match[1], sheet.href ?? location.href).href;
      jobs.push(toDataUrl(url).then((data) => fontFaceRule(family, weight, range, data)));
    }
  }
  return (await Promise.all(jobs)).join('\n');
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
  const fontCss = await embeddedFontCss(svgText(plain));
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
  if (svg.includes('<text')) await new Promise((r) => setTimeout(r, 300));
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
  if (kind === 'pptx') return makeDeck(ctx, base, theme);
  const { width, height, ratio, svg } = await exportSource(kind, ctx, theme);
  if (kind === 'svg') return { blob: new Blob([svg], { type: 'image/svg+xml' }), filename: `${base}.svg`, width, height };
  const blob = await svgToPng(svg, width, height, ratio);
  return { blob, filename: kind === 'slide' ? `${base}-slide.png` : `${base}.png`, width: width * ratio, height: height * ratio };
}

/** The SVG a PNG, slide or SVG download is drawn from, and its size. */
async function exportSource(kind: Exclude<DownloadKind, 'pptx'>, ctx: ExportContext, theme: ExportTheme) {
  if (kind === 'slide') {
    const { width, height } = SLIDE_SIZE;
    const svg = await svgMarkup(ctx, { theme: theme === 'dark' ? 'dark' : 'slide', width, height, slide: true });
    return { width, height, ratio: 1, svg };
  }
  const { width, height } = screenExportSize(ctx.chartBox);
  return { width, height, ratio: kind === 'png' ? 2 : 1, svg: await svgMarkup(ctx, { theme, width, height }) };
}

let quotes: Promise<Quotes> | null = null;
/**
 * The verbatim quotes for a deck's notes. Pages do not carry quotes (they stay on the Sources page),
 * so the first deck fetches the site's published dataset once; nothing on the page grows.
 */
function loadQuotes(): Promise<Quotes> {
  quotes ??= fetch('/data/dataset.json')
    .then((r) => {
      if (!r.ok) throw new Error(`dataset.json: HTTP ${r.status}`);
      return r.json() as Promise<{ observations: { obs_id: string; quote: string; locator: string }[] }>;
    })
    .then((d) => Object.fromEntries(d.observations.map((o) => [o.obs_id, { quote: o.quote, locator: o.locator }])))
    .catch((e) => {
      quotes = null;
      throw e;
    });
  return quotes;
}

let libraries: Promise<DeckLibraries> | null = null;
/**
 * pptxgenjs's own browser bundle (JSZip inside), as a plain script the first time a deck is asked
 * for: it sets window.PptxGenJS and window.JSZip. Same origin, so the page's CSP allows it.
 */
function deckLibraries(): Promise<DeckLibraries> {
  libraries ??= new Promise<DeckLibraries>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = pptxBundle;
    script.onload = () => {
      const w = window as unknown as Partial<DeckLibraries>;
      if (w.PptxGenJS && w.JSZip) resolve({ PptxGenJS: w.PptxGenJS, JSZip: w.JSZip });
      else reject(new Error('pptxgenjs did not load'));
    };
    script.onerror = () => reject(new Error(`could not load ${pptxBundle}`));
    document.head.append(script);
  }).catch((e) => {
    libraries = null;
    throw e;
  });
  return libraries;
}

async function makeDeck(ctx: ExportContext, base: string, theme: ExportTheme): Promise<ExportFile> {
  const [{ slideSpec, writeDeck }, q] = await Promise.all([import('./deck'), loadQuotes()]);
  const input = {
    model: ctx.model,
    view: ctx.view,
    lang: ctx.lang,
    theme: theme === 'dark' ? ('dark' as const) : ('slide' as const),
    title: ctx.title,
    ...chartDisplay(ctx.chart),
    quotes: q,
    url: `${location.origin}${location.pathname}${ctx.query ?? ''}`,
    sourcesUrl: `${location.origin}${localizedPath(ctx.lang, '/sources/')}`
  };
  // The chart's SVG carries its fonts, so its PNG fallback (drawn on a canvas) uses them too.
  const plain = slideSpec(input);
  const spec = slideSpec({ ...input, fontCss: await embeddedFontCss(svgText(plain.chart.svg)) });
  const bytes = await writeDeck([spec], {
    lang: ctx.lang,
    lib: deckLibraries,
    rasterise: async (svg, width, height) => new Uint8Array(await (await svgToPng(svg, width, height, 1)).arrayBuffer())
  });
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
  return { blob, filename: `${base}.pptx`, width: 1920, height: 1080 };
}

/** The publishers of the values the view shows (most values first) and how many more, for a citation. */
export function citedPublishers(ctx: ExportContext): { publishers: string[]; more: number } {
  const scene = buildScene(ctx.model, ctx.view, { lang: ctx.lang, title: ctx.title, ...chartDisplay(ctx.chart) });
  return { publishers: scene.publishers, more: scene.morePublishers };
}

export function saveFile(file: ExportFile) {
  saveBlob(file.blob, file.filename);
}

/**
 * What tests (and anyone scripting the page) ask through `window.__chartExport[id]`: the SVG a
 * download of that kind is drawn from, or for a deck the slide's chart SVG and the ids its notes list.
 */
export async function exportSourceForHook(ctx: ExportContext, kind: DownloadKind): Promise<{ svg: string; obsIds?: string[] }> {
  const theme = currentTheme();
  if (kind !== 'pptx') return { svg: (await exportSource(kind, ctx, theme)).svg };
  const { slideSpec } = await import('./deck');
  const spec = slideSpec({ model: ctx.model, view: ctx.view, lang: ctx.lang, theme: 'slide', title: ctx.title, ...chartDisplay(ctx.chart), quotes: {}, url: '', sourcesUrl: '' });
  return { svg: spec.chart.svg, obsIds: spec.obsIds };
}
