import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as v from 'valibot';
import { readCsv, type CsvTable } from './csv';
import { formatProblem, type Problem } from './problems';
import {
  columns,
  DisagreementRow,
  LinkRow,
  LocalityRow,
  MilestoneRow,
  ObservationRow,
  SeriesRow,
  SourceRow,
  type TableName
} from '../../src/lib/data/schema';
import type { Dataset } from '../../src/lib/data/types';
import { quoteUnitScale, valueInQuote } from './vn-number';

export interface BuildOptions {
  /** Folder with the six CSV files. */
  dataDir: string;
  /** Folder with the source documents; seed checks are skipped (with a warning) if it is missing. */
  seedsDir: string;
  /** Project root to write into: src/lib/data/generated/ and static/data/. */
  outDir: string;
  /** Names files in messages; defaults to paths relative to the working directory. */
  displayRoot?: string;
  /** Written into the dataset as is: the build day and the day the data last changed. */
  meta?: Dataset['meta'];
}

export type { Dataset };

export interface BuildResult {
  ok: boolean;
  problems: string[];
  warnings: string[];
  summary: string[];
}

type Row<T> = T & { __line: number };

const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function validDate(p: string): boolean {
  const [y, m, d] = p.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d < 1 || d > last) return false;
  }
  return true;
}
const periodStartKey = (p: string) => (p + '-01-01').slice(0, 10);
const periodEndKey = (p: string) => (p.length === 4 ? `${p}-12-31` : p.length === 7 ? `${p}-31` : p);

