// The map's outlines, by province ISO code and neighbour ISO3. Only the map component imports this, so
// the outlines reach the browser once, in the prerendered SVG, and again only if a reader uses the
// map (they come with its script). Named imports let the bundler leave the rest of map.json out.
import { border, la, neighbours, units2025Outline, vn } from '$lib/data/generated/map.json';

export const provinceOutline: Record<string, string> = Object.fromEntries([...vn, ...la].map((p) => [p.iso, p.d]));
export const neighbourOutlines: string[] = neighbours.map((n) => n.d);
export const countryBorder: string = border;
export const unitsOutline: string = units2025Outline;
