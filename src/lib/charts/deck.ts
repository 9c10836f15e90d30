/**
 * A chart as a PowerPoint slide (16:9, 13.33 × 7.5 in), for the Download menu and `npm run export
 * -- --format pptx`. What is drawn is the scene's, as in every export: the chart is the exported SVG
 * without its frame (export-svg.ts, `bare`), and the frame becomes editable text: the standalone
 * title (the slide's title placeholder), the legend (each glyph a small image from the same
 * drawing code, its label text), the milestones and the source line. The speaker notes list every
 * value the chart shows, with period, status, source and verbatim quote, so a presenter can answer
 * "where is that from?" without leaving the deck.
 *
 * Images go in as SVG with a PNG fallback (PowerPoint 2016+ draws the SVG; LibreOffice and older
 * versions the PNG). pptxgenjs makes the fallback itself only in a browser, by drawing the SVG at
 * its own size before fonts are ready, and in Node writes a "broken image" placeholder; so the deck
 * is written first and every fallback then replaced by a PNG of its SVG from the caller's rasteriser
 * (canvas in the browser, resvg in Node).
 *
 * The libraries come from the caller (`DeckOptions.lib`): Node imports pptxgenjs and JSZip; the
 * browser loads pptxgenjs's own bundle (JSZip inside) as a script when a reader first asks for a
 * deck. So neither is in any page's module graph: as CommonJS, JSZip would have put the bundler's
 * CommonJS helpers into the script every page loads.
 */
