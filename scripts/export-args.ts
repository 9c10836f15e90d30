/**
 * Arguments of `npm run export` (scripts/export.ts), parsed without side effects so they can be
 * tested: every mistake becomes one clear sentence, never a stack trace or a silent default.
 * What needs the data (a chart's years) is checked later, by resolveView in export-render.ts.
 */
import { chartCatalog, chartIds, type ChartId } from '../src/lib/charts/catalog';
import { isLang, langs as siteLangs } from '../src/lib/i18n';
import { seriesKey } from '../src/lib/charts/view-state';

export const exportLangs = siteLangs;
export const exportThemeNames = ['light', 'dark', 'slide'] as const;
export const exportFormats = ['png', 'svg', 'pptx'] as const;

export type ExportLang = (typeof exportLangs)[number];
export type ExportThemeName = (typeof exportThemeNames)[number];
export type ExportFormatName = (typeof exportFormats)[number];

/** The view asked for; what is not given is the page's full view (every year and series, milestones, secondary sources). */
export interface ViewArgs {
  from?: number;
  to?: number;
  series?: string[];
  secondary?: boolean;
  notes?: boolean;
  /** A prerendered view page the address named (`/vi/views/trade/only-exports/`). */
  viewPage?: string;
}

export interface ExportArgs {
  charts: ChartId[];
  langs: ExportLang[];
  theme: ExportThemeName;
  formats: ExportFormatName[];
  width: number;
  height: number;
  out: string;
  view: ViewArgs;
  help: boolean;
}

export class ArgsError extends Error {}

export const usage = `Usage: npm run export -- (--chart <id>[,<id>…] | --all | --view <address>) [options]
  --chart      ${chartIds.join(', ')}
  --all        every chart, in every language (pptx: one deck, a slide per chart and language)
  --lang       vi, en, lo or a list such as vi,lo (default vi; all three with --all)
  --theme      light, dark or slide (default light)
  --format     png, svg, pptx or a list such as png,svg,pptx (default png)
  --size       WIDTHxHEIGHT of PNG and SVG in pixels, e.g. 1920x1080 (default 1920x1080 for slide, 1200x750 otherwise)
  --out        output folder (default exports/)
The view (default: the full chart as its page first shows it):
  --from, --to YEAR              the years shown
  --series     KEY[,KEY…]        the series shown (${[...new Set(chartIds.flatMap((id) => chartSeriesKeys(id)))].join(', ')})
  --secondary  0                 leave out figures from secondary sources (reposts, theses…)
  --notes      0                 leave out the milestone flags
  --view       ADDRESS           the address of the page or embed as you saw it, e.g.
               'https://…/vi/trade/?from=2006&series=exports' (its language and chart too, when it names one)
No built site or browser is needed; run \`npm run data\` once after a fresh checkout.`;

const MIN_SIDE = 200;
const MAX_SIDE = 8000;

/** The short series keys of a chart (`?series=` in its URL), from the catalog alone. */
export function chartSeriesKeys(id: ChartId): string[] {
  return chartCatalog[id].series.map((s) => seriesKey(s.id));
}

function list<T extends string>(option: string, raw: string, allowed: readonly T[]): T[] {
  const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new ArgsError(`${option} needs a value: ${allowed.join(', ')}`);
  for (const item of items) {
    if (!allowed.includes(item as T)) throw new ArgsError(`unknown ${option.slice(2)} "${item}"; expected one of: ${allowed.join(', ')}`);
  }
  return [...new Set(items)] as T[];
}

export function parseSize(raw: string): { width: number; height: number } {
  const m = /^(\d{1,5})x(\d{1,5})$/i.exec(raw.trim());
  if (!m) throw new ArgsError(`bad --size "${raw}"; expected WIDTHxHEIGHT in pixels, e.g. 1920x1080`);
  const [width, height] = [Number(m[1]), Number(m[2])];
  if ([width, height].some((v) => v < MIN_SIDE || v > MAX_SIDE)) {
    throw new ArgsError(`bad --size "${raw}"; each side must be between ${MIN_SIDE} and ${MAX_SIDE} pixels`);
  }
  return { width, height };
}

function year(option: string, raw: string): number {
  if (!/^\d{4}$/.test(raw.trim())) throw new ArgsError(`bad ${option} "${raw}"; expected a year such as 2006`);
  return Number(raw);
}

