/**
 * How wide a text is in the chart fonts, without a browser: the advance widths of Be Vietnam Pro
 * (and Noto Sans Lao) read from the fonts at build time (scripts/build-fonts.ts). The scene fits
 * labels with it, so the page, every export and the share images agree on what fits.
 */
import metrics from './generated/font-metrics.json';

type Weight = 400 | 600;
const table = metrics as unknown as Record<'400' | '600', Record<string, number>>;
/** A character the table lacks (rare symbols) counts as wide, so a label errs on having room. */
const FALLBACK = 700;

/** Width in px of `text` set at `size` px. */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  const widths = table[weight >= 600 ? '600' : '400'];
  let w = 0;
  for (const ch of text.normalize('NFC')) w += widths[ch.codePointAt(0) ?? 0] ?? FALLBACK;
  return (w / 1000) * size;
}

/** Greedy word wrap to a width; the last allowed line ends in an ellipsis if text is left over. */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number, weight: Weight = 400): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (let i = 0; i < words.length; i++) {
    const next = cur ? `${cur} ${words[i]}` : words[i];
    if (textWidth(next, size, weight) <= maxWidth || !cur) {
      cur = next;
      continue;
    }
    lines.push(cur);
    cur = words[i];
    if (lines.length === maxLines) {
      let last = lines[maxLines - 1];
      while (last.includes(' ') && textWidth(`${last} …`, size, weight) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
      lines[maxLines - 1] = `${last} …`;
      return lines;
    }
  }
  if (cur) lines.push(cur);
  return lines;
}
