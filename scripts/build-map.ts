// `npm run data` (second step): projects the province boundaries once, at build time, so pages
// ship ready SVG paths and never run a projection in the browser.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const TOPO = 'data/geo/vn-la-provinces.topo.json';
const MERGER = 'data/geo/vn-2025-merger.csv';
const OUT = 'src/lib/data/generated/map.json';
export const WIDTH = 520;
export const HEIGHT = 760;

type Props = Record<string, string>;

function main() {
  if (!existsSync(TOPO)) {
    console.error(`${TOPO}:1: file is missing`);
    process.exit(1);
  }
  const topo = JSON.parse(readFileSync(TOPO, 'utf8')) as Topology;
  const o = topo.objects as Record<string, GeometryCollection<Props>>;
  const fc = (name: string) => feature(topo, o[name]) as unknown as FeatureCollection<Geometry, Props>;
  const vn = fc('vn_provinces');
  const la = fc('la_provinces');
  const nb = fc('neighbours');
  const vn25 = fc('vn_provinces_2025');

  const both: FeatureCollection = { type: 'FeatureCollection', features: [...vn.features, ...la.features] };
  const projection = geoMercator().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], both);
  const path = geoPath(projection).digits(1);
  const round = (p: [number, number]) => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10] as [number, number];

  const merger = new Map(
    readFileSync(MERGER, 'utf8').trim().split('\n').slice(1).map((l) => {
      const [old_iso, , new_name_vi, new_id, unchanged] = l.split(',');
      return [old_iso, { new_id, new_name_vi, unchanged: unchanged === 'true' }];
    })
  );

  const province = (f: Feature<Geometry, Props>, country: 'VN' | 'LA') => ({
    iso: f.properties.iso,
    country,
    name_vi: f.properties.name_vi,
    name_en: f.properties.name_en,
    d: path(f) ?? '',
    c: round(path.centroid(f)),
    ...(country === 'VN' ? { new_id: merger.get(f.properties.iso)?.new_id ?? '' } : {})
  });

  const vnGeoms = o.vn_provinces.geometries;
  const laGeoms = o.la_provinces.geometries;
  const all = { type: 'GeometryCollection', geometries: [...vnGeoms, ...laGeoms] } as GeometryCollection;
  const isVN = new Set(vnGeoms);
  const border = mesh(topo, all, (a, b) => a !== b && isVN.has(a as never) !== isVN.has(b as never));

  const units2025 = vn25.features.map((f) => ({
    new_id: f.properties.new_id,
    name_vi: f.properties.name_vi,
    d: path(f) ?? '',
    c: round(path.centroid(f))
  }));

  const map = {
    width: WIDTH,
    height: HEIGHT,
    vn: vn.features.map((f) => province(f, 'VN')),
    la: la.features.map((f) => province(f, 'LA')),
    neighbours: nb.features.map((f) => ({ iso3: f.properties.iso3, name_vi: f.properties.name_vi, name_en: f.properties.name_en, d: path(f) ?? '' })),
    units2025,
    merger: Object.fromEntries([...merger].map(([iso, m]) => [iso, m])),
    border: path(border) ?? ''
  };
  const json = JSON.stringify(map);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(`${OUT}.tmp`, json);
  renameSync(`${OUT}.tmp`, OUT);
  console.log(`map: ${map.vn.length} + ${map.la.length} provinces, ${units2025.length} units of 2025, ${(json.length / 1024).toFixed(0)} KiB`);
}

try {
  main();
} catch (e) {
  console.error(`scripts/build-map.ts: internal error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
