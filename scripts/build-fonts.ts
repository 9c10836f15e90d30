// `npm run data` (last step): the advance widths of the chart fonts, so the chart scene
// (src/lib/charts/text.ts) knows how wide a label is without a browser: the page, the SVG/PNG
// exports and the share images then fit labels the same way. Read from the full TTF files that the
// PNG rasteriser also uses (@expo-google-fonts, OFL), for the characters a chart can show.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { FONT_FILES } from './fonts';


// Latin, Vietnamese, punctuation and the symbols labels use; Lao from Noto Sans Lao.
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x1ea0, 0x1ef9],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ab, 0x20ab],
  [0x2190, 0x2193],
  [0x2248, 0x2265]
];
const LAO: [number, number] = [0xe80, 0xeff];

function advances(file: string, ranges: [number, number][]): Record<string, number> {
  const font = fontkit.openSync(join(process.cwd(), file)) as fontkit.Font;
  const out: Record<string, number> = {};
  for (const [a, b] of ranges)
    for (let cp = a; cp <= b; cp++) {
      if (!font.hasGlyphForCodePoint(cp)) continue;
      // Per mille of the em: small, and exact enough for fitting labels.
      out[cp] = Math.round((font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm) * 1000);
    }
  return out;
}

const metrics = {
  '400': { ...advances(FONT_FILES['400'], RANGES), ...advances(FONT_FILES.lao400, [LAO]) },
  '600': { ...advances(FONT_FILES['600'], RANGES), ...advances(FONT_FILES.lao600, [LAO]) }
};
const out = 'src/lib/charts/generated/font-metrics.json';
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(metrics);
writeFileSync(out, json);
console.log(`fonts: advance widths of ${Object.keys(metrics['400']).length} characters (${Math.round(json.length / 1024)} KiB)`);
