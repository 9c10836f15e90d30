// What a presenter downloads is what they saw: for every chart in Vietnamese and English (and two in
// Lao, whose files carry Lao labels and fonts), the page's marks
// and legend against every file made of it, in the browser (the Download menu's SVG, PNG, slide and
// PowerPoint sources) and by `npm run export` in Node (the SVG file and the PowerPoint slide).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const charts = ['trade', 'students', 'students-son-la', 'investment-projects', 'investment-capital', 'experts'] as const;
const pagePath: Record<(typeof charts)[number], string> = {
  trade: '/trade/',
  students: '/students/',
  'students-son-la': '/students/',
  'investment-projects': '/investment/',
  'investment-capital': '/investment/',
  experts: '/experts/'
};

/** The deck `--all` writes: a slide per chart and language, in this order. */
const deckLangs = ['vi', 'en', 'lo'] as const;
const runs = (['vi', 'en', 'lo'] as const).flatMap((lang) =>
  (lang === 'lo' ? (['trade', 'investment-capital'] as const) : charts).map((chart) => ({ lang, chart }))
);

let out = '';
let notes: string[] = [];
let slides: string[] = [];

test.beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'parity-'));
  execFileSync('npx', ['tsx', 'scripts/export.ts', '--all', '--format', 'svg,pptx', '--out', out], { stdio: 'pipe', timeout: 120_000 });
  const zip = await JSZip.loadAsync(readFileSync(join(out, `charts-${deckLangs.join('-')}.pptx`)));
  const ordered = (re: RegExp) => Object.keys(zip.files).filter((f) => re.test(f)).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  notes = await Promise.all(ordered(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((f) => zip.file(f)!.async('string')));
  slides = await Promise.all(ordered(/^ppt\/slides\/slide\d+\.xml$/).map((f) => zip.file(f)!.async('string')));
});

const sorted = (xs: string[]) => [...new Set(xs)].sort();
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

/** The data-obs values and legend labels of an SVG, read by the browser's own parser. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      obs: [...new Set([...doc.querySelectorAll('[data-obs]')].map((e) => e.getAttribute('data-obs')!))].sort(),
      legend: [...doc.querySelectorAll('[data-legend]')].map((e) => e.textContent ?? '')
    };
  }, svg);
}

for (const { lang, chart } of runs) {
  test(`${chart} (${lang}): page, SVG, PNG, slide and PowerPoint show the same values and legend`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${lang}${pagePath[chart]}`);
    const figure = page.locator(`#chart-${chart}`);
    const obs = sorted(await figure.locator(`[data-chart="${chart}"] [data-obs]:not(.same)`).evaluateAll((els) => els.map((e) => e.getAttribute('data-obs')!)));
    const legend = (await figure.locator('li[data-legend]').allTextContents()).map((t) => t.trim());
    expect(obs.length).toBeGreaterThan(0);
    expect(legend.length).toBeGreaterThan(0);
    const want = { obs, legend };

    // The browser's exporter: what each download is drawn from.
    for (const kind of ['svg', 'png', 'slide'] as const) {
      const { svg } = await page.evaluate(([id, k]) => (window as unknown as { __chartExport: Record<string, (k: string) => Promise<{ svg: string }>> }).__chartExport[id](k), [chart, kind] as const);
      expect(await readSvg(page, svg), `browser ${kind}`).toEqual(want);
    }
    const deck = await page.evaluate((id) => (window as unknown as { __chartExport: Record<string, (k: string) => Promise<{ svg: string; obsIds: string[] }>> }).__chartExport[id]('pptx'), chart);
    expect(sorted(deck.obsIds), 'browser pptx notes').toEqual(obs);
    expect((await readSvg(page, deck.svg)).obs, 'browser pptx chart').toEqual(obs);

    // npm run export, in Node.
    const file = readFileSync(join(out, `${chart}-${lang}-light-1200x750.svg`), 'utf8');
    expect(await readSvg(page, file), 'CLI svg').toEqual(want);
    const i = charts.indexOf(chart) * deckLangs.length + deckLangs.indexOf(lang);
    const said = [...notes[i].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1])).join('\n');
    expect(sorted([...said.matchAll(/#obs-([\w.-]+)/g)].map((m) => m[1])), 'CLI pptx notes').toEqual(obs);
    const texts = [...slides[i].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]));
    for (const label of legend) expect(texts, 'CLI pptx legend').toContain(label);
  });
}
