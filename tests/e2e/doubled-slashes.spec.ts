import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// A hand-typed or badly joined address with doubled slashes used to load the page with its
// scripts, styles and fonts 404ing by relative path (10–17 console errors, the controls dead).
// Now assets are linked by absolute path and the page goes at once to the clean address.

/** Address → where it must end up. */
const addresses: [string, string][] = [
  ['//vi/', '/vi/'],
  ['/vi//trade/', '/vi/trade/'],
  ['/vi/trade//', '/vi/trade/'],
  ['//en//twinning//', '/en/twinning/'],
  ['/en//provinces//son-la/', '/en/provinces/son-la/'],
  ['/vi//trade/?from=2010&to=2015#chart', '/vi/trade/?from=2010&to=2015#chart'],
  ['//embed//en/trade/', '/embed/en/trade/']
];

for (const [address, clean] of addresses) {
  test(`${address} works as ${clean}, with no console error`, async ({ page, baseURL }) => {
    const errors: string[] = [];
    const failed: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`);
    });
    // Joined by hand: page.goto would read //vi/ as an address on a host named vi.
    const first = await page.goto(`${baseURL}${address}`);
    await page.waitForURL(`${baseURL}${clean}`);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready);
    expect(failed).toEqual([]);
    // A host that answers the doubled address with its 404 page makes the browser log that status
    // for the document itself; nothing else may be logged. (The preview answers the three of the
    // issue, //vi/, /vi//trade/ and /vi/trade//, with 200: there, nothing at all.)
    const documentStatus = /^Failed to load resource: the server responded with a status of 404/;
    expect(errors.filter((e) => first?.status() !== 404 || !documentStatus.test(e))).toEqual([]);
    if (['//vi/', '/vi//trade/', '/vi/trade//'].includes(address)) expect(errors).toEqual([]);
    await expect(page.locator('main').first()).toBeVisible();
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded'))).toBe(true);
  });
}

test('the controls of a page reached by a doubled address work', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}//en//twinning//`);
  await page.waitForURL(/\/en\/twinning\/$/);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  // The map's island loads on first use and a click selects the province, as on the clean address.
  await page.locator('.map a[data-slug="quang-tri"]').click();
  await expect(page).toHaveURL(/\/en\/twinning\/\?p=quang-tri/);
  await expect(page.locator('h2').filter({ hasText: 'Quang Tri' }).first()).toBeVisible();
});

test('the built pages link scripts, styles and fonts by absolute path', () => {
  for (const file of ['build/vi/trade/index.html', 'build/en/provinces/son-la/index.html', 'build/embed/vi/trade/index.html', 'build/404.html']) {
    const html = readFileSync(file, 'utf8');
    expect(html, file).not.toMatch(/(?:src|href)="\.\.?\//);
    expect(html, file).not.toMatch(/import\("\.\.?\//);
    expect(html, file).toMatch(/(?:src|href)="\/_app\//);
  }
});
