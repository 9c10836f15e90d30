import { expect, test } from './fixtures';
import { watchPage } from './site';

// The Lao pages (issue 20): every page type and an embed under /lo/, in Lao (lang="lo", Lao script,
// Lao place names), honest that the translation is not reviewed yet, with a language switch that
// keeps the page and its view, numbers and dates as Lao writes them. One visit per page type.

/** Lao script: at least one letter of the Lao block. */
const LAO = /[\u0e80-\u0eff]/;

const pages: { path: string; lao: RegExp }[] = [
  { path: '/lo/', lao: /ມູນຄ່າການຄ້າສອງທາງ/ },
  { path: '/lo/trade/', lao: /ມູນຄ່າການຄ້າສອງທາງ/ },
  { path: '/lo/students/', lao: /ນັກສຶກສາລາວ/ },
  { path: '/lo/investment/', lao: /ໂຄງການ/ },
  { path: '/lo/experts/', lao: /ຊ່ຽວຊານ/ },
  { path: '/lo/twinning/', lao: /ຫົວພັນ/ },
  { path: '/lo/twinning/34/', lao: /ຫຼວງພະບາງ/ },
  { path: '/lo/provinces/houaphanh/', lao: /ຫົວພັນ/ },
  { path: '/lo/units/quang-tri/', lao: /ກວາງຈິ/ },
  { path: '/lo/sources/', lao: /ຄະນະໂຄສະນາອົບຮົມສູນກາງພັກກອມມູນິດຫວຽດນາມ/ },
  { path: '/lo/timeline/', lao: /ສົນທິສັນຍາມິດຕະພາບ ແລະ ການຮ່ວມມື ລາວ-ຫວຽດນາມ/ },
  { path: '/lo/figures/', lao: LAO },
  { path: '/lo/about/', lao: /ມູນຄ່າການຄ້າສອງທາງ/ },
  { path: '/embed/lo/trade/', lao: /ລວມ/ }
];

test.describe('Lao pages', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const { path, lao } of pages) {
    test(`${path} is a Lao page: lang="lo", Lao text and names, the review notice, clean`, async ({ page }) => {
      const watch = watchPage(page);
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'lo');
      await expect(page.locator('body')).toContainText(lao);
      // Said in Lao on every Lao page: not yet reviewed by a native editor, and where to report.
      const notice = page.getByRole('note').filter({ hasText: 'ຍັງບໍ່ທັນໄດ້ຮັບການກວດແກ້' });
      await expect(notice).toBeVisible();
      await expect(notice.getByText('ແຈ້ງຄຳແປທີ່ຜິດ')).toBeVisible();
      await page.waitForLoadState('networkidle');
      watch.expectClean();
    });
  }

  test('the province names are in Lao script, on the map, the list and the profiles', async ({ page }) => {
    await page.goto('/lo/twinning/');
    await expect(page.locator('#profiles-la')).toBeVisible();
    const laoProvinces = page.locator('#profiles-la + ul a');
    await expect(laoProvinces).toHaveCount(18);
    for (const name of await laoProvinces.allTextContents()) expect(name, name).toMatch(LAO);
    await expect(laoProvinces.filter({ hasText: 'ຫົວພັນ' })).toHaveAttribute('href', '/lo/provinces/houaphanh/');
    await expect(laoProvinces.filter({ hasText: 'ຫຼວງພະບາງ' })).toHaveAttribute('href', '/lo/provinces/luang-prabang/');
    // Vietnamese provinces as Lao usage writes them.
    await expect(page.locator('#profiles-vn + ul a').filter({ hasText: 'ເຊີນລາ' })).toHaveAttribute('href', '/lo/provinces/son-la/');
    await page.goto('/lo/provinces/son-la/');
    await expect(page.locator('h1')).toHaveText('ເຊີນລາ');
    await expect(page.locator('.link-card .partner a').filter({ hasText: 'ຫົວພັນ' }).first()).toBeVisible();
  });

  test('the language switch offers all three languages, each in its own, and keeps the page and the view', async ({ page }) => {
    await page.goto('/lo/trade/?from=2006&to=2025');
    const links = page.locator('.lang-switch a');
    await expect(links).toHaveCount(2);
    await expect(page.locator('.lang-switch [aria-current]')).toHaveAttribute('lang', 'lo');
    await expect(page.locator('.lang-switch [aria-current]')).toContainText('ພາສາລາວ');
    await expect(page.getByRole('link', { name: 'Tiếng Việt' })).toHaveAttribute('lang', 'vi');
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL('**/vi/trade/?from=2006&to=2025');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // And back, from the twinning map with a selection.
    await page.goto('/en/twinning/34/?p=son-la');
    await page.getByRole('link', { name: 'ພາສາລາວ' }).click();
    await page.waitForURL('**/lo/twinning/34/?p=son-la');
    await expect(page.locator('html')).toHaveAttribute('lang', 'lo');
  });

  test('numbers and dates read the Lao way, before and after the script runs', async ({ page }) => {
    await page.goto('/lo/');
    const tile = page.locator('.tile').first();
    // '.' groups thousands and ',' marks decimals (Intl's lo-LA; Chromium lacks it, vi-VN stands in).
    await expect(tile.locator('.latest')).toHaveText(/^[0-9]+,[0-9]+ ຕື້ USD$/);
    await expect(page.locator('.tile .latest').filter({ hasText: 'ຄົນ' }).first()).toHaveText(/[0-9]\.[0-9]{3} ຄົນ/);
    await expect(page.locator('footer')).toContainText(/[0-9]{1,2} (ມັງກອນ|ກຸມພາ|ມີນາ|ເມສາ|ພຶດສະພາ|ມິຖຸນາ|ກໍລະກົດ|ສິງຫາ|ກັນຍາ|ຕຸລາ|ພະຈິກ|ທັນວາ) 20[0-9]{2}/);
  });
});

test('the root page sends a Lao browser to /lo/', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'lo-LA' });
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForURL('**/lo/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lo');
  await context.close();
});

test('Vietnamese and English pages carry no review notice and no Lao font', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (req) => {
    if (/noto-sans-lao/.test(req.url())) fonts.push(req.url());
  });
  await page.goto('/en/trade/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.review-notice')).toHaveCount(0);
  expect(fonts).toEqual([]);
  await page.goto('/lo/trade/');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(fonts.length, 'a Lao page loads Noto Sans Lao').toBeGreaterThan(0);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Lao"', 'ລາວ'))).toBe(true);
});