function flag(option: string, raw: string): boolean {
  if (raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new ArgsError(`bad ${option} "${raw}"; expected 0 or 1`);
}

/** The page paths that show one chart (a page with two charts names none: give --chart). */
const pageCharts: Record<string, ChartId[]> = {
  trade: ['trade'],
  students: ['students', 'students-son-la'],
  investment: ['investment-projects', 'investment-capital'],
  experts: ['experts']
};

/**
 * What a page address says: its language, its chart (if it shows one), and the view in its query,
 * read with the same rules as the page (`?from=2006&to=2025&series=exports&notes=0&secondary=0`).
 */
export function parseViewAddress(raw: string): { lang?: ExportLang; charts?: ChartId[]; embed: boolean; query: Map<string, string>; viewPage?: string } {
  let url: URL;
  try {
    url = new URL(raw.trim(), 'http://site.invalid/');
  } catch {
    throw new ArgsError(`bad --view "${raw}"; expected the address of a chart page, e.g. https://…/vi/trade/?from=2006`);
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const embed = parts[0] === 'embed';
  if (embed) parts.shift();
  const lang = isLang(parts[0]) ? parts[0] : undefined;
  if (lang) parts.shift();
  let charts: ChartId[] | undefined;
  let viewPage: string | undefined;
  if (parts[0] === 'views' && chartIds.includes(parts[1] as ChartId)) {
    charts = [parts[1] as ChartId];
    viewPage = parts[2];
  } else if (embed && chartIds.includes(parts[0] as ChartId)) charts = [parts[0] as ChartId];
  else if (parts[0] && pageCharts[parts[0]]) charts = pageCharts[parts[0]];
  const query = new Map<string, string>();
  for (const [k, v] of url.searchParams) if (['from', 'to', 'series', 'secondary', 'notes'].includes(k)) query.set(k, v);
  return { lang, charts, embed, query, viewPage };
}

export function parseExportArgs(argv: string[]): ExportArgs {
  const values = new Map<string, string>();
  let all = false;
  let help = false;
  const known = ['--chart', '--lang', '--theme', '--format', '--size', '--out', '--from', '--to', '--series', '--secondary', '--notes', '--view'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--all') {
      all = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--build' || arg.startsWith('--build=')) throw new ArgsError('--build is no longer needed: exports are made from the data, without a built site');
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!known.includes(name)) throw new ArgsError(`unknown argument "${arg}"; see --help`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new ArgsError(`${name} needs a value`);
    if (values.has(name)) throw new ArgsError(`${name} given twice`);
    values.set(name, value);
  }
  const out = values.get('--out') ?? 'exports/';
  if (help) return { charts: [], langs: ['vi'], theme: 'light', formats: ['png'], width: 1920, height: 1080, out, view: {}, help };

  const address = values.has('--view') ? parseViewAddress(values.get('--view') ?? '') : null;
  if (all && values.has('--chart')) throw new ArgsError('give either --chart or --all, not both');
  let charts: ChartId[];
  if (all) charts = [...chartIds];
  else if (values.has('--chart')) charts = list('--chart', values.get('--chart') ?? '', chartIds);
  else if (address?.charts?.length === 1) charts = address.charts;
  else if (address?.charts) throw new ArgsError(`the page of --view shows ${address.charts.join(' and ')}; give --chart to choose`);
  else throw new ArgsError('nothing to export: give --chart <id>, --all or --view <address>');

  const langs = values.has('--lang')
    ? list('--lang', values.get('--lang') ?? '', exportLangs)
    : all
      ? [...exportLangs]
      : [address?.lang ?? ('vi' as const)];
  const theme = list('--theme', values.get('--theme') ?? 'light', exportThemeNames);
  if (theme.length > 1) throw new ArgsError('--theme takes one theme');
  const formats = list('--format', values.get('--format') ?? 'png', exportFormats);
  const size = parseSize(values.get('--size') ?? (theme[0] === 'slide' ? '1920x1080' : '1200x750'));
  if (!out.trim()) throw new ArgsError('--out needs a folder');

  // The view: an option given on its own wins over the address's query.
  const pick = (name: string) => values.get(`--${name}`) ?? address?.query.get(name);
  const view: ViewArgs = {};
  const from = pick('from');
  const to = pick('to');
  if (from !== undefined) view.from = year('--from', from);
  if (to !== undefined) view.to = year('--to', to);
  if (view.from !== undefined && view.to !== undefined && view.from > view.to) throw new ArgsError(`--from ${view.from} is after --to ${view.to}`);
  const series = pick('series');
  if (series !== undefined) {
    const keys = series.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    if (!keys.length) throw new ArgsError('--series needs a value');
    for (const k of keys) {
      if (!charts.some((c) => chartSeriesKeys(c).includes(k)))
        throw new ArgsError(`unknown series "${k}" for ${charts.join(', ')}; expected one of: ${[...new Set(charts.flatMap(chartSeriesKeys))].join(', ')}`);
    }
    for (const c of charts) {
      if (!keys.some((k) => chartSeriesKeys(c).includes(k))) throw new ArgsError(`${c} has none of the series ${keys.join(', ')}; its series are: ${chartSeriesKeys(c).join(', ')}`);
    }
    view.series = [...new Set(keys)];
  }
  const secondary = pick('secondary');
  if (secondary !== undefined) view.secondary = flag('--secondary', secondary);
  const notes = pick('notes');
  if (notes !== undefined) view.notes = flag('--notes', notes);
  // An embed shows no milestone flags unless its address asks for them.
  else if (address?.embed) view.notes = false;
  if (address?.viewPage) view.viewPage = address.viewPage;
  return { charts, langs, theme: theme[0], formats, ...size, out, view, help };
}
