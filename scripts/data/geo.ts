/**
 * The map's inputs, checked like the CSV tables before anything is projected or written:
 * data/geo/vn-la-provinces.topo.json (the province outlines) and data/geo/vn-2025-merger.csv (which
 * 2025 unit each of the 63 provinces joined). A truncated TopoJSON, a CRLF or one-row-short merger
 * table is refused with its file (and line), instead of crashing the map step or silently changing
 * the 2025 units.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import type { Topology } from 'topojson-specification';
import { decodeUtf8, readCsv } from './csv';
import type { Problem } from './problems';
import { laoProblem, textProblem } from './text';

export const TOPO_FILE = 'vn-la-provinces.topo.json';
export const MERGER_FILE = 'vn-2025-merger.csv';

export const MergerRow = v.object({
  old_iso: v.pipe(v.string(), v.regex(/^VN-[A-Z0-9]{2}$/, 'old_iso must look like VN-05')),
  old_name_vi: v.pipe(v.string(), v.minLength(1, 'old_name_vi is empty')),
  new_name_vi: v.pipe(v.string(), v.minLength(1, 'new_name_vi is empty')),
  new_name_lo: v.pipe(v.string(), v.minLength(1, 'new_name_lo is empty')),
  new_id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, "new_id must be lower-case letters, digits or '-'")),
  new_is_unchanged: v.picklist(['true', 'false'], (issue) => `new_is_unchanged "${String(issue.input)}" must be true or false`)
});
export type MergerRow = v.InferOutput<typeof MergerRow>;
export const mergerColumns = Object.keys(MergerRow.entries);

export interface MapProvince {
  iso: string;
  country: 'VN' | 'LA';
  name_vi: string;
  new_id?: string;
}

export interface GeoInput {
  topo: Topology;
  merger: MergerRow[];
  /** Every province on the map, by ISO code. */
  provinces: Map<string, MapProvince>;
  /** The 34 units of 2025, by new_id: their Vietnamese name (the map's; the Lao one is in `merger`). */
  units: Map<string, string>;
}

/** What each object of the TopoJSON must hold, and the properties of each of its shapes. */
const OBJECTS: Record<string, { props: string[]; key: string; pattern?: RegExp }> = {
  vn_provinces: { props: ['iso', 'name_vi', 'name_en', 'new_id'], key: 'iso', pattern: /^VN-[A-Z0-9]{2}$/ },
  la_provinces: { props: ['iso', 'name_vi', 'name_en'], key: 'iso', pattern: /^LA-[A-Z0-9]{2}$/ },
  neighbours: { props: ['iso3', 'name_vi', 'name_en'], key: 'iso3' },
  vn_provinces_2025: { props: ['new_id', 'name_vi'], key: 'new_id' }
};

