/**
 * Arguments of `npm run export` (scripts/export.ts), parsed without side effects so they can be
 * tested: every mistake becomes one clear sentence, never a stack trace or a silent default.
 */
import { chartIds } from '../src/lib/charts/catalog';

export const exportLangs = ['vi', 'en'] as const;
export const exportThemeNames = ['light', 'dark', 'slide'] as const;
export const exportFormats = ['png', 'svg'] as const;

export type ExportLang = (typeof exportLangs)[number];
export type ExportThemeName = (typeof exportThemeNames)[number];
export type ExportFormatName = (typeof exportFormats)[number];

export interface ExportArgs {
  charts: string[];
  langs: ExportLang[];
  theme: ExportThemeName;
  formats: ExportFormatName[];
  width: number;
  height: number;
  out: string;
  build: string;
  help: boolean;
}

export class ArgsError extends Error {}

export const usage = `Usage: npm run export -- (--chart <id>[,<id>…] | --all) [options]
  --chart   ${chartIds.join(', ')}
  --all     every chart, in both languages
  --lang    vi, en or vi,en (default vi; both with --all)
  --theme   light, dark or slide (default light)
  --format  png, svg or png,svg (default png)
  --size    WIDTHxHEIGHT in pixels, e.g. 1920x1080 (default 1920x1080 for slide, 1200x750 otherwise)
  --out     output folder (default exports/)
  --build   the built site to serve (default build/)`;

const MIN_SIDE = 200;
const MAX_SIDE = 8000;

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

export function parseExportArgs(argv: string[]): ExportArgs {
  const values = new Map<string, string>();
  let all = false;
  let help = false;
  const known = ['--chart', '--lang', '--theme', '--format', '--size', '--out', '--build'];
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
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!known.includes(name)) throw new ArgsError(`unknown argument "${arg}"; see --help`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new ArgsError(`${name} needs a value`);
    if (values.has(name)) throw new ArgsError(`${name} given twice`);
    values.set(name, value);
  }
  const base = { out: values.get('--out') ?? 'exports/', build: values.get('--build') ?? 'build/', help };
  if (help) return { charts: [], langs: ['vi'], theme: 'light', formats: ['png'], width: 1920, height: 1080, ...base };

  if (all && values.has('--chart')) throw new ArgsError('give either --chart or --all, not both');
  if (!all && !values.has('--chart')) throw new ArgsError('nothing to export: give --chart <id> or --all');
  const charts = all ? [...chartIds] : list('--chart', values.get('--chart') ?? '', chartIds);
  const langs = values.has('--lang') ? list('--lang', values.get('--lang') ?? '', exportLangs) : all ? [...exportLangs] : ['vi' as const];
  const theme = list('--theme', values.get('--theme') ?? 'light', exportThemeNames);
  if (theme.length > 1) throw new ArgsError('--theme takes one theme');
  const formats = list('--format', values.get('--format') ?? 'png', exportFormats);
  const size = parseSize(values.get('--size') ?? (theme[0] === 'slide' ? '1920x1080' : '1200x750'));
  if (!base.out.trim()) throw new ArgsError('--out needs a folder');
  return { charts, langs, theme: theme[0], formats, ...size, ...base };
}
