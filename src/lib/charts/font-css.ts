/**
 * `@font-face` rules that travel inside an exported SVG, so the file draws in the site's fonts
 * wherever it is opened. The browser reads the page's own rules (export-browser.ts), Node the
 * @fontsource stylesheets (scripts/export/fonts.ts); both keep only the subsets the text needs, in
 * the weights the SVG uses, so a file made either way carries the same faces.
 */

/** The families and weights an exported SVG uses (text and its semibold title and labels). */
export const EXPORT_FAMILIES = ['Be Vietnam Pro', 'Noto Sans Lao'];
export const EXPORT_WEIGHTS = ['400', '600'];

/** `U+0000-00FF, U+0131` → code point ranges (an empty range covers everything). */
export function parseUnicodeRange(range: string): [number, number][] {
  if (!range.trim()) return [[0, 0x10ffff]];
  return range.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    if (a.includes('?')) return [parseInt(a.replace(/\?/g, '0'), 16), parseInt(a.replace(/\?/g, 'F'), 16)];
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}

/** Whether a face with this unicode-range draws any character of the text. */
export function rangeCovers(range: string, text: string): boolean {
  const ranges = parseUnicodeRange(range);
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (ranges.some(([a, b]) => c >= a && c <= b)) return true;
  }
  return false;
}

/** The text an SVG draws (for choosing subsets), plus the digits every chart may show. */
export function svgText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ') + ' 0123456789';
}

export function fontFaceRule(family: string, weight: string, range: string, dataUrl: string): string {
  return `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};font-display:block;${range ? `unicode-range:${range};` : ''}src:url(${dataUrl}) format('woff2')}`;
}
