// A period label never crosses its bracket, on the page at phone, tablet and desktop widths and in
// every exported SVG; a bar's label may take the room up to half-way to its neighbours (the scene's
// rule), so bar labels never overlap one another and stay inside the chart. Measured in Chromium,
// in the real fonts.
// (A timeline's labels sit beside their bars, data-label-beside, and are not framed.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { langs } from './site';

const pages = ['/trade/', '/students/', '/investment/', '/experts/', '/views/trade/2006-2025/', '/views/students-son-la/2008-2017/'];
/** Subpixel rounding of borders and glyph side bearings. */
const SLACK = 1;

for (const width of [375, 768, 1280]) {
  test(`span and bar labels stay inside their frames at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    let checked = 0;
    for (const lang of langs) {
      for (const path of pages) {
        await page.goto(`/${lang}${path}`);
        await page.evaluate(() => document.fonts.ready);
        const found = await page.evaluate((slack) => {
          const out: string[] = [];
          let n = 0;
          const visible = (r: DOMRect) => r.width > 0.5 && r.height > 0.5;
          for (const a of document.querySelectorAll<HTMLElement>('[data-chart] a.span')) {
            const bracket = a.previousElementSibling;
            if (!bracket?.classList.contains('bracket')) {
              out.push(`${a.dataset.obs}: no bracket before its label`);
              continue;
            }
            const b = bracket.getBoundingClientRect();
            for (const t of a.querySelectorAll<HTMLElement>('.text')) {
              const r = t.getBoundingClientRect();
              if (!visible(r)) continue;
              n++;
              if (r.left < b.left - slack || r.right > b.right + slack) out.push(`${a.dataset.obs} "${t.textContent}": text ${r.left.toFixed(1)}–${r.right.toFixed(1)} outside bracket ${b.left.toFixed(1)}–${b.right.toFixed(1)}`);
            }
          }
          for (const chart of document.querySelectorAll<HTMLElement>('[data-chart]')) {
            const frame = chart.querySelector('svg')?.getBoundingClientRect();
            const labels = [...chart.querySelectorAll<HTMLElement>('a.bar-label')].flatMap((a) =>
              [...a.querySelectorAll<HTMLElement>('.text')].map((t) => ({ id: a.dataset.obs, text: t.textContent, r: t.getBoundingClientRect() })).filter((l) => visible(l.r))
            );
            for (const [i, l] of labels.entries()) {
              n++;
              if (frame && (l.r.left < frame.left - slack || l.r.right > frame.right + slack)) out.push(`${l.id} "${l.text}": bar label outside the chart`);
              for (const o of labels.slice(i + 1))
                if (l.r.left < o.r.right - slack && o.r.left < l.r.right - slack && l.r.top < o.r.bottom - slack && o.r.top < l.r.bottom - slack)
                  out.push(`${l.id} "${l.text}" overlaps ${o.id} "${o.text}"`);
            }
          }
          return { out, n };
        }, SLACK);
        checked += found.n;
        problems.push(...found.out.map((p) => `${lang}${path}: ${p}`));
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('in exported SVGs each bracket holds its label and each bar its value', async ({ page }) => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'spans-'));
  for (const [theme, size] of [['light', '1200x750'], ['slide', '1920x1080'], ['dark', '480x600'], ['light', '800x500']]) {
    execFileSync('npx', ['tsx', 'scripts/export.ts', '--all', '--format', 'svg', '--theme', theme, '--size', size, '--out', out], { stdio: 'pipe', timeout: 60_000 });
  }
  const files = readdirSync(out).filter((f) => f.endsWith('.svg'));
  expect(files.length).toBe(6 * 3 * 4);
  const problems: string[] = [];
  let checked = 0;
  for (const file of files) {
    // The file carries its fonts (@font-face data URLs), so Chromium measures what a reader sees.
    await page.setContent(readFileSync(join(out, file), 'utf8'));
    await page.evaluate(() => document.fonts.ready);
    const found = await page.evaluate((slack) => {
      const out: string[] = [];
      let n = 0;
      for (const t of document.querySelectorAll<SVGTextElement>('text[data-label-for]')) {
        const id = t.getAttribute('data-label-for')!;
        const frame = document.querySelector<SVGGraphicsElement>(`[data-obs="${CSS.escape(id)}"]:not(text)`);
        if (!frame) {
          out.push(`${id}: a label without its frame`);
          continue;
        }
        const f = frame.getBBox();
        const r = t.getBBox();
        n++;
        if (r.x < f.x - slack || r.x + r.width > f.x + f.width + slack) out.push(`${id} "${t.textContent}": text ${r.x.toFixed(1)}–${(r.x + r.width).toFixed(1)} outside ${f.x.toFixed(1)}–${(f.x + f.width).toFixed(1)}`);
      }
      const svg = document.querySelector('svg')!.getBBox();
      const bars = [...document.querySelectorAll<SVGTextElement>('text[data-bar-label-for]')].map((t) => ({ id: t.getAttribute('data-bar-label-for'), text: t.textContent, r: t.getBBox() }));
      for (const [i, l] of bars.entries()) {
        n++;
        if (l.r.x < svg.x - slack || l.r.x + l.r.width > svg.x + svg.width + slack) out.push(`${l.id} "${l.text}": bar label outside the picture`);
        for (const o of bars.slice(i + 1))
          if (l.r.x < o.r.x + o.r.width - slack && o.r.x < l.r.x + l.r.width - slack && l.r.y < o.r.y + o.r.height - slack && o.r.y < l.r.y + l.r.height - slack)
            out.push(`${l.id} "${l.text}" overlaps ${o.id} "${o.text}"`);
      }
      return { out, n };
    }, SLACK);
    checked += found.n;
    problems.push(...found.out.map((p) => `${file}: ${p}`));
  }
  expect(checked).toBeGreaterThan(50);
  expect(problems, problems.join('\n')).toEqual([]);
});
