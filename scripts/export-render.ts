/**
 * Chart files in Node, without a browser: the same scene and SVG code as the page's Download menu
 * (src/lib/charts/export-svg.ts, deck.ts), the PNGs drawn from that SVG by resvg in the full chart
 * fonts. Used by `npm run export` and the share images (build-share.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { chartDisplay, type ChartId } from '../src/lib/charts/catalog';
import { chartModel } from '../src/lib/charts/model';
import { slideSpec, writeDeck, type Quotes, type SlideSpec } from '../src/lib/charts/deck';
import { composeChartSvg, type ExportTheme } from '../src/lib/charts/export-svg';
import { svgText } from '../src/lib/charts/font-css';
import { chartPagePath, chartStandaloneTitle, commonViews } from '../src/lib/charts/titles';
import type { ChartModel } from '../src/lib/charts/types';
import { seriesKey, viewStateToQuery, type ViewState } from '../src/lib/charts/view-state';
import type { Dataset } from '../src/lib/data/types';
import { localizedPath, type Lang } from '../src/lib/i18n';
import { ArgsError, type ViewArgs } from './export-args';
import { embeddedFontCss, FONT_FILES } from './fonts';

const DATASET = 'src/lib/data/generated/dataset.json';

/** The dataset the data build wrote (`npm run data`). */
export function loadDataset(): Dataset {
  const path = join(process.cwd(), DATASET);
  if (!existsSync(path)) throw new ArgsError(`no ${DATASET}; run \`npm run data\` first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Dataset;
}

export function quotesOf(data: Dataset): Quotes {
  return Object.fromEntries(data.observations.map((o) => [o.obs_id, { quote: o.quote, locator: o.locator }]));
}

/** resvg with the whole chart fonts and nothing from the system, so every machine draws the same. */
export const resvgFonts: ResvgRenderOptions['font'] = {
  fontFiles: Object.values(FONT_FILES).map((f) => join(process.cwd(), f)),
  loadSystemFonts: false,
  defaultFontFamily: 'Be Vietnam Pro'
};

/**
 * The SVG as resvg should get it. resvg's shaping sets Lao's sara am (ຳ, U+0EB3) over the next letter
 * ("ສຳລັບ" drew its ring on the ລ); written as its two parts (U+0ECD U+0EB2, its compatibility
 * decomposition) it sits where it belongs. Only the picture changes: the SVG file keeps the text.
 */
export const forResvg = (svg: string) => svg.replaceAll('\u0EB3', '\u0ECD\u0EB2');

/** A PNG of an SVG, at `width` px wide (default: its own width). */
export function rasterise(svg: string, width?: number): Buffer {
  return new Resvg(forResvg(svg), { font: resvgFonts, fitTo: width ? { mode: 'width', value: width } : { mode: 'original' }, logLevel: 'error' }).render().asPng();
}

/** The same SVG with its text as outlines: PowerPoint then draws it exactly, with or without the fonts. */
export function outline(svg: string): string {
  return new Resvg(forResvg(svg), { font: resvgFonts, logLevel: 'error' }).toString();
}

/**
 * The view of a chart the arguments ask for, checked against its data: as the page shows it first,
 * with the years, series, milestones and secondary sources given.
 */
export function resolveView(chart: ChartId, model: ChartModel, args: ViewArgs): ViewState {
  const keys = model.series.map((s) => seriesKey(s.id));
  const [first, last] = model.years;
  let view: ViewState = { from: first, to: last, series: keys, notes: true, secondary: true };
  if (args.viewPage) {
    const page = commonViews(chart, model).find((v) => v.path === args.viewPage);
    if (!page) throw new ArgsError(`${chart} has no view page "${args.viewPage}"; its views are: ${commonViews(chart, model).map((v) => v.path).join(', ')}`);
    view = { ...page.view };
  }
  const from = args.from ?? view.from;
  const to = args.to ?? view.to;
  if (from > last || to < first) throw new ArgsError(`${chart} has data for ${first}–${last}; the years ${from}–${to} show nothing`);
  view.from = Math.max(first, from);
  view.to = Math.min(last, to);
  if (args.series) {
    const shown = keys.filter((k) => args.series!.includes(k));
    if (!shown.length) throw new ArgsError(`${chart} has none of the series ${args.series.join(', ')}; its series are: ${keys.join(', ')}`);
    view.series = shown;
  }
  if (args.notes !== undefined) view.notes = args.notes;
  if (args.secondary !== undefined) view.secondary = args.secondary;
  return view;
}

export interface ChartJob {
  chart: ChartId;
  lang: Lang;
  theme: ExportTheme;
  model: ChartModel;
  view: ViewState;
  title: string;
}

export function chartJob(data: Dataset, chart: ChartId, lang: Lang, theme: ExportTheme, args: ViewArgs): ChartJob {
  const model = chartModel(chart, data);
  if (!model) throw new ArgsError(`the data has no values for ${chart}`);
  const view = resolveView(chart, model, args);
  return { chart, lang, theme, model, view, title: chartStandaloneTitle(chart, view.from, view.to, lang) };
}

/** The SVG of a chart at a canvas size; with `fonts`, the site's font subsets travel inside it. */
export function chartSvg(job: ChartJob, width: number, height: number, fonts: boolean): string {
  const opts = { lang: job.lang, theme: job.theme, width, height, title: job.title, slide: job.theme === 'slide' || width >= 1600, ...chartDisplay(job.chart) };
  const plain = composeChartSvg(job.model, job.view, opts);
  return fonts ? composeChartSvg(job.model, job.view, { ...opts, fontCss: embeddedFontCss(svgText(plain)) }) : plain;
}

/** The address of a chart's view on the site (root-relative when no origin is known). */
export function chartUrl(job: ChartJob, origin: string): string {
  const keys = job.model.series.map((s) => seriesKey(s.id));
  return `${origin}${localizedPath(job.lang, chartPagePath(job.chart))}${viewStateToQuery(job.view, job.model.years, keys)}`;
}

export function slideOf(job: ChartJob, quotes: Quotes, origin: string): SlideSpec {
  return slideSpec({
    model: job.model,
    view: job.view,
    lang: job.lang,
    // A deck is light unless asked dark: a projector washes out a dark slide.
    theme: job.theme === 'dark' ? 'dark' : 'slide',
    title: job.title,
    ...chartDisplay(job.chart),
    quotes,
    url: chartUrl(job, origin),
    sourcesUrl: `${origin}${localizedPath(job.lang, '/sources/')}`
  });
}

/** One deck, a slide per job; the chart images as outlines with resvg's PNG as their fallback. */
export function deckOf(slides: SlideSpec[], title?: string): Promise<Uint8Array> {
  return writeDeck(slides, {
    title,
    lib: async () => ({ PptxGenJS: (await import('pptxgenjs')).default, JSZip: (await import('jszip')).default }),
    vector: outline,
    rasterise: async (svg, width) => rasterise(svg, width)
  });
}
