/**
 * A share card (1200 × 630) for a page that is not one chart: the twinning map, a province profile,
 * the home, sources and about pages. Text and facts the page itself states, the map outlines the
 * build projected once (the profile's locator), the site's name; nothing else. Pure: the build
 * rasterises it (scripts/build-share.ts).
 */
import { palettes } from '$lib/charts/export-svg';
import { wrapText } from '$lib/charts/text';
import { SHARE_SIZE } from './paths';

export interface CardInput {
  lang: string;
  site: string;
  kicker?: string;
  title: string;
  /** Short lines of fact, as the page states them. */
  facts: string[];
  /** Outlines to draw at the right (the locator map), each with its role. */
  map?: { width: number; height: number; shapes: { d: string; role: 'self' | 'partner' | 'vn' | 'la' }[] };
}

const FONT = "'Be Vietnam Pro', 'Noto Sans Lao', sans-serif";
const FACT_SIZE = 30;
/** Width of the text column beside a map. */
const TEXT_W = SHARE_SIZE.width - 2 * 64 - 440;

/**
 * As many names as fit in two lines of a fact, then how many more: "Đối tác: A, B, C, và 4 tỉnh khác".
 * `line(shown, more)` writes the fact.
 */
export function fitList(names: string[], line: (shown: string[], more: number) => string): string {
  for (let k = names.length; k > 1; k--) if (wrapText(line(names.slice(0, k), names.length - k), FACT_SIZE, TEXT_W, 3).length <= 2) return line(names.slice(0, k), names.length - k);
  return line(names.slice(0, 1), names.length - 1);
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => (Math.round(v * 10) / 10).toString();

export function cardSvg(c: CardInput): string {
  const { width: W, height: H } = SHARE_SIZE;
  const pal = palettes.light;
  const pad = 64;
  const mapW = c.map ? 400 : 0;
  const textW = W - 2 * pad - (mapW ? mapW + 40 : 0);
  const out: string[] = [];
  out.push(`<rect width="${W}" height="${H}" fill="${pal.bg}"/>`, `<rect width="${W}" height="14" fill="${pal.c.c1}"/>`);
  out.push(`<text x="${pad}" y="${pad + 30}" font-size="28" font-weight="600" fill="${pal.c.c1}">${esc(c.site)}</text>`);
  let y = pad + 30 + 64;
  if (c.kicker) {
    out.push(`<text x="${pad}" y="${y}" font-size="28" fill="${pal.muted}">${esc(c.kicker)}</text>`);
    y += 20;
  }
  // The largest title size (72 down to 44 px) that fits in two lines.
  const size = [72, 64, 56, 50, 44].find((s) => wrapText(c.title, s, textW, 3, 600).length <= 2) ?? 44;
  for (const line of wrapText(c.title, size, textW, 2, 600)) {
    y += size * 1.12;
    out.push(`<text x="${pad}" y="${n(y)}" font-size="${size}" font-weight="600" fill="${pal.text}">${esc(line)}</text>`);
  }
  y += 28;
  for (const fact of c.facts) {
    for (const line of wrapText(fact, FACT_SIZE, textW, 2)) {
      y += FACT_SIZE * 1.4;
      if (y > H - pad - 40) break;
      out.push(`<text x="${pad}" y="${n(y)}" font-size="${FACT_SIZE}" fill="${pal.text}">${esc(line)}</text>`);
    }
    y += 10;
  }
  if (c.map) {
    const box = { x: W - pad - mapW, y: 70, w: mapW, h: H - 140 };
    const k = Math.min(box.w / c.map.width, box.h / c.map.height);
    const tx = box.x + (box.w - c.map.width * k) / 2;
    const ty = box.y + (box.h - c.map.height * k) / 2;
    const fill = { vn: '#dfe2e6', la: '#efe6d5', partner: '#eba98a', self: pal.c.c2 };
    out.push(`<g transform="translate(${n(tx)} ${n(ty)}) scale(${k.toFixed(4)})" stroke="${pal.bg}" stroke-width="${n(0.8 / k)}">`);
    // The highlighted provinces last, so their outline is not covered by a neighbour's.
    const order = { vn: 0, la: 0, partner: 1, self: 2 };
    for (const s of [...c.map.shapes].sort((a, b) => order[a.role] - order[b.role])) out.push(`<path d="${s.d}" fill="${fill[s.role]}"/>`);
    out.push('</g>');
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${c.lang}" font-family="${esc(FONT)}">${out.join('')}</svg>`;
}
