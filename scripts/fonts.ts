// The chart fonts on disk, for everything Node draws or measures: the advance widths the scene
// fits labels with (build-fonts.ts), the PNGs, slides and share images resvg draws, and the
// @font-face rules an exported SVG file carries.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXPORT_FAMILIES, EXPORT_WEIGHTS, fontFaceRule, rangeCovers } from '../src/lib/charts/font-css';

/** Full TTFs (@expo-google-fonts, OFL): resvg needs whole fonts, not the site's unicode-range subsets. */
export const FONT_FILES = {
  '400': 'node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  '600': 'node_modules/@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf',
  lao400: 'node_modules/@expo-google-fonts/noto-sans-lao/400Regular/NotoSansLao_400Regular.ttf',
  lao600: 'node_modules/@expo-google-fonts/noto-sans-lao/600SemiBold/NotoSansLao_600SemiBold.ttf'
} as const;

/**
 * The stylesheets the site itself loads (src/routes/+layout.svelte): an SVG file embeds the same
 * faces. Lao from the site's own rules (src/lib/fonts/lao.css: both weights, limited to the Lao
 * block), not the package's, which declare no unicode-range and so went into every file.
 */
const SITE_CSS = ['node_modules/@fontsource/be-vietnam-pro/400.css', 'node_modules/@fontsource/be-vietnam-pro/600.css', 'src/lib/fonts/lao.css'];

interface Face {
  family: string;
  weight: string;
  range: string;
  file: string;
}

let faces: Face[] | null = null;
function siteFaces(): Face[] {
  if (faces) return faces;
  faces = [];
  for (const css of SITE_CSS) {
    const path = join(process.cwd(), css);
    const text = readFileSync(path, 'utf8');
    for (const block of text.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const prop = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(block[1])?.[1].trim() ?? '';
      const file = /url\(['"]?([^)'"]+\.woff2)['"]?\)/.exec(block[1])?.[1];
      if (!file) continue;
      faces.push({ family: prop('font-family').replace(/['"]/g, ''), weight: prop('font-weight') || '400', range: prop('unicode-range'), file: join(dirname(path), file) });
    }
  }
  return faces;
}

/** `@font-face` rules (woff2 as data URLs) for the subsets the text needs, as the browser export embeds. */
export function embeddedFontCss(text: string): string {
  return siteFaces()
    .filter((f) => EXPORT_FAMILIES.includes(f.family) && EXPORT_WEIGHTS.includes(f.weight) && rangeCovers(f.range, text))
    .map((f) => fontFaceRule(f.family, f.weight, f.range, `data:font/woff2;base64,${readFileSync(f.file).toString('base64')}`))
    .join('\n');
}
