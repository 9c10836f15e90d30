/**
 * The data build: every input (the CSV tables of data/, the map's TopoJSON and merger table of
 * data/geo/, the source documents) is read and checked in one pass; only when nothing is wrong are
 * the outputs computed, in memory, and then written in one final step. A mistake is reported as
 * `file:line: what is wrong` (or `file: …` for the whole file), and then nothing is written: every
 * output stays byte for byte as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as v from 'valibot';
import { toCsv } from '../../src/lib/csv';
import { readCsv, type CsvTable } from './csv';
import { MERGER_FILE, readGeo, TOPO_FILE, type GeoInput } from './geo';
import { projectMap, type GateInput } from './map';

/** How far (km) a border gate's coordinates may lie from the drawn border: the map's outlines are simplified. */
const GATE_MAX_KM_OFF_BORDER = 15;
import { formatProblem, type Problem } from './problems';
import { disagreementKey, disagreements as findDisagreements } from '../../src/lib/evidence/disagreement';
import { lacksVietnamese, laoProblem, looksSwapped } from './text';
import {
  columns,
  DisagreementRow,
  LinkRow,
  LocalityRow,
  maxLength,
  MilestoneRow,
  ObservationRow,
  SeriesRow,
  SourceRow,
  type TableName
} from '../../src/lib/data/schema';
import type { Dataset } from '../../src/lib/data/types';
import { outlineOf } from '../../src/lib/evidence/outline';
import { quoteUnitScale, statusConflict, valueInQuote } from './vn-number';