/** Reads and checks both map inputs; `geo` is set only when both are usable. */
export function readGeo(geoDir: string, display: (name: string) => string): { geo?: GeoInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const topoFile = display(TOPO_FILE);
  const mergerFile = display(MERGER_FILE);
  const whole = (file: string, message: string) => problems.push({ file, line: 0, message });

  const topo = readTopology(join(geoDir, TOPO_FILE), topoFile, problems);

  let merger: MergerRow[] | undefined;
  const listedIsos = new Set<string>();
  const listedUnits = new Set<string>();
  const mergerPath = join(geoDir, MERGER_FILE);
  if (!existsSync(mergerPath)) whole(mergerFile, 'file is missing');
  else {
    const { table, problems: p } = readCsv(mergerFile, readFileSync(mergerPath), mergerColumns);
    problems.push(...p);
    if (table) {
      merger = [];
      const seen = new Map<string, number>();
      // Rows with a problem of their own still count as listed: their province is not reported missing.
      for (const { values } of table.rows) {
        listedIsos.add(values.old_iso);
        listedUnits.add(values.new_id);
      }
      for (const { line, values, broken } of table.rows) {
        if (broken) continue;
        const r = v.safeParse(MergerRow, values, { abortPipeEarly: true });
        if (!r.success) {
          for (const issue of r.issues) problems.push({ file: mergerFile, line, message: issue.message });
          continue;
        }
        if (seen.has(r.output.old_iso)) {
          problems.push({ file: mergerFile, line, message: `old_iso ${r.output.old_iso} is listed twice (first on line ${seen.get(r.output.old_iso)})` });
          continue;
        }
        seen.set(r.output.old_iso, line);
        merger.push(Object.assign(r.output, { __line: line }));
      }
      if (table.rows.length === 0) whole(mergerFile, 'the file has a header but no rows');
    }
  }
  if (!topo) return { problems };

  const provinces = new Map<string, MapProvince>();
  const units = new Map<string, string>();
  const objects = topo.objects as unknown as Record<string, { geometries: { properties: Record<string, string> }[] }>;
  for (const g of objects.vn_provinces.geometries) provinces.set(g.properties.iso, { iso: g.properties.iso, country: 'VN', name_vi: g.properties.name_vi, new_id: g.properties.new_id });
  for (const g of objects.la_provinces.geometries) provinces.set(g.properties.iso, { iso: g.properties.iso, country: 'LA', name_vi: g.properties.name_vi });
  for (const g of objects.vn_provinces_2025.geometries) units.set(g.properties.new_id, g.properties.name_vi);
  for (const p of provinces.values())
    if (p.new_id !== undefined && !units.has(p.new_id))
      whole(topoFile, `province ${p.iso} (${p.name_vi}) belongs to 2025 unit "${p.new_id}", which is not in vn_provinces_2025`);
  if (!merger) return { problems };

  // The merger table and the map describe the same 63 provinces and the same 34 units.
  const byIso = new Map(merger.map((m) => [m.old_iso, m]));
  const unitRows = new Map<string, number>();
  for (const m of merger) unitRows.set(m.new_id, (unitRows.get(m.new_id) ?? 0) + 1);
  const lineOf = (m: MergerRow) => (m as MergerRow & { __line: number }).__line;
  /** The first row of each unit: every row of a unit gives it the same Lao name. */
  const firstOfUnit = new Map<string, MergerRow>();
  for (const m of merger) {
    const at = (message: string) => problems.push({ file: mergerFile, line: lineOf(m), message });
    const lao = laoProblem(m.new_name_lo, m.new_name_vi);
    if (lao) at(`new_name_lo ${lao.replace('its twin', 'new_name_vi')}`);
    const first = firstOfUnit.get(m.new_id);
    if (!first) firstOfUnit.set(m.new_id, m);
    else if (first.new_name_lo !== m.new_name_lo) at(`new_name_lo "${m.new_name_lo}" differs from line ${lineOf(first)}, where ${m.new_id} is "${first.new_name_lo}"`);
    const p = provinces.get(m.old_iso);
    if (!p || p.country !== 'VN') at(`old_iso ${m.old_iso} is not a Viet Nam province of the map (${topoFile})`);
    else {
      if (p.name_vi !== m.old_name_vi) at(`old_name_vi "${m.old_name_vi}" is not the map's name of ${m.old_iso} ("${p.name_vi}")`);
      if (p.new_id !== m.new_id && units.has(m.new_id) && p.new_id !== undefined && units.has(p.new_id)) at(`new_id "${m.new_id}" differs from the map, where ${m.old_iso} is in "${p.new_id}"`);
    }
    const unit = units.get(m.new_id);
    if (unit === undefined) at(`new_id "${m.new_id}" is not a 2025 unit of the map (vn_provinces_2025)`);
    else if (unit !== m.new_name_vi) at(`new_name_vi "${m.new_name_vi}" is not the map's name of ${m.new_id} ("${unit}")`);
    const alone = unitRows.get(m.new_id) === 1;
    if (unit !== undefined && alone !== (m.new_is_unchanged === 'true'))
      at(`new_is_unchanged is ${m.new_is_unchanged}, but ${m.new_id} ${alone ? 'has no other province: true' : `joins ${unitRows.get(m.new_id)} provinces: false`}`);
  }
  for (const p of provinces.values())
    if (p.country === 'VN' && !byIso.has(p.iso) && !listedIsos.has(p.iso)) whole(mergerFile, `no row for ${p.iso} (${p.name_vi}), a province of the map: every one of them needs its 2025 unit`);
  for (const id of units.keys()) if (!unitRows.has(id) && !listedUnits.has(id)) whole(mergerFile, `no province joins the 2025 unit "${id}" of the map`);
  if (problems.length) return { problems };
  return { geo: { topo, merger, provinces, units }, problems };
}

