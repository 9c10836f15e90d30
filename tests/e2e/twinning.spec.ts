import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchPage } from './site';

interface Link {
  link_id: string;
  vn_locality_id: string;
  la_locality_id: string;
  level: string;
  status: string;
}

async function links(page: Page): Promise<Link[]> {
  const res = await page.request.get('/data/dataset.json');
  return (await res.json()).twinning;
}

const NORTHERN = ['houaphanh', 'luang-prabang', 'bokeo', 'oudomxay', 'phongsaly', 'luang-namtha', 'xayaboury', 'xiangkhouang'];
const panel = (page: Page) => page.locator('.panel');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map paths, the link curves and the full list are in the HTML', async ({ page }) => {
    const all = await links(page);
    await page.goto('/en/twinning/');
    await expect(page.locator('.map svg path.province')).toHaveCount(81);
    await expect(page.locator('.map svg path.link')).toHaveCount(all.length);
    await expect(page.locator('.links-table tbody tr')).toHaveCount(all.length);
    // Linked provinces are plain links to their profiles.
    const sonLa = page.locator('.map a[data-slug="son-la"]');
    await expect(sonLa).toHaveAttribute('href', '/en/provinces/son-la/');
    await expect(page.getByText('geoBoundaries').first()).toBeVisible();
    // The map and the list are islands whose scripts never load here: their stylesheets came with the page.
    await expect(page.locator('.map svg')).toHaveCSS('display', 'block');
    await expect(page.locator('.links-table')).toHaveCSS('min-width', '832px');
  });
});

test('search ignores diacritics and case, and the URL restores the selection', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/vi/twinning/');
  const search = page.getByRole('combobox', { name: 'Tìm tỉnh' });
  for (const [query, heading] of [
    ['son la', 'Sơn La'],
    ['houaphan', 'Hủa Phăn'],
    ['hua phan', 'Hủa Phăn'],
    ['LUANG PRABANG', 'Luông Pha Băng']
  ]) {
    await search.fill(query);
    await expect(page.locator('#province-search-list [role="option"]').first()).toContainText(heading);
    await search.press('Enter');
    await expect(panel(page).locator('h2')).toHaveText(heading);
  }
  await search.fill('son la');
  await search.press('Enter');
  await expect(page).toHaveURL(/\?p=son-la/);
  await expect(panel(page).locator('.link-card')).toHaveCount(11);
  await page.reload();
  await expect(panel(page).locator('h2')).toHaveText('Sơn La');
  // Every partner of Sơn La is highlighted and labelled on the map.
  for (const slug of NORTHERN) await expect(page.locator(`.map a[data-slug="${slug}"] path`)).toHaveClass(/partner/);
  watch.expectClean();
});

test('clicking or pressing Enter on a province selects it instead of leaving the page', async ({ page }) => {
  await page.goto('/en/twinning/');
  await page.locator('.map a[data-slug="quang-tri"]').click();
  await expect(page).toHaveURL(/\/en\/twinning\/\?p=quang-tri/);
  await expect(panel(page).locator('h2')).toContainText('Quang Tri');
  await expect(panel(page)).toContainText('Savannakhet');
  await page.locator('.map a[data-slug="ha-tinh"]').focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).locator('h2')).toContainText('Ha Tinh');
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page).toHaveURL(/\/en\/twinning\/$/);
});

test('the 63/34 switch keeps every link and names the 2025 unit', async ({ page }) => {
  const all = await links(page);
  await page.goto('/en/twinning/?p=quang-binh');
  await expect(panel(page).locator('h2')).toContainText('Quang Binh (since 1 July 2025 part of Quảng Trị)');
  const curves63 = await page.locator('.map path.link').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
  await page.getByLabel('34 units (since 1 July 2025)').check();
  await expect(page).toHaveURL(/units=34/);
  await expect(page.locator('.map path.link')).toHaveCount(all.length);
  await expect(page.locator('.map path.unit-outline')).toHaveCount(1);
  // The unit Quảng Trị now stands for both former provinces, with all of their links.
  await expect(panel(page).locator('h2')).toContainText('Quảng Trị (unit since 1 July 2025)');
  await expect(panel(page).locator('.link-card')).toHaveCount(3);
  const curves34 = await page.locator('.map path.link').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
  expect(curves34).not.toEqual(curves63);
  await page.reload();
  await expect(page.getByLabel('34 units (since 1 July 2025)')).toBeChecked();
});

