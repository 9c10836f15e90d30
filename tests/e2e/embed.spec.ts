import { expect, test } from './fixtures';

const charts = ['trade', 'students', 'students-son-la', 'investment-projects', 'investment-capital', 'experts'];

test.describe('embeds without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart embed is prerendered with its marks', async ({ page }) => {
    for (const lang of ['vi', 'en']) {
      for (const chart of charts) {
        const res = await page.goto(`/embed/${lang}/${chart}/`);
        expect(res?.status(), chart).toBe(200);
        await expect(page.locator('[data-chart] svg[role="img"]')).toHaveCount(1);
        await expect(page.locator('.site-header')).toHaveCount(0);
      }
    }
  });

  test('the map and a province embed are prerendered', async ({ page }) => {
    await page.goto('/embed/en/twinning/');
    await expect(page.locator('.map path.province')).toHaveCount(81);
    await expect(page.getByText('geoBoundaries')).toBeVisible();
    await page.goto('/embed/vi/province/son-la/');
    await expect(page.locator('.link-card')).toHaveCount(11);
    await expect(page.getByRole('link', { name: /Số liệu hợp tác|Full chart/ })).toHaveAttribute('href', '/vi/provinces/son-la/');
  });
});

test('the theme follows ?theme= in embeds', async ({ page }) => {
  await page.goto('/embed/en/trade/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  await page.goto('/embed/en/trade/?theme=slide');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'slide');
  await page.goto('/embed/en/trade/?theme=%3Cscript%3E');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('the twinning page and a profile offer share, embed and CSV', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/twinning/?p=son-la');
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.locator('textarea')).toHaveValue(/\/embed\/en\/twinning\/\?p=son-la/);
  await page.goto('/en/provinces/son-la/');
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.locator('textarea')).toHaveValue(/\/embed\/en\/province\/son-la\//);
  await page.getByRole('button', { name: /Download/ }).click();
  const download = page.waitForEvent('download');
  await page.locator('[data-download="csv"]').click();
  expect((await download).suggestedFilename()).toBe('son-la-links-en.csv');
});
