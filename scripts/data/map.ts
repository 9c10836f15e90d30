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
// Room east of the coast for the labels of the Hoàng Sa and Trường Sa archipelagos.
const EAST_MARGIN = 70;
// Planar triangle area in square degrees (about 58 px per degree here, so roughly 0.7 px²).
const LOCATOR_WIDTH = 150;
const LOCATOR_HEIGHT = 214;
const MIN_WEIGHT = 2e-4;

type Props = Record<string, string>;

/** A province without its offshore islands (east of 110° E), for framing the map only. */
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
export function projectMap(topoIn: Topology<Objects<Props>>, mergerRows: MergerRow[]) {
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
  // Frame the mainland: the offshore archipelagos would otherwise stretch the frame to twice the
  // width of the country, so they are named at the frame's east edge instead (see islandLabels).
  const mainland: FeatureCollection = { type: 'FeatureCollection', features: both.features.map(mainlandPart) };
  const projection = geoMercator().fitExtent([[8, 8], [2000, HEIGHT - 8]], mainland);
  const [[x0], [x1]] = geoPath(projection).bounds(mainland);
  const WIDTH = Math.ceil(x1 - x0 + 16 + EAST_MARGIN);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + 8, ty]).clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection).digits(1);
  const outline = outliner(projection, 1);
  const at = (lon: number, lat: number) => round(projection([lon, lat]) as [number, number]);
  const round = (p: [number, number]) => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10] as [number, number];

  const merger = new Map(mergerRows.map((r) => [r.old_iso, { new_id: r.new_id, new_name_vi: r.new_name_vi, unchanged: r.new_is_unchanged === 'true' }]));

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
    c: round(path.centroid(f))
  }));
  const unitGeoms = o.vn_provinces_2025.geometries;
  const units2025Outline = outline(mesh(topo, { type: 'GeometryCollection', geometries: unitGeoms } as GeometryCollection, (a, b) => a !== b));

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
      la: at(103.2, 17.6),
      // Đà Nẵng's Hoàng Sa and Khánh Hòa's Trường Sa lie east of the frame: named at its edge, at their latitude.
      hoangSa: [WIDTH - 6, at(112, 16.5)[1]],
      truongSa: [WIDTH - 6, at(114, 10)[1]]
    },
    locator
  };
  return map;
}
