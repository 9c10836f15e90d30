// The province map, projected once at build time, so pages ship ready SVG paths and never run a
// projection in the browser. The build (build.ts) checks the TopoJSON and the merger table first
// (geo.ts), then calls projectMap, and writes map.json with every other output in one step.
import { geoMercator, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import { feature, mesh, neighbors } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { RelativePathContext } from '../svg-path';
import type { MergerRow } from './geo';

export const HEIGHT = 760;
// The frame reaches east to the Hoàng Sa and Trường Sa archipelagos (Đà Nẵng's and Khánh Hòa's
// islands), so they are drawn, and named, where they are: at sea, never over the mainland.
const EAST_EDGE = 115.4;
// Planar triangle area in square degrees (about 58 px per degree here, so roughly 0.7 px²).
const LOCATOR_WIDTH = 150;
const LOCATOR_HEIGHT = 214;
const MIN_WEIGHT = 2e-4;

type Props = Record<string, string>;
type Point = [number, number];

/** A border-gate pair as the data gives it: the provinces of its two ends and any coordinates. */
export interface GateInput {
  link: string;
  vnIso: string;
  laIso: string;
  /** [lon, lat] of the Viet Nam gate, of the Lao gate, when the data has them. */
  vn: Point | null;
  la: Point | null;
}

/** Where the map draws a border-gate pair. */
export interface PlacedGate {
  link: string;
  /** The crossing (the Viet Nam gate), in map coordinates. */
  at: Point;
  /** The Lao gate, when both have coordinates and they differ. */
  la?: Point;
  /** No coordinates: placed on the shared border of its two provinces. */
  approximate: boolean;
  /** Its two provinces share a border (otherwise it sits at the nearest point of the whole border). */
  shared: boolean;
  /** How far the given coordinates lie from that border, in km (0 when placed on it). */
  offBorderKm: number;
}

/** The point at `t` (0–1) of the way along polylines laid end to end. */
export function pointAlong(lines: Point[][], t: number): Point {
  const seg = (a: Point, b: Point) => Math.hypot(b[0] - a[0], b[1] - a[1]);
  const total = lines.reduce((n, l) => n + l.slice(1).reduce((m, p, i) => m + seg(l[i], p), 0), 0);
  let left = total * t;
  for (const l of lines)
    for (let i = 1; i < l.length; i++) {
      const d = seg(l[i - 1], l[i]);
      if (left <= d && d > 0) {
        const k = left / d;
        return [l[i - 1][0] + (l[i][0] - l[i - 1][0]) * k, l[i - 1][1] + (l[i][1] - l[i - 1][1]) * k];
      }
      left -= d;
    }
  const last = lines[lines.length - 1];
  return last[last.length - 1];
}

/** The distance from a point to the nearest of some polylines, and that nearest point. */
export function nearestOn(lines: Point[][], p: Point): { d: number; at: Point } {
  let best = { d: Infinity, at: p };
  for (const l of lines)
    for (let i = 1; i < l.length; i++) {
      const [a, b] = [l[i - 1], l[i]];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const len = dx * dx + dy * dy;
      const k = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
      const q: Point = [a[0] + dx * k, a[1] + dy * k];
      const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
      if (d < best.d) best = { d, at: q };
    }
  return best;
}

/** A province without its offshore islands (east of 110° E), for framing the map's height and the locator. */
function mainlandPart(f: Feature): Feature {
  if (f.geometry.type !== 'MultiPolygon') return f;
  const polygons = f.geometry.coordinates.filter((poly) => poly[0].every(([lon]) => lon < 110));
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

/** SVG path data of a shape, in relative steps (see svg-path.ts), `digits` decimals. */
function outliner(projection: GeoProjection, digits: number) {
  const ctx = new RelativePathContext(digits);
  // Path data only: d3-geo calls moveTo, lineTo, closePath and arc, never beginPath.
  const draw = geoPath(projection, ctx as unknown as GeoContext);
  return (shape: Parameters<typeof draw>[0]) => {
    draw(shape);
    return ctx.result();
  };
}

/**
 * The map of the site (src/lib/data/generated/map.json) from a checked TopoJSON and merger table:
 * provinces as ready SVG paths, the Viet Nam–Laos border, the 34 units of 2025 and the locator.
 * Pure: it reads and writes nothing, so the build can compute it before it writes anything.
 */
export function projectMap(topoIn: Topology<Objects<Props>>, mergerRows: MergerRow[], gateInputs: GateInput[] = []) {
  // Detail finer than about a third of a pixel at the drawn size is invisible but would triple the
  // page: simplify the shared arcs once, so neighbouring provinces still meet exactly.
  // (presimplify adds a weight to every point in place: each use gets its own copy.)
  const read = () => structuredClone(topoIn);
  const topo = simplify(presimplify(read()), MIN_WEIGHT);
  const o = topo.objects as Record<string, GeometryCollection<Props>>;
  const fc = (name: string) => feature(topo, o[name]) as unknown as FeatureCollection<Geometry, Props>;
  const vn = fc('vn_provinces');
  const la = fc('la_provinces');
  const nb = fc('neighbours');
  const vn25 = fc('vn_provinces_2025');

  const both: FeatureCollection = { type: 'FeatureCollection', features: [...vn.features, ...la.features] };
  // The mainland sets the height (north to south); the frame then runs east to the archipelagos.
  const mainland: FeatureCollection = { type: 'FeatureCollection', features: both.features.map(mainlandPart) };
  const projection = geoMercator().fitExtent([[8, 8], [2000, HEIGHT - 8]], mainland);
  const [[x0], [x1]] = geoPath(projection).bounds(mainland);
  const xEast = (projection([EAST_EDGE, 12]) as Point)[0];
  const WIDTH = Math.ceil(Math.max(x1, xEast) - x0 + 16);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + 8, ty]).clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection).digits(1);
  const outline = outliner(projection, 1);
  const at = (lon: number, lat: number) => round(projection([lon, lat]) as [number, number]);
  const round = (p: [number, number]) => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10] as [number, number];

  const merger = new Map(mergerRows.map((r) => [r.old_iso, { new_id: r.new_id, new_name_vi: r.new_name_vi, unchanged: r.new_is_unchanged === 'true' }]));
  // A unit's Lao name, from the merger table (the map's own properties name it in Vietnamese only).
  const unitLao = new Map(mergerRows.map((r) => [r.new_id, r.new_name_lo]));

  const vnGeoms = o.vn_provinces.geometries;
  const laGeoms = o.la_provinces.geometries;
  const all = { type: 'GeometryCollection', geometries: [...vnGeoms, ...laGeoms] } as GeometryCollection;
  const isVN = new Set(vnGeoms);
  const border = mesh(topo, all, (a, b) => a !== b && isVN.has(a as never) !== isVN.has(b as never));
  // A province "on the border" shares an arc with a province of the other country.
  const adjacency = neighbors(all.geometries as never);
  const onBorder = new Set<string>();
  all.geometries.forEach((g, i) => {
    if (adjacency[i].some((j) => isVN.has(all.geometries[j] as never) !== isVN.has(g as never))) onBorder.add((g.properties as Props).iso);
  });

  const province = (f: Feature<Geometry, Props>, country: 'VN' | 'LA') => ({
    iso: f.properties.iso,
    country,
    name_vi: f.properties.name_vi,
    name_en: f.properties.name_en,
    d: outline(f),
    c: round(path.centroid(f)),
    // Bounds let the page zoom to a selection without measuring paths in the browser.
    b: path.bounds(f).flat().map((v) => Math.round(v)),
    onBorder: onBorder.has(f.properties.iso),
    ...(country === 'VN' ? { new_id: merger.get(f.properties.iso)?.new_id ?? '' } : {})
  });

  // The 34 units of 2025 are drawn as their outlines over the 63 provinces (which carry the
  // links), so the page does not ship a second full set of Viet Nam polygons.
  const units2025 = vn25.features.map((f) => ({
    new_id: f.properties.new_id,
    name_vi: f.properties.name_vi,
    name_lo: unitLao.get(f.properties.new_id) ?? f.properties.name_vi,
    c: round(path.centroid(f))
  }));
  const unitGeoms = o.vn_provinces_2025.geometries;
  const units2025Outline = outline(mesh(topo, { type: 'GeometryCollection', geometries: unitGeoms } as GeometryCollection, (a, b) => a !== b));

  // The archipelagos: a dashed frame around each (its islands are specks at this scale) and its
  // label beside it, at sea, clear of the islands themselves.
  // (From the full-detail shapes: simplified for drawing, islands this small vanish.)
  const fullVn = feature(topoIn, (topoIn.objects as Record<string, GeometryCollection<Props>>).vn_provinces) as unknown as FeatureCollection<Geometry, Props>;
  const offshore = (iso: string) => {
    const f = fullVn.features.find((x) => x.properties.iso === iso);
    const polys = f?.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.filter((poly) => poly[0].some(([lon]) => lon >= 110)) : [];
    if (!polys.length) return null;
    const [[bx0, by0], [bx1, by1]] = path.bounds({ type: 'MultiPolygon', coordinates: polys });
    const pad = 6;
    const box = [bx0 - pad, by0 - pad, bx1 + pad, by1 + pad].map((v) => Math.round(v * 10) / 10) as [number, number, number, number];
    // Each island as a dot where it is (an island is a fraction of a pixel here).
    const dots = polys.map((poly) => round(path.centroid({ type: 'Polygon', coordinates: poly }) as Point));
    return { box, dots };
  };
  const hoangSa = offshore('VN-DN');
  const truongSa = offshore('VN-34');
  const islands = [
    // Below Hoàng Sa, centred on it; west of Trường Sa, whose islands reach the frame's east edge.
    hoangSa && { id: 'hoangSa', province: 'VN-DN', ...hoangSa, label: [round([(hoangSa.box[0] + hoangSa.box[2]) / 2, 0])[0], hoangSa.box[3] + 4] as Point, place: 'below' as const },
    truongSa && { id: 'truongSa', province: 'VN-34', ...truongSa, label: [truongSa.box[0] - 4, round([0, (truongSa.box[1] + truongSa.box[3]) / 2])[1]] as Point, place: 'left' as const }
  ].filter((x) => x !== null);

  // Border-gate pairs: at their coordinates where the data has them, otherwise on the border their
  // two provinces share (spread along it when several share one stretch), flagged approximate.
  const geomOf = new Map(all.geometries.map((g) => [(g.properties as Props).iso, g]));
  const projected = (lines: Point[][]) => lines.map((l) => l.map((p) => projection(p) as Point));
  const sharedBorder = (vnIso: string, laIso: string): Point[][] => {
    const [a, b] = [geomOf.get(vnIso), geomOf.get(laIso)];
    if (!a || !b) return [];
    return projected(mesh(topo, all, (p, q) => (p === a && q === b) || (p === b && q === a)).coordinates as Point[][]);
  };
  const wholeBorder = projected(border.coordinates as Point[][]);
  // A Mercator pixel spans the same longitude everywhere, so its length on the ground is that arc at the latitude.
  const degPerPx = Math.abs(projection.invert!([1, 0])![0] - projection.invert!([0, 0])![0]);
  const kmOff = (px: number, lat: number) => Math.round(px * degPerPx * (Math.PI / 180) * 6371 * Math.cos((lat * Math.PI) / 180));
  const centroidOf = (iso: string) => {
    const f = [...vn.features, ...la.features].find((x) => x.properties.iso === iso);
    return f ? (path.centroid(f) as Point) : ([WIDTH / 2, HEIGHT / 2] as Point);
  };
  const pairs = new Map<string, GateInput[]>();
  for (const g of gateInputs) if (!g.vn && !g.la) pairs.set(`${g.vnIso}|${g.laIso}`, [...(pairs.get(`${g.vnIso}|${g.laIso}`) ?? []), g]);
  const gates: PlacedGate[] = gateInputs.map((g) => {
    const shared = sharedBorder(g.vnIso, g.laIso);
    const line = shared.length ? shared : wholeBorder;
    const given = g.vn ?? g.la;
    if (given) {
      const at = projection(given) as Point;
      const other = g.vn && g.la ? (projection(g.la) as Point) : undefined;
      const off = kmOff(nearestOn(line, at).d, given[1]);
      return { link: g.link, at: round(at), ...(other && Math.hypot(other[0] - at[0], other[1] - at[1]) >= 0.5 ? { la: round(other) } : {}), approximate: false, shared: shared.length > 0, offBorderKm: off };
    }
    const group = pairs.get(`${g.vnIso}|${g.laIso}`)!;
    const t = (group.indexOf(g) + 1) / (group.length + 1);
    const [a, b] = [centroidOf(g.vnIso), centroidOf(g.laIso)];
    const at = shared.length ? pointAlong(shared, t) : nearestOn(wholeBorder, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]).at;
    return { link: g.link, at: round(at), approximate: true, shared: shared.length > 0, offBorderKm: 0 };
  });

  // Profiles show a thumbnail locator map: far coarser shapes keep each profile page light.
  const coarse = simplify(presimplify(read()), 40 * MIN_WEIGHT);
  const co = coarse.objects as Record<string, GeometryCollection<Props>>;
  const coarseAll: FeatureCollection<Geometry, Props> = {
    type: 'FeatureCollection',
    features: [...(feature(coarse, co.vn_provinces) as unknown as FeatureCollection<Geometry, Props>).features, ...(feature(coarse, co.la_provinces) as unknown as FeatureCollection<Geometry, Props>).features]
  };
  const locatorFrame: FeatureCollection = { type: 'FeatureCollection', features: coarseAll.features.map(mainlandPart) };
  const locatorPath = outliner(
    geoMercator().fitExtent([[2, 2], [LOCATOR_WIDTH - 2, LOCATOR_HEIGHT - 2]], locatorFrame).clipExtent([[0, 0], [LOCATOR_WIDTH, LOCATOR_HEIGHT]]),
    0
  );
  const locator = {
    width: LOCATOR_WIDTH,
    height: LOCATOR_HEIGHT,
    shapes: coarseAll.features.map((f) => ({ iso: f.properties.iso, d: locatorPath(f) }))
  };

  const map = {
    width: WIDTH,
    height: HEIGHT,
    vn: vn.features.map((f) => province(f, 'VN')),
    la: la.features.map((f) => province(f, 'LA')),
    neighbours: nb.features.map((f) => ({ iso3: f.properties.iso3, name_vi: f.properties.name_vi, name_en: f.properties.name_en, d: outline(f) })),
    units2025,
    units2025Outline,
    merger: Object.fromEntries([...merger].map(([iso, m]) => [iso, m])),
    border: outline(border),
    labels: {
      vn: at(107.9, 13.9),
      la: at(103.2, 17.6)
    },
    islands,
    gates,
    locator
  };
  return map;
}
