import { expect, test } from './fixtures';
import { langs, pages, watchPage } from './site';

for (const lang of langs) {
  for (const path of pages) {
    const url = `/${lang}${path}`;
    test(`${url} serves 200, in ${lang}, clean and self-contained`, async ({ page }) => {
      const watch = watchPage(page);
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      watch.expectClean();
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of langs) {
    for (const path of pages) {
      test(`/${lang}${path} shows its content and navigation`, async ({ page }) => {
        await page.goto(`/${lang}${path}`);
        await expect(page.locator('h1')).toBeVisible();
        const nav = page.getByRole('navigation').first();
        const hrefs = await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(hrefs).toEqual(['', 'trade/', 'students/', 'investment/', 'experts/', 'twinning/', 'timeline/', 'figures/', 'sources/', 'about/'].map((p) => `/${lang}/${p}`));
        await expect(page.locator('footer')).toContainText('OpenStreetMap');
      });
    }
  }
  test('the root page offers every language', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Tiếng Việt' })).toHaveAttribute('href', '/vi/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await expect(page.getByRole('link', { name: 'ພາສາລາວ' })).toHaveAttribute('href', '/lo/');
  });
});

test('the root page sends an English browser to /en/', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForURL('**/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('the root page sends a Vietnamese browser to /vi/', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForURL('**/vi/');
  await context.close();
});

test('the language switch keeps the page and the query string', async ({ page }) => {
  await page.goto('/vi/trade/?from=2006&to=2025');
  const switcher = page.getByRole('list', { name: 'Ngôn ngữ' });
  await expect(switcher.locator('[aria-current]')).toContainText('Tiếng Việt');
  await switcher.getByRole('link', { name: 'English' }).click();
  await page.waitForURL('**/en/trade/?from=2006&to=2025');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Two-way trade between Viet Nam and Laos');
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await page.waitForURL('**/vi/trade/?from=2006&to=2025');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('navigation links lead to each page in the same language', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('navigation').getByRole('link', { name: 'Twinning' }).click();
  await expect(page).toHaveURL(/\/en\/twinning\/$/);
  await expect(page.getByRole('link', { name: 'Twinning' })).toHaveAttribute('aria-current', 'page');
});

test('an unknown address gets a 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Back to the overview' })).toBeVisible();
});
