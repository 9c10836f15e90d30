import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// Page weight: all JavaScript a page loads until the network is idle, each file gzipped at level 9,
// against the budget of 60 kB (60,000 bytes). A chart page is about 55 kB (Svelte 21.8, SvelteKit
// 12.6, the page and chart figure); the chart (LayerCake, d3-scale, the layers), the share and
// download buttons, the data table, the other figures and the twinning map are islands that load on
// first use (see src/lib/islands/Island.svelte), so they are not counted here.
// Each language is its own client build (scripts/build-site.ts), so a page hydrates its messages in
// its own language only; a profile's and a 2025 unit's link cards are islands too. With Lao as a
// third language that took the twinning page from 62.2 to 58.7 kB and Sơn La's profile from 64.2 to
// 57.2 (en), 58.1 (vi) and 58.9 kB (lo, whose script is 3 bytes a letter).
// The timeline (326 events) is prerendered HTML that is never hydrated; its filter is a small
// script on the page, so it stays near a plain page's weight.
// The sizes are read from build/, which the preview serves: asking the browser for response bodies
// can fail now and then (a body it no longer holds), and the bytes are the same.
const budget = 60_000;
// Every page type: the overview, the chart pages, the twinning map and table, a province and a
// 2025 unit, the sources, the timeline, the figures and about pages, and the embed.
const pages = [
  '/en/',
  '/en/trade/',
  '/en/students/',
  '/en/investment/',
  '/en/experts/',
  '/en/twinning/',
  '/en/twinning/34/',
  '/en/provinces/son-la/',
  '/en/units/quang-tri/',
  '/en/sources/',
  '/en/timeline/',
  '/en/figures/',
  '/en/about/',
  '/embed/en/trade/',
  // A view that only hides series is a style: it loads no more script than the plain page.
  '/embed/en/trade/?series=total',
  '/en/trade/?series=exports,imports',
  // Each language's pages have their own build: the heaviest page types in each.
  '/vi/twinning/',
  '/vi/provinces/son-la/',
  '/lo/trade/',
  '/lo/twinning/',
  '/lo/provinces/son-la/',
  '/lo/units/quang-tri/'
];

for (const url of pages) {
  test(`${url} loads at most ${budget / 1000} kB of gzipped JavaScript`, async ({ page }) => {
    const names = new Set<string>();
    page.on('request', (req) => {
      const name = new URL(req.url()).pathname;
      if (name.endsWith('.js')) names.add(name);
    });
    await page.goto(url);
    // Hydrated first: on a busy machine the page's imports can pause long enough for "network idle"
    // to come before the last of them, and a budget must not pass on a count that stopped early.
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const sizes = [...names].map((name) => ({ name, gzip: gzipSync(readFileSync(`build${name}`), { level: 9 }).length }));
    const total = sizes.reduce((n, f) => n + f.gzip, 0);
    console.log(
      `${url}: ${sizes.length} JS files, ${total} B gzipped (budget ${budget} B)\n` +
        sizes
          .sort((a, b) => b.gzip - a.gzip)
          .map((f) => `  ${String(f.gzip).padStart(6)} B  ${f.name}`)
          .join('\n')
    );
    expect(sizes.length, 'the page loads JavaScript at all').toBeGreaterThan(0);
    expect(total, `${url}: gzipped JS ${total} B`).toBeLessThanOrEqual(budget);
  });
}
