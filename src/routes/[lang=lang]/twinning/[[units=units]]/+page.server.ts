import { langs, localized } from '$lib/i18n';
import type { Mode } from '$lib/twinning/model';
import { mapData, profileIndex, twinning } from '$lib/twinning/server';
import type { EntryGenerator } from './$types';

// Both administrative maps as pages of their own, so each works without JavaScript: /twinning/ (63
// provinces until 30 June 2025) and /twinning/34/ (the 34 units since 1 July 2025).
export const entries: EntryGenerator = () => langs.flatMap((lang) => [{ lang }, { lang, units: '34' }]);

// Everything the selection, search and table need. The province outlines are not page data: the
// prerendered SVG holds them, and the map's script brings them if a reader uses the map (geometry.ts).
export const load = ({ params }: { params: { units?: string } }) => ({
  mode: (params.units === '34' ? '34' : '63') as Mode,
  width: mapData.width,
  height: mapData.height,
  provinces: twinning.provinces,
  links: twinning.links,
  labels: mapData.labels,
  islands: mapData.islands,
  index: profileIndex,
  publishers: localized((lang) => [...new Set(twinning.links.map((l) => l.source.label[lang]))].join('; '))
});