import { formatObservedValue, formatPeriod, statusName } from '$lib/format';
import { intlLocale, type Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { layoutChart, legendGlyphSvg, palettes, resolveColor, sceneToSvg, type ExportTheme } from './export-svg';
import { sourceName, type ChartScene, type LegendGlyph } from './scene';
import { textWidth } from './text';
import type { ChartModel } from './types';
import type { ViewState } from './view-state';

/** Slide size in inches (PowerPoint's widescreen) and the pixels per inch the chart is drawn at. */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
const PX_PER_IN = 144;
const MARGIN = 0.5;
/** Text on the slide: a face every PowerPoint and LibreOffice has, with every Vietnamese letter. */
const FACE = 'Arial';
/** The chart's base type size in px at 144 px/in (13 pt): the slide PNG's size, readable across a room. */
const CHART_FONT_PX = 26;
const TITLE_PT = 28;
const TITLE_BOX = { x: MARGIN, y: 0.3, w: SLIDE_W - 2 * MARGIN, h: 0.75 };
const LEGEND_PT = 12;
const NOTE_PT = 11;
const SOURCE_PT = 10;

/** A quote and where it is, by observation id (the site's dataset.json holds them). */
export type Quotes = Record<string, { quote: string; locator: string } | undefined>;

export interface SlideInput {
  model: ChartModel;
  view: ViewState;
  lang: Lang;
  theme: ExportTheme;
  /** The standalone title (subject, place, years). */
  title: string;
  area?: boolean;
  bars?: string[];
  quotes: Quotes;
  /** The chart's address on the site with its view, written into the notes. */
  url: string;
  /** The site's Sources page in that language; each value in the notes links to its entry. */
  sourcesUrl: string;
  /** `@font-face` rules for the chart's SVG (the browser's canvas fallback needs them). */
  fontCss?: string;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SlideSpec {
  lang: Lang;
  theme: ExportTheme;
  title: string;
  /** The chart without its frame, with its place on the slide (in) and its size in px. */
  chart: { svg: string; box: Box; width: number; height: number; alt: string };
  legend: { glyph: LegendGlyph; label: string; svg: string; glyphBox: Box; labelBox: Box }[];
  /** Beside the chart: what the bracket letters and the numbered flags stand for. */
  side: { box: Box; pt: number; paragraphs: { mark: string; color: string; text: string; gapBefore: boolean }[] } | null;
  sourceLine: string;
  sourceBox: Box;
  notes: string;
  /** Every value the slide shows (marks, bars, spans), as the page's data-obs. */
  obsIds: string[];
}

const inches = (px: number) => px / PX_PER_IN;
/** Width in inches of text set in pt (Be Vietnam Pro's widths: Arial is narrower, so it always fits). */
const textIn = (text: string, pt: number, weight: 400 | 600 = 400) => textWidth(text, pt, weight) / 72;
/** Lines a paragraph takes in a box of width `w` in. */
const linesIn = (text: string, pt: number, w: number) => Math.max(1, Math.ceil(textIn(text, pt) / w + 0.1));

/** Every value the scene draws, in drawing order: what the page marks with data-obs. */
export function shownObsIds(scene: ChartScene): string[] {
  return [...new Set([...scene.marks.filter((mk) => mk.glyph !== 'same').map((mk) => mk.obsId), ...scene.bars.map((b) => b.obsId), ...scene.spans.map((sp) => sp.obsId)])];
}

const SIDE_W = 3.6;
const GAP = 0.25;

/** Where each part of a slide goes, and the chart drawn for its box. Pure. */
export function slideSpec(input: SlideInput): SlideSpec {
  const { model, view, lang, theme } = input;
  const pal = palettes[theme];
  const contentW = SLIDE_W - 2 * MARGIN;
  const chartOpts = (width: number, height: number) => ({
    lang, theme, width, height, title: input.title, area: input.area, bars: input.bars, bare: true, fontSize: CHART_FONT_PX, fontCss: input.fontCss
  });

  // The chart's own small padding sits just outside the margin.
  const pad = inches(CHART_FONT_PX * 0.5);
  const narrowW = Math.round((contentW - SIDE_W - GAP + pad) * PX_PER_IN);
  const first = layoutChart(model, view, chartOpts(narrowW, 700));

  // Title (the master's placeholder), then the legend in rows under it.
  const glyphW = (LEGEND_PT / 72) * 1.9;
  const glyphH = (LEGEND_PT / 72) * 1.2;
  const rowH = 0.3;
  let lx = 0;
  let ly = TITLE_BOX.y + TITLE_BOX.h + 0.05;
  const legend: SlideSpec['legend'] = [];
  for (const it of first.scene.legend) {
    const labelW = textIn(it.label, LEGEND_PT) + 0.12;
    const w = glyphW + 0.08 + labelW;
    if (lx > 0 && lx + w > contentW) {
      lx = 0;
      ly += rowH;
    }
    legend.push({
      glyph: it.glyph,
      label: it.label,
      svg: legendGlyphSvg(it.glyph, theme, LEGEND_PT * 2),
      glyphBox: { x: MARGIN + lx, y: ly + (rowH - glyphH) / 2, w: glyphW, h: glyphH },
      labelBox: { x: MARGIN + lx + glyphW + 0.08, y: ly, w: labelW, h: rowH }
    });
    lx += w + 0.25;
  }
  const bodyTop = legend.length ? ly + rowH + 0.12 : ly + 0.05;

  // The source line at the bottom.
  const sourceH = Math.min(3, linesIn(first.scene.sourceLine, SOURCE_PT, contentW)) * (SOURCE_PT / 72) * 1.2 + 0.05;
  const sourceBox = { x: MARGIN, y: SLIDE_H - 0.3 - sourceH, w: contentW, h: sourceH };
  const bodyH = sourceBox.y - 0.15 - bodyTop;

  // Beside the chart, when it needs one: the key of bracket letters, then the milestones.
  const hasSide = first.frame.keyLines.length > 0 || first.scene.annotations.length > 0;
  const width = hasSide ? narrowW : Math.round((contentW + pad) * PX_PER_IN);
  const height = Math.round((bodyH + pad) * PX_PER_IN);
  const opts = chartOpts(width, height);
  const { scene, frame } = layoutChart(model, view, opts);
  const paragraphs: NonNullable<SlideSpec['side']>['paragraphs'] = [
    ...frame.keyLines.map((k) => ({ mark: k.key, color: resolveColor(k.color, theme), text: k.text, gapBefore: false })),
    ...scene.annotations.map((a, i) => ({ mark: String(a.n), color: pal.text, text: `${a.date}: ${a.title}`, gapBefore: i === 0 && frame.keyLines.length > 0 }))
  ];
  let side: SlideSpec['side'] = null;
  if (hasSide) {
    // The largest size (11 pt down to 9) at which the list fits the height.
    const textW = SIDE_W - 0.3;
    const height = (pt: number) => paragraphs.reduce((h, p) => h + linesIn(p.text, pt, textW) * (pt / 72) * 1.2 + (p.gapBefore ? 0.15 : 0.04), 0);
    const pt = [NOTE_PT, 10.5, 10, 9.5, 9].find((p) => height(p) <= bodyH) ?? 9;
    side = { box: { x: SLIDE_W - MARGIN - SIDE_W, y: bodyTop, w: SIDE_W, h: bodyH }, pt, paragraphs };
  }

  const svg = sceneToSvg(scene, frame, opts);
  const box = { x: MARGIN - pad, y: bodyTop - pad / 2, w: width / PX_PER_IN, h: height / PX_PER_IN };

  return {
    lang,
    theme,
    title: input.title,
    chart: { svg, box, width, height, alt: m.export_pptx_alt({ title: input.title }, { locale: lang }) },
    legend,
    side,
    sourceLine: scene.sourceLine,
    sourceBox,
    notes: speakerNotes(scene, input),
    obsIds: shownObsIds(scene)
  };
}

/** What the presenter reads: the title and source line, then every shown value with its evidence. */
export function speakerNotes(scene: ChartScene, input: Pick<SlideInput, 'model' | 'lang' | 'quotes' | 'url' | 'sourcesUrl'>): string {
  const { model, lang, quotes } = input;
  const locale = { locale: lang };
  const ids = shownObsIds(scene);
  const bySeries = new Map<string, { period: string; line: string }[]>();
  for (const id of ids) {
    const found = findValue(model, id);
    if (!found) continue;
    const { series, v } = found;
    const q = quotes[id];
    const where = q?.locator ? (q.locator.startsWith('line ') ? m.chart_line({ n: q.locator.slice(5) }, locale) : m.chart_web({}, locale)) : '';
    const quote = q?.quote ? `“${q.quote}”${where ? ` (${where})` : ''}` : m.export_notes_quote_missing({}, locale);
    const line = [
      `${formatPeriod(v.periodStart, v.periodEnd, lang)}: ${formatObservedValue(v.value, series.unit, v.status, lang)}`,
      statusName(v.status, lang),
      `${m.chart_source({}, locale)}: ${sourceName(model, v.sourceId, lang)}`,
      quote,
      `${input.sourcesUrl}#obs-${id}`
    ].join(' — ');
    const list = bySeries.get(series.label[lang]) ?? [];
    list.push({ period: v.periodStart, line });
    bySeries.set(series.label[lang], list);
  }
  const out = [scene.title, scene.sourceLine, m.export_notes_view({ url: input.url }, locale), '', m.export_notes_values({ count: ids.length }, locale)];
  for (const [label, lines] of bySeries) {
    out.push('', `${label}:`);
    for (const l of lines.sort((a, b) => a.period.localeCompare(b.period))) out.push(`• ${l.line}`);
  }
  if (scene.annotations.length) {
    out.push('', m.export_notes_milestones({}, locale));
    for (const a of scene.annotations) out.push(`${a.n}. ${a.date}: ${a.title}`);
  }
  return out.join('\n');
}

/** A value of the model by observation id: a candidate for a point or bar, or a period total. */
function findValue(model: ChartModel, id: string) {
  for (const series of model.series) {
    const v = series.candidates.find((c) => c.id === id) ?? series.spans.find((s) => s.id === id);
    if (v) return { series, v };
  }
  return null;
}

/** Makes a PNG of an SVG at a size in px (canvas in the browser, resvg in Node). */
export type Rasterise = (svg: string, width: number, height: number) => Promise<Uint8Array>;

/** pptxgenjs and JSZip, however the caller loads them. */
export interface DeckLibraries {
  PptxGenJS: typeof import('pptxgenjs').default;
  JSZip: typeof import('jszip');
}

export interface DeckOptions {
  lib: () => Promise<DeckLibraries>;
  rasterise: Rasterise;
  /** Rewrites the chart SVG before it goes in (Node turns its text into outlines, so it draws without the fonts). */
  vector?: (svg: string) => string;
  title?: string;
  lang?: Lang;
}

const hex = (c: string) => c.replace('#', '').toUpperCase();

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
const svgData = (svg: string) => `data:image/svg+xml;base64,${utf8Base64(svg)}`;

/** The .pptx file of some slides. */
export async function writeDeck(slides: SlideSpec[], opts: DeckOptions): Promise<Uint8Array> {
  const { PptxGenJS, JSZip } = await opts.lib();
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const lang = opts.lang ?? slides[0]?.lang ?? 'vi';
  pptx.author = m.site_name({}, { locale: lang });
  pptx.company = m.site_name({}, { locale: lang });
  pptx.title = opts.title ?? slides[0]?.title ?? m.site_name({}, { locale: lang });
  /** The raster size each embedded SVG wants for its fallback, by its exact text. */
  const fallbacks = new Map<string, { width: number; height: number }>();

  for (const theme of new Set(slides.map((s) => s.theme))) {
    const pal = palettes[theme];
    pptx.defineSlideMaster({
      title: `chart-${theme}`,
      background: { color: hex(pal.bg) },
      objects: [
        {
          placeholder: {
            options: { name: 'title', type: 'title', ...TITLE_BOX, fontFace: FACE, fontSize: TITLE_PT, bold: true, color: hex(pal.text), align: 'left', valign: 'top', margin: 0 },
            text: ''
          }
        }
      ]
    });
  }

  for (const spec of slides) {
    const pal = palettes[spec.theme];
    const language = intlLocale[spec.lang];
    const slide = pptx.addSlide({ masterName: `chart-${spec.theme}` });
    slide.addText(spec.title, { placeholder: 'title', lang: language, fit: 'shrink' });

    for (const it of spec.legend) {
      fallbacks.set(it.svg, { width: Math.round(it.glyphBox.w * PX_PER_IN * 2), height: Math.round(it.glyphBox.h * PX_PER_IN * 2) });
      slide.addImage({ data: svgData(it.svg), ...it.glyphBox, altText: '' });
      slide.addText(it.label, { ...it.labelBox, fontFace: FACE, fontSize: LEGEND_PT, color: hex(pal.muted), margin: 0, valign: 'middle', lang: language, wrap: false });
    }

    const vector = opts.vector ? opts.vector(spec.chart.svg) : spec.chart.svg;
    fallbacks.set(vector, { width: spec.chart.width * 2, height: spec.chart.height * 2 });
    slide.addImage({ data: svgData(vector), ...spec.chart.box, altText: spec.chart.alt });

    if (spec.side) {
      const { box, pt, paragraphs } = spec.side;
      slide.addText(
        paragraphs.flatMap((p, i) => [
          { text: `${p.mark}  `, options: { bold: true, color: hex(p.color), paraSpaceBefore: p.gapBefore ? 8 : i ? 2 : 0 } },
          { text: p.text, options: { breakLine: i < paragraphs.length - 1 } }
        ]),
        { ...box, fontFace: FACE, fontSize: pt, color: hex(pal.text), margin: 0, valign: 'top', lang: language }
      );
    }
    slide.addText(spec.sourceLine, { ...spec.sourceBox, fontFace: FACE, fontSize: SOURCE_PT, color: hex(pal.muted), margin: 0, valign: 'bottom', lang: language });
    slide.addNotes(spec.notes);
  }

  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return replaceFallbacks(JSZip, bytes, fallbacks, opts.rasterise);
}

/** Puts a PNG of each embedded SVG in place of the fallback pptxgenjs wrote for it. */
async function replaceFallbacks(JSZip: DeckLibraries['JSZip'], bytes: Uint8Array, sizes: Map<string, { width: number; height: number }>, rasterise: Rasterise): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const made = new Map<string, Uint8Array>();
  const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  for (const file of slideFiles) {
    const xml = await zip.file(file)!.async('string');
    const relsPath = file.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels');
    const rels = await zip.file(relsPath)!.async('string');
    const target = (rid: string) => {
      const t = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
      return t ? `ppt/${t.replace(/^\.\.\//, '')}` : null;
    };
    for (const [, pngRid, svgRid] of xml.matchAll(/<a:blip r:embed="(rId\d+)"[^>]*>.*?<asvg:svgBlip[^>]*r:embed="(rId\d+)"/gs)) {
      const pngPath = target(pngRid);
      const svgPath = target(svgRid);
      if (!pngPath || !svgPath) continue;
      const svg = await zip.file(svgPath)!.async('string');
      const size = sizes.get(svg);
      if (!size) continue;
      let png = made.get(svg);
      if (!png) {
        png = await rasterise(svg, size.width, size.height);
        made.set(svg, png);
      }
      zip.file(pngPath, png);
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
