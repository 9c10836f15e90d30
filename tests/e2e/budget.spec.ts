import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// Page weight: all JavaScript a chart page loads, each file gzipped at level 9. Issue 8 sets a target
// of 60 kB, which the pages do NOT meet yet (about 79 kB for a chart page: Svelte 21, SvelteKit 12.5,
// LayerCake with d3-scale 18, the chart kit and page 25). Until they do, this test is a ceiling that
// catches any growth, and it prints each page's figure against the target.
const target = 60 * 1024;
const budget = 80 * 1024;
const chartPages = ['/trade/', '/students/', '/investment/', '/experts/', '/twinning/'];

for (const path of chartPages) {
  const url = `/en${path}`;
  test(`${url} loads at most 80 kB of gzipped JavaScript (target 60 kB)`, async ({ page }) => {
    const files = new Map<string, Promise<number>>();
    page.on('response', (res) => {
      const name = new URL(res.url()).pathname;
      if (!name.endsWith('.js') || files.has(name)) return;
      files.set(
        name,
        res.body().then((body) => gzipSync(body, { level: 9 }).length)
      );
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all([...files].map(async ([name, size]) => ({ name, gzip: await size })));
    const total = sizes.reduce((n, f) => n + f.gzip, 0);
    console.log(
      `${url}: ${sizes.length} JS files, ${total} B gzipped (ceiling ${budget} B; target ${target} B ${total <= target ? 'met' : 'NOT met'})\n` +
        sizes
          .sort((a, b) => b.gzip - a.gzip)
          .map((f) => `  ${String(f.gzip).padStart(6)} B  ${f.name}`)
          .join('\n')
    );
    expect(sizes.length, 'the page loads JavaScript at all').toBeGreaterThan(0);
    expect(total, `${url}: gzipped JS ${total} B`).toBeLessThanOrEqual(budget);
  });
}
