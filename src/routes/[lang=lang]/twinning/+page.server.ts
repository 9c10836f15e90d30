import { mapData, twinning } from '$lib/twinning/server';

// The page ships the 63 + 18 province outlines once (in the prerendered SVG and its hydration
// data), with everything the selection, search and table need; nothing is projected in the browser.
export const load = () => ({
  width: mapData.width,
  height: mapData.height,
  provinces: twinning.provinces,
  links: twinning.links,
  neighbours: mapData.neighbours.map((n) => ({ iso3: n.iso3, name: { vi: n.name_vi, en: n.name_en }, d: n.d })),
  border: mapData.border,
  labels: mapData.labels,
  unitsOutline: mapData.units2025Outline,
  publishers: [...new Set(twinning.links.map((l) => l.source.label))].join('; ')
});