/** Parses the TopoJSON and checks the shape of everything projectMap reads. */
function readTopology(path: string, file: string, problems: Problem[]): Topology | undefined {
  const whole = (message: string) => problems.push({ file, line: 0, message });
  if (!existsSync(path)) {
    whole('file is missing');
    return undefined;
  }
  const decoded = decodeUtf8(file, readFileSync(path));
  if (decoded.text === undefined) {
    problems.push(...decoded.problems);
    return undefined;
  }
  const text = decoded.text;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    if (!text.trim() || /end of JSON input/.test(message) || (pos && Number(pos[1]) >= text.trimEnd().length))
      whole('not valid JSON: the file ends in the middle (was it cut short when copied?)');
    else if (!pos) whole(`not valid JSON: ${message.replace(/,\s*(\.\.\.)?".*" is not valid JSON$/s, '')}`);
    else {
      const at = Number(pos[1]);
      const line = text.slice(0, at).split('\n').length;
      const column = at - text.lastIndexOf('\n', at - 1);
      problems.push({ file, line, message: `not valid JSON at column ${column}: ${message.replace(/\s*in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')}` });
    }
    return undefined;
  }
  const before = problems.length;
  const t = json as Record<string, unknown>;
  if (!t || typeof t !== 'object' || Array.isArray(t) || t.type !== 'Topology') {
    whole('not a TopoJSON topology ("type": "Topology" is missing)');
    return undefined;
  }
  const arcs = t.arcs;
  const isPoint = (p: unknown) => Array.isArray(p) && p.length >= 2 && p.every((c) => typeof c === 'number' && Number.isFinite(c));
  if (!Array.isArray(arcs) || arcs.length === 0) whole('"arcs" is missing or empty');
  else {
    const bad = arcs.findIndex((a) => !Array.isArray(a) || a.length < 2 || !a.every(isPoint));
    if (bad >= 0) whole(`arcs[${bad}] is not a list of at least two [x, y] points`);
  }
  if (t.transform !== undefined) {
    const tr = t.transform as Record<string, unknown>;
    if (!tr || !isPoint(tr.scale) || !isPoint(tr.translate)) whole('"transform" must have a numeric scale and translate');
  }
  const objects = t.objects as Record<string, unknown> | undefined;
  if (!objects || typeof objects !== 'object') {
    whole('"objects" is missing');
    return undefined;
  }
  if (problems.length > before) return undefined;
  const arcCount = (arcs as unknown[]).length;
  const arcsOk = (a: unknown, depth: number): boolean =>
    Array.isArray(a) && (depth === 0 ? a.every((i) => Number.isInteger(i) && (i >= 0 ? i : ~i) < arcCount) : a.length > 0 && a.every((x) => arcsOk(x, depth - 1)));
  for (const [name, spec] of Object.entries(OBJECTS)) {
    const o = objects[name] as { type?: string; geometries?: unknown[] } | undefined;
    if (!o || o.type !== 'GeometryCollection' || !Array.isArray(o.geometries) || o.geometries.length === 0) {
      whole(`objects.${name} is missing or has no shapes`);
      continue;
    }
    const keys = new Map<string, number>();
    o.geometries.forEach((g0, i) => {
      const g = g0 as { type?: string; arcs?: unknown; properties?: Record<string, unknown> };
      const props = g?.properties ?? {};
      const label = `objects.${name}.geometries[${i}]${typeof props[spec.key] === 'string' ? ` (${props[spec.key]})` : ''}`;
      if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') return whole(`${label} is a ${String(g?.type)}, not a Polygon or MultiPolygon`);
      if (!arcsOk(g.arcs, g.type === 'Polygon' ? 1 : 2)) return whole(`${label} refers to arcs that do not exist (the file has ${arcCount})`);
      for (const p of spec.props) {
        const value = props[p];
        if (typeof value !== 'string' || !value) return whole(`${label}: properties.${p} is missing`);
        const wrong = textProblem(value);
        if (wrong) return whole(`${label}: properties.${p} ${wrong}`);
      }
      const key = props[spec.key] as string;
      if (spec.pattern && !spec.pattern.test(key)) return whole(`${label}: properties.${spec.key} "${key}" is not an ISO 3166-2 code like ${name === 'vn_provinces' ? 'VN-05' : 'LA-HO'}`);
      if (keys.has(key)) return whole(`${label}: ${spec.key} ${key} is also geometries[${keys.get(key)}]`);
      keys.set(key, i);
    });
  }
  return problems.length > before ? undefined : (json as Topology);
}
