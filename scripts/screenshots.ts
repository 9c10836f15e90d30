// Screenshots of the built site for a visual check: every page type in vi and en, 375 px and
// 1280 px wide, light and dark. Usage: tsx scripts/screenshots.ts [out-dir] [path-filter]
// (expects `npm run preview` on :4173, or on $PORT). PATHS=/a/,/b/ replaces the list of pages;
// NOJS=1 takes them with JavaScript off.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'screenshots';
const filter = process.argv[3] ?? '';
const paths = process.env.PATHS?.split(',') ?? ['/', '/trade/', '/students/', '/investment/', '/experts/', '/twinning/', '/timeline/', '/provinces/son-la/', '/sources/', '/about/'];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1, javaScriptEnabled: !process.env.NOJS });
    const page = await ctx.newPage();
    for (const lang of ['vi', 'en']) {
      for (const p of paths.filter((x) => x.includes(filter))) {
        await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4173}/${lang}${p}`, { waitUntil: 'networkidle' });
        const name = `${out}/${lang}${p.replace(/[/?=&]/g, '_')}${width}-${scheme}${process.env.NOJS ? '-nojs' : ''}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(name);
      }
    }
    await ctx.close();
  }
}
await browser.close();