test('the table filters without diacritics, sorts, and downloads the shown rows', async ({ page }) => {
  const all = await links(page);
  await page.goto('/en/twinning/');
  const rows = page.locator('.links-table tbody tr');
  await expect(rows).toHaveCount(all.length);
  await page.getByRole('searchbox', { name: 'Search the links' }).fill('hua phan');
  // The search covers names and quotes: both Houaphanh links, and the quotes that name it. Wait for
  // the filter to apply first: before it does, every row (the Houaphanh ones too) is still listed.
  await expect.poll(async () => (await rows.allTextContents()).every((text) => /Houaphanh|Hủa Phăn/.test(text))).toBe(true);
  await expect(rows.filter({ hasText: 'Houaphanh' })).toHaveCount(all.filter((l) => l.la_locality_id === 'la-houaphanh').length);
  await page.getByRole('searchbox', { name: 'Search the links' }).fill('');
  await page.getByLabel('Level', { exact: true }).selectOption('district');
  await expect(rows).toHaveCount(all.filter((l) => l.level === 'district').length);
  await page.getByLabel('Level', { exact: true }).selectOption('');
  await page.getByLabel('Country', { exact: true }).selectOption('LA');
  await page.getByLabel('Province', { exact: true }).selectOption('khammouane');
  await expect(rows).toHaveCount(all.filter((l) => l.la_locality_id === 'la-khammouane').length);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the shown rows (CSV)' }).click();
  const file = await (await download).path();
  const csv = (await import('node:fs')).readFileSync(file, 'utf8').trim().split('\n');
  expect(csv).toHaveLength(1 + all.filter((l) => l.la_locality_id === 'la-khammouane').length);
  expect(csv.slice(1).every((r) => r.includes('Khammouane'))).toBe(true);

  await page.getByLabel('Province', { exact: true }).selectOption('');
  await page.getByLabel('Country', { exact: true }).selectOption('');
  const since = page.getByRole('columnheader', { name: 'Since' });
  await since.getByRole('button').click();
  await expect(since).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toContainText('Son La');
  await expect(rows.first()).toContainText('1969');
});

test('Sơn La links to the 8 northern Lao provinces, and each links back', async ({ page }) => {
  await page.goto('/vi/provinces/son-la/');
  await expect(page.locator('h1')).toHaveText('Sơn La');
  for (const slug of NORTHERN) {
    await expect(page.locator(`.link-card h3 a[href="/vi/provinces/${slug}/"]`).first()).toBeVisible();
  }
  for (const slug of NORTHERN) {
    await page.goto('/vi/provinces/son-la/');
    await page.locator(`.link-card h3 a[href="/vi/provinces/${slug}/"]`).first().click();
    await expect(page).toHaveURL(`/vi/provinces/${slug}/`);
    await expect(page.locator('.link-card h3 a[href="/vi/provinces/son-la/"]').first()).toBeVisible();
  }
});

test('every profile renders in both languages, with its links and sources', async ({ page }) => {
  await page.goto('/en/twinning/');
  const slugs = await page.locator('.map a[data-slug]').evaluateAll((as) => as.map((a) => a.getAttribute('data-slug')!));
  expect(slugs.length).toBeGreaterThanOrEqual(20);
  for (const lang of ['vi', 'en']) {
    for (const slug of slugs) {
      const res = await page.goto(`/${lang}/provinces/${slug}/`);
      expect(res?.status(), slug).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.link-card').first()).toBeVisible();
      await expect(page.locator('#sources-h')).toBeVisible();
      await expect(page.locator('.locator path')).not.toHaveCount(0);
    }
  }
  expect((await page.goto('/en/provinces/no-such-place/'))?.status()).toBe(404);
});

test('a profile prints without navigation but with its sources, and offers a prefilled correction e-mail', async ({ page }) => {
  await page.goto('/en/provinces/quang-binh/');
  await expect(page.locator('h2', { hasText: '2025 merger' })).toBeVisible();
  await expect(page.getByText('part of the new Quảng Trị')).toBeVisible();
  const mail = await page.getByRole('link', { name: 'Report a correction or an addition for this page' }).getAttribute('href');
  expect(mail).toMatch(/^mailto:/);
  expect(decodeURIComponent(mail!)).toContain('link-quangbinh-khammouane');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header nav')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await expect(page.locator('#sources-h')).toBeVisible();
  await expect(page.locator('.link-card blockquote').first()).toBeVisible();
});

/** Opens the twinning page, then makes every script requested from now on take 700 ms to arrive,
 *  so what a test does next happens before the island it touches is live. */
async function openWithSlowIslands(page: Page) {
  await page.goto('/en/twinning/');
  await page.waitForLoadState('networkidle');
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
}

// The map and the list are islands: their script (and the map's outlines) load on first use.
test.describe('the map loads its script on first use', () => {
  test('the page carries each outline once, in the prerendered SVG, not again as page data', async ({ page }) => {
    const html = await (await page.request.get('/en/twinning/')).text();
    const outline = html.match(/<a [^>]*data-slug="son-la"[^>]*>\s*<path d="([^"]{40})/)?.[1];
    expect(outline, "Son La's outline is in the SVG").toBeTruthy();
    expect(html.split(outline!).length - 1).toBe(1);
  });

  test('a province clicked while the script is still loading is selected, not left for its profile', async ({ page }) => {
    await openWithSlowIslands(page);
    const slowScript = page.waitForRequest((req) => req.url().includes('/_app/immutable/'));
    await page.locator('.map a[data-slug="quang-tri"]').click();
    await slowScript;
    await expect(page).toHaveURL(/\/en\/twinning\/\?p=quang-tri/);
    await expect(panel(page).locator('h2')).toContainText('Quang Tri');
    await expect(page.locator('.map a[data-slug="quang-tri"] path')).toHaveClass(/selected/);
  });
});

test('words typed into the list filter before its script arrives are kept and applied', async ({ page }) => {
  await openWithSlowIslands(page);
  const rows = page.locator('.links-table tbody tr');
  const all = await rows.count();
  await page.getByLabel('Search the links').pressSequentially('savannakhet');
  await expect(rows).not.toHaveCount(all);
  for (const row of await rows.all()) await expect(row).toContainText('Savannakhet');
});
