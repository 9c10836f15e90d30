import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { iframeCode } from '../../src/lib/charts/embed';

// Every link inside an embed opens the site in a new tab (target _blank, which implies
// rel=noopener) or the top window, never inside the host's iframe. The embed snippet's sandbox
// allows popups but not navigating the top window, so _blank is what the embeds use.

/** Every prerendered embed page, by its path. */
function embedPages(dir = 'build/embed', path = '/embed'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...embedPages(p, `${path}/${name}`));
    else if (name === 'index.html') out.push(`${path}/`);
  }
  return out;
}

/** Each link of the page that would open inside the frame. */
async function framedLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const base = document.querySelector('base');
    const baseTarget = base?.getAttribute('target') ?? '';
    const bad: string[] = [];
    if (base?.hasAttribute('href')) bad.push('<base> must not change the page address');
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      const own = a.getAttribute('target');
      // An SVG link does not take <base target>: it must carry its own.
      const target = own ?? (a instanceof HTMLAnchorElement ? baseTarget : '');
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      if (href.startsWith('#')) bad.push(`${href}: a link within the embed`);
      else if (target !== '_blank' && target !== '_top') bad.push(`${href}: target "${target}"`);
      else if (own === '_blank' && !rel.includes('noopener') && !rel.includes('noreferrer')) bad.push(`${href}: _blank without rel=noopener`);
    }
    // The router must leave link clicks to the browser, or it would navigate the frame itself.
    if (!document.querySelector('main[data-sveltekit-reload]')) bad.push('main without data-sveltekit-reload');
    return bad;
  });
}

// The test host page is public-looking (host.example) while the site is on 127.0.0.1; Chromium's
// local-network protection would block that pairing, which a real deployment never has.
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-features=LocalNetworkAccessChecks']
  }
});

const pages = embedPages();

test('the embeds are all found', () => {
  expect(pages.length).toBeGreaterThanOrEqual(16);
  expect(pages).toEqual(expect.arrayContaining(['/embed/vi/trade/', '/embed/en/twinning/', '/embed/vi/province/son-la/']));
});

for (const js of [true, false]) {
  test.describe(js ? 'with scripts' : 'without scripts', () => {
    test.use({ javaScriptEnabled: js });
    test('no link of any embed opens inside the frame', async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of pages) {
        await page.goto(path);
        if (js) await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
        expect.soft(await framedLinks(page), path).toEqual([]);
      }
    });
  });
}

// Inside the embed snippet's sandboxed iframe on another site, a click opens a new tab with the
// site's page; the frame stays where it was and the new tab cannot reach back to the host.
test.describe('in a sandboxed iframe on another site', () => {
  for (const js of [true, false]) {
    test(`a link opens a new tab, not the frame (${js ? 'with' : 'without'} scripts)`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: js });
      const page = await context.newPage();
      const origin = new URL(baseURL!).origin;
      await page.route('http://host.example/', (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><h1>Host</h1>${iframeCode(`${origin}/embed/vi/province/son-la/`, 'Sơn La')}` })
      );
      await page.goto('http://host.example/');
      const frame = page.frameLocator('iframe[data-vnla-embed]');
      const link = frame.locator('a[href="/vi/provinces/houaphanh/"]').first();
      await link.scrollIntoViewIfNeeded();
      const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await popup.waitForLoadState('domcontentloaded');
      expect(popup.url()).toBe(`${origin}/vi/provinces/houaphanh/`);
      expect(page.frames().find((f) => f !== page.mainFrame())!.url()).toBe(`${origin}/embed/vi/province/son-la/`);
      if (js) expect(await popup.evaluate(() => window.opener)).toBeNull();
      await context.close();
    });
  }

  test('a province of the map embed opens its page in a new tab without scripts', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const origin = new URL(baseURL!).origin;
    await page.route('http://host.example/', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html>${iframeCode(`${origin}/embed/en/twinning/`, 'Map')}` })
    );
    await page.goto('http://host.example/');
    const province = page.frameLocator('iframe[data-vnla-embed]').locator('svg a[data-slug="houaphanh"]');
    const [popup] = await Promise.all([context.waitForEvent('page'), province.click()]);
    await popup.waitForLoadState('domcontentloaded');
    expect(popup.url()).toBe(`${origin}/en/provinces/houaphanh/`);
    expect(page.frames().find((f) => f !== page.mainFrame())!.url()).toBe(`${origin}/embed/en/twinning/`);
    await context.close();
  });
});
