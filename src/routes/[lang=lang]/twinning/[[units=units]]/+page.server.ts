import { mapData, twinning } from '$lib/twinning/server';

// Everything the selection, search and table need. The province outlines are not page data: the
// prerendered SVG holds them, and the map's script brings them if a reader uses the map (geometry.ts).
export const load = () => ({
  width: mapData.width,
  height: mapData.height,
  provinces: twinning.provinces,
  links: twinning.links,
  labels: mapData.labels,
  publishers: { vi: [...new Set(twinning.links.map((l) => l.source.label.vi))].join('; '), en: [...new Set(twinning.links.map((l) => l.source.label.en))].join('; ') }
});