export function buildData(opts: BuildOptions): BuildResult {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const display = (name: string) => relative(opts.displayRoot ?? process.cwd(), join(opts.dataDir, name)) || name;
  const tables: Partial<Record<TableName, CsvTable>> = {};
  const texts: Record<string, string> = {};

  for (const name of Object.keys(columns) as (TableName)[]) {
    const path = join(opts.dataDir, `${name}.csv`);
    const file = display(`${name}.csv`);
    if (!existsSync(path)) {
      problems.push({ file, line: 1, message: 'file is missing' });
      continue;
    }
    texts[name] = readFileSync(path, 'utf8');
    const { table, problems: p } = readCsv(file, texts[name], columns[name]);
    problems.push(...p);
    if (table) tables[name] = table;
  }

  // Ids of every row, valid or not: a reference to a row that has its own problem is not reported
  // again, so each mistake is named once, where it is.
  const knownIds: Partial<Record<TableName, Set<string>>> = {};
  function parse<S extends v.GenericSchema>(
    name: TableName,
    schema: S,
    idKey: string,
    keyOf: (values: Record<string, string>) => string = (values) => values[idKey]
  ): Row<v.InferOutput<S>>[] {
    const table = tables[name];
    const known = (knownIds[name] = new Set<string>());
    if (!table) return [];
    for (const { values } of table.rows) known.add(keyOf(values));
    const out: Row<v.InferOutput<S>>[] = [];
    const seen = new Map<string, number>();
    for (const { line, values } of table.rows) {
      const result = v.safeParse(schema, values);
      if (!result.success) {
        for (const issue of result.issues) problems.push({ file: table.file, line, message: issue.message });
        continue;
      }
      const id = keyOf(values);
      if (seen.has(id)) {
        problems.push({ file: table.file, line, message: `duplicate ${idKey} "${id}" (first on line ${seen.get(id)})` });
        continue;
      }
      seen.set(id, line);
      out.push({ ...(result.output as object), __line: line } as Row<v.InferOutput<S>>);
    }
    return out;
  }

  const sources = parse('sources', SourceRow, 'source_id');
  const series = parse('series', SeriesRow, 'series_id');
  const observations = parse('observations', ObservationRow, 'obs_id');
  const localities = parse('localities', LocalityRow, 'locality_id');
  const twinning = parse('twinning', LinkRow, 'link_id');
  const milestones = parse('milestones', MilestoneRow, 'milestone_id');
  const disagreements = parse('disagreements', DisagreementRow, 'period', (r) => [r.series_id, r.locality_id, r.period_start, r.period_end].join(' '));
  if (tables.observations && tables.observations.rows.length === 0)
    problems.push({ file: tables.observations.file, line: 1, message: 'no observations: the file has a header but no rows' });

  const sourceById = new Map(sources.map((s) => [s.source_id, s]));
  // A whole file that failed to parse leaves nothing to check references against.
  const refOk = (name: TableName, id: string) => !tables[name] || (knownIds[name]?.has(id) ?? true);
  const seriesById = new Map(series.map((s) => [s.series_id, s]));
  const localityById = new Map(localities.map((l) => [l.locality_id, l]));
  const at = (name: TableName, line: number, message: string) =>
    problems.push({ file: tables[name]?.file ?? display(`${name}.csv`), line, message });

  // Source documents: present and unchanged.
  const seedLines = new Map<string, string[]>();
  const seedsAvailable = existsSync(opts.seedsDir);
  if (!seedsAvailable) warnings.push(`warning: ${opts.seedsDir} not found; quotes and SHA-256 of the source documents were not checked`);
  for (const s of sources) {
    if (!s.file) {
      if (!s.url) at('sources', s.__line, `source "${s.source_id}" has neither file nor url`);
      continue;
    }
    if (!s.sha256) at('sources', s.__line, `source "${s.source_id}" names a file but no sha256`);
    if (!seedsAvailable) continue;
    const path = join(opts.seedsDir, s.file);
    if (!existsSync(path)) {
      at('sources', s.__line, `file ${s.file} not found in ${relative(opts.displayRoot ?? process.cwd(), opts.seedsDir)}`);
      continue;
    }
    const buf = readFileSync(path);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (s.sha256 && sha !== s.sha256) {
      at('sources', s.__line, `${s.file} has changed: its SHA-256 is ${sha}, sources.csv records ${s.sha256}`);
      continue;
    }
    seedLines.set(s.source_id, buf.toString('utf8').split('\n'));
  }

  /** The quote and locator of a record against its source. */
  function checkQuote(name: TableName, line: number, sourceId: string, locator: string, quote: string): boolean {
    const source = sourceById.get(sourceId);
    if (!source) {
      if (!refOk('sources', sourceId)) at(name, line, `unknown source_id "${sourceId}"`);
      return false;
    }
    if (!source.file && !source.url) return false; // reported on the source's own line
    if (source.file) {
      const m = /^line (\d+)$/.exec(locator);
      if (!m) {
        at(name, line, `locator "${locator}" must be "line N" for a document source`);
        return false;
      }
      const lines = seedLines.get(sourceId);
      if (!lines) return true; // document not checkable here; reported above or warned
      const n = Number(m[1]);
      if (n < 1 || n > lines.length) {
        at(name, line, `locator line ${n} is beyond the end of ${source.file} (${lines.length} lines)`);
        return false;
      }
      const window = normalise(lines.slice(Math.max(0, n - 3), n + 2).join(' '));
      if (!window.includes(normalise(quote))) {
        at(name, line, `quote not found within 2 lines of line ${n} in ${source.file}`);
        return false;
      }
      return true;
    }
    if (!/^https?:\/\//.test(locator) || !(locator === source.url || locator.startsWith(`${source.url}#`))) {
      at(name, line, `locator "${locator}" must be the source's url (${source.url})`);
      return false;
    }
    return true;
  }

  for (const o of observations) {
    const s = seriesById.get(o.series_id);
    if (!refOk('series', o.series_id)) at('observations', o.__line, `unknown series_id "${o.series_id}"`);
    else if (s && s.unit !== o.unit) at('observations', o.__line, `unit "${o.unit}" does not match series ${o.series_id} (${s.unit})`);
    if (!validDate(o.period_start)) at('observations', o.__line, `period_start "${o.period_start}" is not a real date`);
    else if (!validDate(o.period_end)) at('observations', o.__line, `period_end "${o.period_end}" is not a real date`);
    else if (periodEndKey(o.period_end) < periodStartKey(o.period_start))
      at('observations', o.__line, `period_end ${o.period_end} is before period_start ${o.period_start}`);
    if (o.value < 0 && s?.kind !== 'rate') at('observations', o.__line, `value ${o.value} is negative; only rate series may be`);
    if (o.locality_id && !refOk('localities', o.locality_id)) at('observations', o.__line, `unknown locality_id "${o.locality_id}"`);
    if (checkQuote('observations', o.__line, o.source_id, o.locator, o.quote)) {
      const lang = sourceById.get(o.source_id)?.language ?? 'vi';
      const scale = quoteUnitScale(o.quote_unit, lang);
      const { ok, read } = valueInQuote(o.value / scale, o.quote, lang);
      const shown = scale === 1 ? `value ${o.value}` : `value ${o.value} (${o.value / scale} in the table unit)`;
      if (!ok) at('observations', o.__line, `${shown} is not a number in the quote (numbers read: ${read.join(', ') || 'none'})`);
    }
  }

  const isoOwners = new Map<string, string>();
  for (const l of localities) {
    if (l.parent_id && !refOk('localities', l.parent_id)) at('localities', l.__line, `unknown parent_id "${l.parent_id}"`);
    for (const s of l.successor_ids.split('|').filter(Boolean))
      if (!refOk('localities', s)) at('localities', l.__line, `unknown successor "${s}"`);
    if (l.iso_code && !l.iso_code.startsWith(`${l.country}-`)) at('localities', l.__line, `iso_code ${l.iso_code} does not belong to country ${l.country}`);
    if (l.level === 'province' && !l.iso_code) at('localities', l.__line, `province "${l.locality_id}" has no iso_code`);
    if (l.level === 'province' && l.iso_code) {
      if (isoOwners.has(l.iso_code)) at('localities', l.__line, `iso_code ${l.iso_code} is also used by ${isoOwners.get(l.iso_code)}`);
      isoOwners.set(l.iso_code, l.locality_id);
    }
    if (l.valid_from && l.valid_to && l.valid_to < l.valid_from) at('localities', l.__line, `valid_to ${l.valid_to} is before valid_from ${l.valid_from}`);
  }

  /** The ISO codes a locality may be drawn on: its own, its province's, or its successors'. */
  function codesFor(id: string): string[] {
    const l = localityById.get(id);
    if (!l) return [];
    if (l.iso_code) return [l.iso_code];
    if (l.parent_id) return codesFor(l.parent_id);
    return l.successor_ids.split('|').filter(Boolean).flatMap(codesFor);
  }
  for (const t of twinning) {
    for (const [key, country, code] of [
      ['vn_locality_id', 'VN', t.vn_code],
      ['la_locality_id', 'LA', t.la_code]
    ] as const) {
      const id = t[key];
      const l = localityById.get(id);
      if (!l) {
        if (!refOk('localities', id)) at('twinning', t.__line, `unknown ${key} "${id}"`);
      }
      else if (l.country !== country) at('twinning', t.__line, `${key} "${id}" is not in ${country === 'VN' ? 'Viet Nam' : 'Laos'}`);
      else if (!codesFor(id).includes(code)) at('twinning', t.__line, `${key === 'vn_locality_id' ? 'vn_code' : 'la_code'} ${code} is not the province of "${id}" (${codesFor(id).join(', ') || 'none'})`);
    }
    if (t.since && !validDate(t.since)) at('twinning', t.__line, `since "${t.since}" is not a real date`);
    checkQuote('twinning', t.__line, t.source_id, t.locator, t.quote);
  }
  for (const m of milestones) {
    if (!validDate(m.date)) at('milestones', m.__line, `date "${m.date}" is not a real date`);
    checkQuote('milestones', m.__line, m.source_id, m.locator, m.quote);
  }

  if (problems.length) {
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return { ok: false, problems: problems.map(formatProblem), warnings, summary: [] };
  }

  const strip = <T extends { __line: number }>(rows: T[]) => rows.map(({ __line, ...rest }) => rest);
  const dataset: Dataset = {
    ...(opts.meta ? { meta: opts.meta } : {}),
    sources: strip(sources),
    series: strip(series),
    observations: strip(observations),
    localities: strip(localities),
    twinning: strip(twinning),
    milestones: strip(milestones),
    disagreements: strip(disagreements)
  };
  const json = JSON.stringify(dataset);
  writeAtomically([
    [join(opts.outDir, 'src/lib/data/generated/dataset.json'), json],
    [join(opts.outDir, 'static/data/dataset.json'), JSON.stringify(dataset, null, 1)],
    [join(opts.outDir, 'static/data/observations.csv'), texts.observations],
    [join(opts.outDir, 'static/data/twinning.csv'), texts.twinning]
  ]);

  const counts = new Map<string, number>();
  for (const o of dataset.observations) counts.set(o.series_id, (counts.get(o.series_id) ?? 0) + 1);
  const summary = [
    `data: ${dataset.sources.length} sources, ${dataset.series.length} series, ${dataset.observations.length} observations, ${dataset.localities.length} localities, ${dataset.twinning.length} links, ${dataset.milestones.length} milestones`,
    ...[...counts].sort().map(([id, n]) => `  ${id}: ${n}`)
  ];
  return { ok: true, problems: [], warnings, summary };
}

/** Writes every file next to its target first and renames only when all are written. */
function writeAtomically(files: [string, string][]) {
  const temps: string[] = [];
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.tmp-${process.pid}`;
      writeFileSync(tmp, content);
      temps.push(tmp);
    }
    files.forEach(([path], i) => renameSync(temps[i], path));
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
}