export interface BuildOptions {
  /** Folder with the seven CSV files. */
  dataDir: string;
  /** Folder with the source documents the quotes are checked against. */
  seedsDir: string;
  /** Project root to write into: src/lib/data/generated/ and static/data/. */
  outDir: string;
  /** Folder with the map's TopoJSON and the 2025 merger table; defaults to `dataDir/geo`. */
  geoDir?: string;
  /** Names files in messages; defaults to paths relative to the working directory. */
  displayRoot?: string;
  /** The day of the build, YYYY-MM-DD (default: today, UTC). No fact may be dated after it. */
  buildDate?: string;
  /** Refuse to build without the documents folder (CI) instead of warning that quotes were not checked. */
  requireDocuments?: boolean;
  /** The fewest rows each table may have: a table that shrank below is a deletion by mistake. */
  floors?: Partial<Record<TableName, number>>;
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

/** Tables that may legitimately have no rows: no two sources disagree yet. */
const MAY_BE_EMPTY: TableName[] = ['disagreements'];
/** What a row of each table is called in messages. */
const ROW_NAME: Record<TableName, string> = {
  sources: 'sources',
  series: 'series',
  observations: 'observations',
  localities: 'localities',
  twinning: 'links',
  milestones: 'milestones',
  disagreements: 'disagreements'
};

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
const today = () => new Date().toISOString().slice(0, 10);

export function buildData(opts: BuildOptions): BuildResult {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const root = opts.displayRoot ?? process.cwd();
  const shown = (path: string) => relative(root, path) || path;
  const display = (name: string) => shown(join(opts.dataDir, name));
  const geoDir = opts.geoDir ?? join(opts.dataDir, 'geo');
  const buildDate = opts.buildDate ?? today();
  const tables: Partial<Record<TableName, CsvTable>> = {};
  /** Files that could not be read at all: nothing is checked against them. */
  const unreadable = new Set<TableName>();

  for (const name of Object.keys(columns) as TableName[]) {
    const path = join(opts.dataDir, `${name}.csv`);
    const file = display(`${name}.csv`);
    if (!existsSync(path)) {
      problems.push({ file, line: 0, message: 'file is missing' });
      unreadable.add(name);
      continue;
    }
    const { table, problems: p } = readCsv(file, readFileSync(path), columns[name], [], { maxLength });
    problems.push(...p);
    if (table) tables[name] = table;
    else unreadable.add(name);
  }
  const { geo, problems: geoProblems } = readGeo(geoDir, (name) => shown(join(geoDir, name)));
  problems.push(...geoProblems);

  // Ids of every row, valid or not: a reference to a row that has its own problem is not reported
  // again, so each mistake is named once, where it is.
  const knownIds: Partial<Record<TableName, Set<string>>> = {};
  function parse<S extends v.GenericSchema>(
    name: TableName,
    schema: S,
    idKey: string,
    keyOf: (values: Record<string, string>) => string = (values) => values[idKey],
    keyName = idKey
  ): Row<v.InferOutput<S>>[] {
    const table = tables[name];
    const known = (knownIds[name] = new Set<string>());
    if (!table) return [];
    for (const { values } of table.rows) known.add(keyOf(values));
    const out: Row<v.InferOutput<S>>[] = [];
    const seen = new Map<string, number>();
    for (const { line, values, broken } of table.rows) {
      if (broken) continue;
      // One problem per field: a value that is not an address is not also "not a working address".
      const result = v.safeParse(schema, values, { abortPipeEarly: true });
      if (!result.success) {
        for (const issue of result.issues) problems.push({ file: table.file, line, message: issue.message });
        continue;
      }
      const id = keyOf(values);
      if (seen.has(id)) {
        problems.push({ file: table.file, line, message: `duplicate ${keyName} "${id}" (first on line ${seen.get(id)})` });
        continue;
      }
      seen.set(id, line);
      checkLanguages(table.file, line, values);
      out.push({ ...(result.output as object), __line: line } as Row<v.InferOutput<S>>);
    }
    return out;
  }

  /**
   * Each `_vi` column must read as Vietnamese next to its `_en` twin, and each `_lo` column as Lao,
   * present wherever its `_en` twin is (a Lao page shows it; an empty one would show nothing).
   */
  function checkLanguages(file: string, line: number, values: Record<string, string>) {
    for (const [key, lo] of Object.entries(values)) {
      if (!key.endsWith('_lo')) continue;
      const twin = key.replace(/_lo$/, '_en');
      const en = values[twin] ?? '';
      if (!lo && en) problems.push({ file, line, message: `${key} is empty, but ${twin} is not: write it in Lao` });
      const lao = laoProblem(lo, en);
      if (lao) problems.push({ file, line, message: `${key} ${lao.replace('its twin', twin)}` });
    }
    for (const [key, vi] of Object.entries(values)) {
      if (!key.endsWith('_vi')) continue;
      const twin = key.replace(/_vi$/, '_en');
      const en = values[twin] ?? '';
      if (looksSwapped(vi, en)) problems.push({ file, line, message: `${key} and ${twin} look swapped: ${key} has no Vietnamese letter, ${twin} has` });
      else if (lacksVietnamese(vi, en))
        problems.push({ file, line, message: `${key} "${vi.length > 40 ? vi.slice(0, 37) + '…' : vi}" has no Vietnamese letter: the marks are missing, or it is English (a name the same in both languages is written the same in ${twin})` });
    }
  }

  const sources = parse('sources', SourceRow, 'source_id');
  const series = parse('series', SeriesRow, 'series_id');
  const observations = parse('observations', ObservationRow, 'obs_id');
  const localities = parse('localities', LocalityRow, 'locality_id');
  const twinning = parse('twinning', LinkRow, 'link_id');
  const milestones = parse('milestones', MilestoneRow, 'milestone_id');
  const disagreements = parse(
    'disagreements',
    DisagreementRow,
    'series_id',
    (r) => `${[r.series_id, r.locality_id].filter(Boolean).join(' ')}, ${r.period_start}–${r.period_end}`,
    'series, locality and period'
  );

  // A table that lost its rows: an empty copy pasted over it, or a deletion by mistake.
  for (const name of Object.keys(columns) as TableName[]) {
    const table = tables[name];
    if (!table) continue;
    const n = table.rows.length;
    if (n === 0 && !MAY_BE_EMPTY.includes(name)) {
      problems.push({ file: table.file, line: 0, message: `no ${ROW_NAME[name]}: the file has a header but no rows` });
      // What refers to an emptied table is not reported row by row: the file is the mistake.
      unreadable.add(name);
    } else if (opts.floors?.[name] !== undefined && n < opts.floors[name]!)
      problems.push({
        file: table.file,
        line: 0,
        message: `only ${n} row${n === 1 ? '' : 's'}; the data has had at least ${opts.floors[name]} ${ROW_NAME[name]} (rows deleted by mistake? if on purpose, lower the floor in scripts/build-data.ts)`
      });
  }

  const sourceById = new Map(sources.map((s) => [s.source_id, s]));
  // A whole file that failed to parse leaves nothing to check references against.
  const refOk = (name: TableName, id: string) => unreadable.has(name) || (knownIds[name]?.has(id) ?? true);
  const seriesById = new Map(series.map((s) => [s.series_id, s]));
  const localityById = new Map(localities.map((l) => [l.locality_id, l]));
  const at = (name: TableName, line: number, message: string) =>
    problems.push({ file: tables[name]?.file ?? display(`${name}.csv`), line, message });
  /** A fact dated after the day of the build: a typo (2206), or the future. */
  const notAfterBuild = (name: TableName, line: number, column: string, value: string) => {
    if (!value || value === 'undated') return;
    if (periodStartKey(value) > buildDate) at(name, line, `${column} ${value} is after the build date ${buildDate}; only a target may lie ahead`);
  };

  // Source documents: present and unchanged.
  const seedLines = new Map<string, string[]>();
  const seedsAvailable = existsSync(opts.seedsDir);
  if (!seedsAvailable) {
    if (opts.requireDocuments)
      problems.push({ file: shown(opts.seedsDir), line: 0, message: 'the folder of source documents is missing; under CI every quote must be checked against its document' });
    else warnings.push(`warning: ${shown(opts.seedsDir)} not found; quotes and SHA-256 of the source documents were not checked`);
  }
  const seenSource = new Map<string, Row<(typeof sources)[number]>>();
  for (const s of sources) {
    notAfterBuild('sources', s.__line, 'published', s.published);
    for (const key of [s.file && `file ${s.file}`, s.url && `url ${s.url}`].filter(Boolean) as string[]) {
      const first = seenSource.get(key);
      if (first) at('sources', s.__line, `the same ${key} as source "${first.source_id}" (line ${first.__line}); one source per document or page`);
      else seenSource.set(key, s);
    }
    if (!s.file) {
      if (!s.url) at('sources', s.__line, `source "${s.source_id}" has neither file nor url`);
      continue;
    }
    if (!s.sha256) at('sources', s.__line, `source "${s.source_id}" names a file but no sha256`);
    if (!seedsAvailable) continue;
    const path = join(opts.seedsDir, s.file);
    if (!existsSync(path)) {
      at('sources', s.__line, `file ${s.file} not found in ${shown(opts.seedsDir)}`);
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
  // Each document's chapters and sections, so a line can be cited by where it stands in the document.
  const outlines: Dataset['outlines'] = Object.fromEntries([...seedLines].map(([id, lines]) => [id, outlineOf(lines)]));

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

  /** A period: real dates, in order, not after the build (unless it is a target). */
  function checkPeriod(name: TableName, line: number, start: string, end: string, target = false): boolean {
    if (!validDate(start)) at(name, line, `period_start "${start}" is not a real date`);
    else if (!validDate(end)) at(name, line, `period_end "${end}" is not a real date`);
    else if (periodEndKey(end) < periodStartKey(start)) at(name, line, `period_end ${end} is before period_start ${start}`);
    else {
      if (!target) {
        notAfterBuild(name, line, 'period_start', start);
        if (periodStartKey(start) <= buildDate) notAfterBuild(name, line, 'period_end', end);
      }
      return true;
    }
    return false;
  }

  const seenObservation = new Map<string, Row<(typeof observations)[number]>>();
  for (const o of observations) {
    const s = seriesById.get(o.series_id);
    if (!refOk('series', o.series_id)) at('observations', o.__line, `unknown series_id "${o.series_id}"`);
    else if (s && s.unit !== o.unit) at('observations', o.__line, `unit "${o.unit}" does not match series ${o.series_id} (${s.unit})`);
    checkPeriod('observations', o.__line, o.period_start, o.period_end, o.status === 'target');
    // Only a series that was read can say whether it is a rate (a missing series.csv is reported once, as itself).
    if (o.value < 0 && s && s.kind !== 'rate') at('observations', o.__line, `value ${o.value} is negative; only rate series may be`);
    if (o.locality_id && !refOk('localities', o.locality_id)) at('observations', o.__line, `unknown locality_id "${o.locality_id}"`);
    const key = [o.series_id, o.period_start, o.period_end, o.locality_id, o.source_id, o.value].join('\u0000');
    const first = seenObservation.get(key);
    if (first)
      at('observations', o.__line, `the same observation as ${first.obs_id} (line ${first.__line}): same series, period, locality, source and value; keep one`);
    else seenObservation.set(key, o);
    if (checkQuote('observations', o.__line, o.source_id, o.locator, o.quote)) {
      const lang = sourceById.get(o.source_id)?.language ?? 'vi';
      const scale = quoteUnitScale(o.quote_unit, lang);
      const found = valueInQuote(o.value, o.quote, lang, { unit: o.unit, unitScale: scale });
      const value = scale === 1 ? `value ${o.value}` : `value ${o.value} (${o.value / scale} in the table unit)`;
      if (!found.ok) at('observations', o.__line, `${value} ${found.why}`);
      const conflict = found.ok ? statusConflict(o.status, found.matches) : undefined;
      if (conflict)
        at('observations', o.__line, `status ${o.status} disagrees with the quote's "${conflict.words} ${conflict.raw}": the status should be ${conflict.expected}`);
    }
  }

  // Localities: references, the map, and no circles of parents or successors.
  const onMap = (iso: string) => !geo || geo.provinces.has(iso);
  const isoOwners = new Map<string, string>();
  const seenLocality = new Map<string, Row<(typeof localities)[number]>>();
  const edges = (l: (typeof localities)[number]) => [l.parent_id, ...l.successor_ids.split('|')].filter((id) => id && localityById.has(id));
  for (const l of localities) {
    if (l.parent_id && !refOk('localities', l.parent_id)) at('localities', l.__line, `unknown parent_id "${l.parent_id}"`);
    for (const s of l.successor_ids.split('|').filter(Boolean))
      if (!refOk('localities', s)) at('localities', l.__line, `unknown successor "${s}"`);
    if (l.iso_code && !l.iso_code.startsWith(`${l.country}-`)) at('localities', l.__line, `iso_code ${l.iso_code} does not belong to country ${l.country}`);
    else if (l.iso_code && !onMap(l.iso_code)) at('localities', l.__line, `iso_code ${l.iso_code} is not a province on the map (${shown(join(geoDir, TOPO_FILE))})`);
    if (l.level === 'province' && !l.iso_code) at('localities', l.__line, `province "${l.locality_id}" has no iso_code`);
    if (l.level === 'province' && l.iso_code) {
      if (isoOwners.has(l.iso_code)) at('localities', l.__line, `iso_code ${l.iso_code} is also used by ${isoOwners.get(l.iso_code)}`);
      isoOwners.set(l.iso_code, l.locality_id);
    }
    if (l.valid_from && l.valid_to && l.valid_to < l.valid_from) at('localities', l.__line, `valid_to ${l.valid_to} is before valid_from ${l.valid_from}`);
    // A locality's years are facts too: it began and (for a former one) ended by the day of the build.
    for (const [column, year] of [['valid_from', l.valid_from], ['valid_to', l.valid_to]] as const)
      if (year && year > buildDate.slice(0, 4)) at('localities', l.__line, `${column} ${year} is after the build date ${buildDate}`);
    if (l.merged_into_2025 && geo) {
      const row = geo.merger.find((m) => m.old_iso === l.iso_code);
      if (!geo.units.has(l.merged_into_2025)) at('localities', l.__line, `merged_into_2025 "${l.merged_into_2025}" is not a 2025 unit (${shown(join(geoDir, MERGER_FILE))})`);
      else if (row && row.new_id !== l.merged_into_2025)
        at('localities', l.__line, `merged_into_2025 "${l.merged_into_2025}" differs from ${shown(join(geoDir, MERGER_FILE))}, where ${l.iso_code} joins "${row.new_id}"`);
    }
    const key = [l.country, l.level, l.name_vi, l.parent_id].join('\u0000');
    const first = seenLocality.get(key);
    if (first) at('localities', l.__line, `the same locality as ${first.locality_id} (line ${first.__line}): same country, level, name_vi and parent; keep one`);
    else seenLocality.set(key, l);
  }
  // Circles: a locality that is its own parent or successor, or a chain that comes back to itself.
  // (Walked without recursion: a long chain cannot overflow the stack.)
  const inCircle = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  for (const start of localities) {
    if (state.has(start.locality_id)) continue;
    const stack: { id: string; next: string[] }[] = [{ id: start.locality_id, next: edges(start) }];
    state.set(start.locality_id, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1];
      const id = top.next.shift();
      if (id === undefined) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      if (state.get(id) === 'open') {
        const ids = stack.map((f) => f.id);
        const circle = ids.slice(ids.indexOf(id));
        if (circle.some((c) => inCircle.has(c))) continue;
        circle.forEach((c) => inCircle.add(c));
        // Named from its first row in the file.
        const first = circle.reduce((a, b) => (localityById.get(a)!.__line <= localityById.get(b)!.__line ? a : b));
        const k = circle.indexOf(first);
        const round = [...circle.slice(k), ...circle.slice(0, k)];
        const ordered = round.length > 8 ? [...round.slice(0, 4), '…', ...round.slice(-2), first] : [...round, first];
        const l = localityById.get(first)!;
        at(
          'localities',
          l.__line,
          circle.length === 1
            ? `locality "${first}" is its own ${l.parent_id === first ? 'parent' : 'successor'}`
            : `parent_id and successor_ids go round in a circle: ${ordered.join(' → ')}${round.length > 8 ? ` (${round.length} localities)` : ''}`
        );
      } else if (!state.has(id)) {
        state.set(id, 'open');
        stack.push({ id, next: edges(localityById.get(id)!) });
      }
    }
  }

  /** The ISO codes a locality may be drawn on: its own, its province's, or its successors'. */
  function codesFor(id: string, seen = new Set<string>()): string[] {
    const l = localityById.get(id);
    if (!l || seen.has(id)) return [];
    seen.add(id);
    if (l.iso_code) return [l.iso_code];
    if (l.parent_id) return codesFor(l.parent_id, seen);
    return l.successor_ids.split('|').filter(Boolean).flatMap((s) => codesFor(s, seen));
  }
  const seenLink = new Map<string, Row<(typeof twinning)[number]>>();
  for (const t of twinning) {
    for (const [key, country, code] of [
      ['vn_locality_id', 'VN', t.vn_code],
      ['la_locality_id', 'LA', t.la_code]
    ] as const) {
      const id = t[key];
      const l = localityById.get(id);
      if (!l) {
        if (!refOk('localities', id)) at('twinning', t.__line, `unknown ${key} "${id}"`);
      } else if (l.country !== country) at('twinning', t.__line, `${key} "${id}" is not in ${country === 'VN' ? 'Viet Nam' : 'Laos'}`);
      // A locality whose own code is wrong (off the map) is reported on its own line, not on every link.
      else if (!inCircle.has(id) && codesFor(id).every(onMap) && !codesFor(id).includes(code))
        at('twinning', t.__line, `${key === 'vn_locality_id' ? 'vn_code' : 'la_code'} ${code} is not the province of "${id}" (${codesFor(id).join(', ') || 'none'})`);
    }
    if (t.since && !validDate(t.since)) at('twinning', t.__line, `since "${t.since}" is not a real date`);
    else notAfterBuild('twinning', t.__line, 'since', t.since);
    if (!validDate(t.last_verified)) at('twinning', t.__line, `last_verified "${t.last_verified}" is not a real date`);
    else notAfterBuild('twinning', t.__line, 'last_verified', t.last_verified);
    const pair = [t.vn_locality_id, t.la_locality_id, t.level].join('\u0000');
    const first = seenLink.get(pair);
    if (first)
      at('twinning', t.__line, `the same link as ${first.link_id} (line ${first.__line}): ${t.vn_locality_id} and ${t.la_locality_id} at ${t.level} level; keep one`);
    else seenLink.set(pair, t);
    checkQuote('twinning', t.__line, t.source_id, t.locator, t.quote);
  }
  const seenMilestone = new Map<string, Row<(typeof milestones)[number]>>();
  for (const m of milestones) {
    if (!validDate(m.date)) at('milestones', m.__line, `date "${m.date}" is not a real date`);
    else if (m.date_end && !validDate(m.date_end)) at('milestones', m.__line, `date_end "${m.date_end}" is not a real date`);
    else if (m.date_end && periodEndKey(m.date_end) < periodStartKey(m.date)) at('milestones', m.__line, `date_end ${m.date_end} is before date ${m.date}`);
    else {
      notAfterBuild('milestones', m.__line, 'date', m.date);
      // An event may not lie ahead; the end of a programme that has begun may, when the quote states
      // that period ("giai đoạn 2021–2030").
      if (periodStartKey(m.date) <= buildDate && !(m.date_end && m.quote.includes(m.date_end.slice(0, 4))))
        notAfterBuild('milestones', m.__line, 'date_end', m.date_end);
    }
    const key = [m.date, m.title_vi].join('\u0000');
    const first = seenMilestone.get(key);
    if (first) at('milestones', m.__line, `the same milestone as ${first.milestone_id} (line ${first.__line}): same date and title_vi; keep one`);
    else seenMilestone.set(key, m);
    checkQuote('milestones', m.__line, m.source_id, m.locator, m.quote);
  }
  for (const d of disagreements) {
    if (!refOk('series', d.series_id)) at('disagreements', d.__line, `unknown series_id "${d.series_id}"`);
    if (d.locality_id && !refOk('localities', d.locality_id)) at('disagreements', d.__line, `unknown locality_id "${d.locality_id}"`);
    checkPeriod('disagreements', d.__line, d.period_start, d.period_end);
  }
  // Where sources disagree, the site says why (or that it is not known): a reason for every such
  // period, and none for a period where they agree. Only checkable when both tables read cleanly.
  if (tables.observations && tables.disagreements && !problems.length) {
    const disputed = findDisagreements(observations);
    const explained = new Map(disagreements.map((d) => [disagreementKey(d), d]));
    const fmt = (k: string) => k.split('|').filter(Boolean).join(' ');
    for (const { key, rows } of disputed) {
      if (explained.has(key)) continue;
      const last = rows.reduce((a, b) => (b.__line > a.__line ? b : a));
      at(
        'observations',
        last.__line,
        `sources disagree for ${fmt(key)} (${rows.map((r) => r.value).join(' vs ')}) but ${display('disagreements.csv')} gives no reason; add a row (reason "unknown" if it is not known)`
      );
    }
    const keys = new Set(disputed.map((g) => g.key));
    for (const d of disagreements)
      if (!keys.has(disagreementKey(d))) at('disagreements', d.__line, `sources do not disagree for ${fmt(disagreementKey(d))}; remove the row`);
  }

  if (problems.length) return failed(problems, warnings);

  const strip = <T extends { __line: number }>(rows: T[]) => rows.map(({ __line, ...rest }) => rest);
  const dataset: Dataset = {
    ...(opts.meta ? { meta: opts.meta } : {}),
    sources: strip(sources),
    series: strip(series),
    observations: strip(observations),
    localities: strip(localities),
    twinning: strip(twinning),
    milestones: strip(milestones),
    disagreements: strip(disagreements),
    outlines
  };
  // Border-gate pairs, for the map to place: each end's province and any coordinates of its gates.
  const lonLat = (id: string): [number, number] | null => {
    const l = localityById.get(id);
    return l && l.level === 'border_gate' && l.lon !== null && l.lat !== null ? [l.lon, l.lat] : null;
  };
  const gateLinks = twinning.filter((t) => t.level === 'border_gate');
  const gateInputs: GateInput[] = gateLinks.map((t) => ({ link: t.link_id, vnIso: t.vn_code, laIso: t.la_code, vn: lonLat(t.vn_locality_id), la: lonLat(t.la_locality_id) }));
  let map: ReturnType<typeof projectMap>;
  try {
    map = projectMap((geo as GeoInput).topo as Parameters<typeof projectMap>[0], (geo as GeoInput).merger, gateInputs);
  } catch (e) {
    // The shapes passed every check above; name the file anyway rather than crash.
    const file = shown(join(geoDir, TOPO_FILE));
    return failed([{ file, line: 0, message: `the map could not be projected: ${e instanceof Error ? e.message : String(e)}` }], warnings);
  }
  // A gate pair must sit on the border of its two provinces: a pair of provinces that share none, or
  // coordinates far from that border (lon and lat swapped, a typo), is a mistake in the data.
  for (const g of map.gates) {
    const t = gateLinks.find((x) => x.link_id === g.link)!;
    if (!g.shared) at('twinning', t.__line, `border-gate pair ${t.link_id}: ${t.vn_code} and ${t.la_code} share no border on the map`);
    else if (g.offBorderKm > GATE_MAX_KM_OFF_BORDER) {
      const gate = localityById.get(lonLat(t.vn_locality_id) ? t.vn_locality_id : t.la_locality_id)!;
      at('localities', gate.__line, `lon/lat lies ${g.offBorderKm} km from the border of ${t.vn_code} and ${t.la_code}; a border gate is on it`);
    }
  }
  if (problems.length) return failed(problems, warnings);
  // The downloads are written from the checked rows, through the site's one CSV writer (BOM,
  // quoting, formula-like text as text), never copied from the files as typed.
  const csv = (name: 'observations' | 'twinning', rows: object[]) =>
    toCsv(columns[name], rows.map((r) => columns[name].map((c) => (r as Record<string, string | number | null>)[c])));
  const mapJson = JSON.stringify(map);
  const written = writeAll([
    [join(opts.outDir, 'src/lib/data/generated/dataset.json'), JSON.stringify(dataset)],
    [join(opts.outDir, 'src/lib/data/generated/map.json'), mapJson],
    [join(opts.outDir, 'static/data/dataset.json'), JSON.stringify(dataset, null, 1)],
    [join(opts.outDir, 'static/data/observations.csv'), csv('observations', dataset.observations)],
    [join(opts.outDir, 'static/data/twinning.csv'), csv('twinning', dataset.twinning)]
  ]);
  if (written) return failed([{ file: shown(written.path), line: 0, message: `could not be written (${written.reason}); no output was changed` }], warnings);

  const counts = new Map<string, number>();
  for (const o of dataset.observations) counts.set(o.series_id, (counts.get(o.series_id) ?? 0) + 1);
  const summary = [
    `data: ${dataset.sources.length} sources, ${dataset.series.length} series, ${dataset.observations.length} observations, ${dataset.localities.length} localities, ${dataset.twinning.length} links, ${dataset.milestones.length} milestones, ${dataset.disagreements.length} disagreements`,
    ...[...counts].sort().map(([id, n]) => `  ${id}: ${n}`),
    `map: ${map.vn.length} + ${map.la.length} provinces, ${map.units2025.length} units of 2025, ${(mapJson.length / 1024).toFixed(0)} KiB`
  ];
  return { ok: true, problems: [], warnings, summary };
}

/**
 * Problems in the order a person should read them: whole-file problems first (a missing or
 * unreadable file explains what follows), then by file in the order the data depends on (the map,
 * sources, series, localities before what refers to them), then by line.
 */
function failed(problems: Problem[], warnings: string[]): BuildResult {
  const order = [TOPO_FILE, MERGER_FILE, 'sources.csv', 'series.csv', 'localities.csv', 'observations.csv', 'twinning.csv', 'milestones.csv', 'disagreements.csv'];
  const rank = (file: string) => {
    const i = order.findIndex((name) => file === name || file.endsWith(`/${name}`));
    return i < 0 ? order.length : i;
  };
  const sorted = [...problems].sort(
    (a, b) => Number(a.line !== 0) - Number(b.line !== 0) || rank(a.file) - rank(b.file) || a.file.localeCompare(b.file) || a.line - b.line
  );
  return { ok: false, problems: sorted.map(formatProblem), warnings, summary: [] };
}

/**
 * Writes every output in one final step: each file is written in full next to its target first
 * (same folder, so the rename cannot cross file systems), and only when all are written are they
 * renamed over the old ones. If any write fails, the temporary files are removed and every output
 * is left as it was. Returns the file that failed, or undefined.
 */
function writeAll(files: [string, string][]): { path: string; reason: string } | undefined {
  const temps: string[] = [];
  let current = '';
  try {
    for (const [path, content] of files) {
      current = path;
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.tmp-${process.pid}`;
      temps.push(tmp);
      writeFileSync(tmp, content);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    return { path: current, reason: e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e) };
  }
  files.forEach(([path], i) => renameSync(temps[i], path));
  return undefined;
}
