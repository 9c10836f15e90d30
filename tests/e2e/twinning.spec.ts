import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchPage } from './site';

interface Link {
  link_id: string;
  vn_locality_id: string;
  vn_code: string;
  la_locality_id: string;
  la_code: string;
  level: string;
  kind: string;
  status: string;
}
interface Locality {
  locality_id: string;
  level: string;
  iso_code: string;
  name_vi: string;
  name_en: string;
  lon: number | null;
}

// The published data the site is built from: what every assertion below is checked against.
const dataset = JSON.parse(readFileSync('build/data/dataset.json', 'utf8')) as { twinning: Link[]; localities: Locality[] };
const all = dataset.twinning;
const localities = new Map(dataset.localities.map((l) => [l.locality_id, l]));
const provinces = dataset.localities.filter((l) => l.level === 'province');
const slugOf = (id: string) => id.replace(/^(vn|la)-/, '');
const [mergerHeader, ...mergerRows] = readFileSync('data/geo/vn-2025-merger.csv', 'utf8').trim().split('\n').map((r) => r.split(','));
const units = [...new Set(mergerRows.map((r) => r[mergerHeader.indexOf('new_id')]))];
const gates = all.filter((l) => l.level === 'border_gate');
/** The province a link end is drawn on (a district's or a gate's province). */
const provinceSlug = (code: string) => slugOf(provinces.find((p) => p.iso_code === code)!.locality_id);
const linksOf = (slug: string) => all.filter((l) => provinceSlug(l.vn_code) === slug || provinceSlug(l.la_code) === slug);

const NORTHERN = ['houaphanh', 'luang-prabang', 'bokeo', 'oudomxay', 'phongsaly', 'luang-namtha', 'xayaboury', 'xiangkhouang'];
const panel = (page: Page) => page.locator('.panel');

test('the data has every pair: 65 links, 8 border-gate pairs, 81 provinces, 34 units', () => {
  expect(all).toHaveLength(65);
  expect(gates).toHaveLength(8);
  expect(provinces).toHaveLength(81);
  expect(units).toHaveLength(34);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map paths, gates, link curves and the full list are in the HTML; every province is a link to its profile', async ({ page }) => {
    await page.goto('/en/twinning/');
    await expect(page.locator('.map svg path.province')).toHaveCount(81);
    await expect(page.locator('.map a[data-slug]')).toHaveCount(81);
    await expect(page.locator('.map a[data-slug="ca-mau"]')).toHaveAttribute('href', '/en/provinces/ca-mau/');
    // A pair of gates is its mark on the border; a gate paired with a province has a line to it.
    const gateToGate = gates.filter((l) => localities.get(l.la_locality_id)?.level === 'border_gate');
    await expect(page.locator('.map svg path.link')).toHaveCount(all.length - gateToGate.length);
    await expect(page.locator('.map svg .gate')).toHaveCount(gates.length);
    await expect(page.locator('.links-table tbody tr')).toHaveCount(all.length);
    await expect(page.locator('.map [data-island]')).toHaveCount(2);
    await expect(page.getByText('geoBoundaries').first()).toBeVisible();
    // The map and the list are islands whose scripts never load here: their stylesheets came with the page.
    await expect(page.locator('.map svg')).toHaveCSS('display', 'block');
    await expect(page.locator('.links-table')).toHaveCSS('min-width', '832px');
  });

  test('the 34-unit view is a page of its own, with the unit of each Viet Nam end in the list', async ({ page }) => {
    await page.goto('/vi/twinning/');
    await page.getByRole('link', { name: '34 tỉnh, thành (từ 1/7/2025)' }).click();
    await expect(page).toHaveURL('/vi/twinning/34/');
    await expect(page.getByRole('link', { name: '34 tỉnh, thành (từ 1/7/2025)' })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('.map path.unit-outline')).toHaveCount(1);
    await expect(page.getByRole('columnheader', { name: 'Từ 1/7/2025 thuộc' })).toBeVisible();
    await expect(page.locator('tr[data-link="quang-binh-khammouane"] td.unit')).toHaveText('tỉnh Quảng Trị');
    await expect(page.locator('tr[data-link="son-la-houaphanh"] td.unit')).toHaveText('tỉnh Sơn La (giữ nguyên)');
    await expect(page.locator('tr[data-link="ho-chi-minh-vientiane"] td.unit')).toHaveText('thành phố Hồ Chí Minh');
  });

  test('the map embed names its sources in words', async ({ page }) => {
    await page.goto('/embed/en/twinning/');
    await expect(page.locator('.source')).toContainText('Sources: ');
    await expect(page.locator('.source')).not.toContainText('[object');
  });

  test('the list by country: plain links to every profile of each side', async ({ page }) => {
    await page.goto('/en/twinning/');
    await page.getByRole('link', { name: 'Provinces of Laos (18)' }).first().click();
    await expect(page).toHaveURL(/#profiles-la$/);
    const lao = page.locator('#profiles-la + ul a');
    await expect(lao).toHaveCount(18);
    await expect(page.locator('#profiles-vn + ul a')).toHaveCount(63);
    await expect(page.locator('#profiles-units + ul a')).toHaveCount(34);
    await lao.filter({ hasText: 'Sekong' }).click();
    await expect(page.locator('h1')).toHaveText('Sekong');
  });

  // A control that needs a script is hidden where none runs; what stays works (links, <details>).
  for (const path of [
    '/vi/twinning/',
    '/en/twinning/34/',
    '/vi/provinces/son-la/',
    '/en/provinces/ca-mau/',
    '/vi/provinces/quang-tri/',
    '/vi/units/quang-tri/',
    '/embed/vi/twinning/',
    '/embed/en/province/son-la/',
    '/embed/vi/province/ca-mau/'
  ]) {
    test(`${path} shows no input, select or button outside a working form`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const dead = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button')]
          .filter((el) => !(el as HTMLInputElement).form?.action)
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
          })
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`)
      );
      expect(dead).toEqual([]);
    });
  }
});

test('search ignores diacritics and case, and the URL restores the selection', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/vi/twinning/');
  const search = page.getByRole('combobox', { name: 'Tìm tỉnh' });
  for (const [query, heading] of [
    ['son la', 'Sơn La'],
    ['houaphan', 'Hủa Phăn'],
    ['hua phan', 'Hủa Phăn'],
    ['LUANG PRABANG', 'Luông Pha Băng'],
    ['Xiengkhouang', 'Xiêng Khoảng'],
    ['TP HCM', 'Hồ Chí Minh']
  ]) {
    await search.fill(query);
    await expect(page.locator('#province-search-list [role="option"]').first()).toContainText(heading);
    await search.press('Enter');
    await expect(panel(page).locator('h2')).toContainText(heading);
  }
  await search.fill('son la');
  await search.press('Enter');
  await expect(page).toHaveURL(/\?p=son-la/);
  await expect(panel(page).locator('.link-card')).toHaveCount(linksOf('son-la').length);
  await page.reload();
  await expect(panel(page).locator('h2')).toHaveText('Sơn La');
  // Every partner of Sơn La is highlighted and labelled on the map.
  for (const slug of NORTHERN) await expect(page.locator(`.map a[data-slug="${slug}"] path`)).toHaveClass(/partner/);
  watch.expectClean();
});

test('clicking or pressing Enter on a province selects it instead of leaving the page, one without links too', async ({ page }) => {
  await page.goto('/en/twinning/');
  await page.locator('.map a[data-slug="quang-tri"]').click();
  await expect(page).toHaveURL(/\/en\/twinning\/\?p=quang-tri/);
  await expect(panel(page).locator('h2')).toContainText('Quang Tri');
  await expect(panel(page)).toContainText('Savannakhet');
  await page.locator('.map a[data-slug="ha-tinh"]').focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).locator('h2')).toContainText('Ha Tinh');
  await page.locator('.map a[data-slug="ca-mau"]').focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).locator('h2')).toContainText('Ca Mau');
  await expect(panel(page).getByRole('link', { name: 'Ca Mau: province profile' })).toHaveAttribute('href', '/en/provinces/ca-mau/');
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page).toHaveURL(/\/en\/twinning\/$/);
});

test('the 63/34 switch keeps every link, names the 2025 unit, and never says a province belongs to itself', async ({ page }) => {
  await page.goto('/en/twinning/?p=quang-binh');
  await expect(panel(page).locator('h2')).toHaveText('Quang Binh (since 1 July 2025 part of Quảng Trị province)');
  await page.locator('.map a[data-slug="quang-tri"]').click();
  await expect(panel(page).locator('h2')).toHaveText('Quang Tri (merged with Quảng Bình on 1 July 2025)');
  await page.locator('.map a[data-slug="quang-binh"]').click();
  const curves63 = await page.locator('.map path.link').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
  await page.getByRole('link', { name: '34 units (since 1 July 2025)' }).click();
  await expect(page).toHaveURL('/en/twinning/34/?p=quang-binh');
  await expect(page.locator('.map path.unit-outline')).toHaveCount(1);
  // The unit Quảng Trị now stands for both former provinces, with all of their links.
  await expect(panel(page).locator('h2')).toContainText('Quảng Trị (unit since 1 July 2025)');
  await expect(panel(page).locator('.link-card')).toHaveCount(linksOf('quang-binh').length + linksOf('quang-tri').length);
  for (const h of await panel(page).locator('h3.member').allTextContents()) expect(h).not.toMatch(/Quang Tri \(since 1 July 2025 part of Quảng Trị/);
  await expect(panel(page).getByRole('link', { name: 'Profile of Quảng Trị province since 1 July 2025' })).toHaveAttribute('href', '/en/units/quang-tri/');
  const curves34 = await page.locator('.map path.link').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
  expect(curves34).not.toEqual(curves63);
  await page.reload();
  await expect(page.getByRole('link', { name: '34 units (since 1 July 2025)' })).toHaveAttribute('aria-current', 'page');
  await expect(panel(page).locator('h2')).toContainText('Quảng Trị (unit since 1 July 2025)');
  // A link from before the 34-unit view had its own address still opens it.
  await page.goto('/en/twinning/?p=quang-binh&units=34');
  await expect(page).toHaveURL('/en/twinning/34/?p=quang-binh');
});

test('the table finds rows with the map’s search: Lao romanisations, “hcm”, “TP HCM”, “TP. Hồ Chí Minh”', async ({ page }) => {
  await page.goto('/vi/twinning/');
  const rows = page.locator('.links-table tbody tr');
  const box = page.getByRole('searchbox', { name: 'Tìm trong danh sách' });
  const hcm = all.filter((l) => l.vn_locality_id === 'vn-ho-chi-minh').map((l) => l.link_id);
  expect(hcm.length).toBeGreaterThan(0);
  for (const q of ['hcm', 'TP HCM', 'TP. Hồ Chí Minh']) {
    await box.fill(q);
    await expect.poll(async () => (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-link')))).sort(), { message: q }).toEqual([...hcm].sort());
  }
  await box.fill('Xiengkhouang');
  const xieng = all.filter((l) => l.la_locality_id === 'la-xiangkhouang').map((l) => l.link_id);
  await expect.poll(async () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-link')))).toEqual(expect.arrayContaining(xieng));
  // The search is in the URL, and a reload (or a shared link) lists the same rows.
  await expect(page).toHaveURL(/[?&]q=Xiengkhouang/);
  const shown = await rows.count();
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Tìm trong danh sách' })).toHaveValue('Xiengkhouang');
  await expect(rows).toHaveCount(shown);
});

test('the table filters and sort live in the URL, and the CSV is exactly the rows shown', async ({ page }) => {
  await page.goto('/en/twinning/');
  const rows = page.locator('.links-table tbody tr');
  await expect(rows).toHaveCount(all.length);
  await page.getByRole('searchbox', { name: 'Search the links' }).fill('hua phan');
  // The search covers names and quotes: both Houaphanh links, and the quotes that name it. Wait for
  // the filter to apply first: before it does, every row (the Houaphanh ones too) is still listed.
  await expect.poll(async () => (await rows.allTextContents()).every((text) => /Houaphanh|Hủa Phăn/.test(text))).toBe(true);
  await expect(rows.filter({ hasText: 'Houaphanh' })).toHaveCount(all.filter((l) => l.la_code === 'LA-HO').length);
  await page.getByRole('searchbox', { name: 'Search the links' }).fill('');
  await page.getByLabel('Level', { exact: true }).selectOption('border_gate');
  await expect(rows).toHaveCount(gates.length);
  await expect(rows.first().locator('td.level')).toHaveText('border-gate pair');
  await expect(page).toHaveURL(/level=border_gate/);
  await page.getByLabel('Level', { exact: true }).selectOption('');
  await page.getByLabel('Country', { exact: true }).selectOption('LA');
  await page.getByLabel('Province', { exact: true }).selectOption('khammouane');
  const khammouane = all.filter((l) => l.la_code === 'LA-KH');
  await expect(rows).toHaveCount(khammouane.length);
  await expect(page).toHaveURL(/country=LA&province=khammouane/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the shown rows (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\ufeff/, '').trim().split('\n');
  expect(csv).toHaveLength(1 + khammouane.length);
  expect(csv.slice(1).every((r) => r.includes('Khammouane'))).toBe(true);
  await page.reload();
  await expect(rows).toHaveCount(khammouane.length);
  await expect(page.getByLabel('Province', { exact: true })).toHaveValue('khammouane');

  await page.goto('/en/twinning/');
  const since = page.getByRole('columnheader', { name: 'Since' });
  await since.getByRole('button').click();
  await expect(since).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=since/);
  await expect(rows.first()).toContainText('Son La');
  await expect(rows.first()).toContainText('1969');
  await since.getByRole('button').click();
  await expect(page).toHaveURL(/sort=since&order=desc/);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Since' })).toHaveAttribute('aria-sort', 'descending');
});

test('in the 34-unit view the CSV names each Viet Nam end’s unit since 1 July 2025', async ({ page }) => {
  await page.goto('/vi/twinning/34/?level=province');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Tải CSV/ }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\ufeff/, '').trim().split('\n');
  expect(csv[0].split(',')).toContain('vn_unit_2025');
  expect(csv.find((r) => r.startsWith('quang-binh-khammouane,'))).toContain(',Quảng Trị,');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('the list is cards: nothing scrolls off to the side, and every link is a 24 px target', async ({ page }) => {
    await page.goto('/vi/twinning/');
    const row = page.locator('.links-table tbody tr').first();
    await expect(row).toHaveCSS('display', 'block');
    const wrap = page.locator('.table-wrap');
    const [scroll, client] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    // Every column of a row is on screen: both ends, level, kind, date, status and the quote.
    for (const cell of ['td.vn', 'td.la', 'td.level', 'td.kind', 'td.since', 'td.status', 'td.quote']) {
      const b = await row.locator(cell).boundingBox();
      expect(b && b.x >= 0 && b.x + b.width <= 375, cell).toBe(true);
    }
    const small = await page.locator('.links-table a.place-link, .mode-links a, #profiles-vn + ul a').evaluateAll((as) =>
      as.filter((a) => a.getBoundingClientRect().height < 24).map((a) => a.textContent)
    );
    expect(small).toEqual([]);
    await page.getByLabel('Sắp xếp theo').selectOption('since');
    await expect(row).toContainText('1969');
  });
});

test('border-gate pairs are drawn as points on the border, each with its pair and whether its place is approximate', async ({ page }) => {
  await page.goto('/vi/twinning/');
  const marks = await page.locator('.map .gate').evaluateAll((gs) => {
    const border = document.querySelector('.map path.country-border') as SVGPathElement;
    const len = border.getTotalLength();
    const samples: DOMPoint[] = [];
    for (let s = 0; s <= len; s += 0.5) samples.push(border.getPointAtLength(s));
    return gs.map((g) => {
      // The Viet Nam gate's diamond is drawn last: its centre is the mark's place.
      const b = (g.querySelector('path:last-of-type') as SVGPathElement).getBBox();
      const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
      const off = Math.min(...samples.map((p) => Math.hypot(p.x - x, p.y - y)));
      return { link: g.getAttribute('data-link'), label: g.getAttribute('aria-label') ?? '', title: g.querySelector('title')?.textContent ?? '', approximate: g.classList.contains('approximate'), off };
    });
  });
  expect(marks.map((m) => m.link).sort()).toEqual(gates.map((l) => l.link_id).sort());
  for (const l of gates) {
    const mark = marks.find((m) => m.link === l.link_id)!;
    const vn = localities.get(l.vn_locality_id)!;
    const la = localities.get(l.la_locality_id)!;
    expect(mark.off, `${l.link_id} lies on the drawn border`).toBeLessThan(2);
    // Both ends are named: the two gates, or the gate and the Lao province.
    expect(mark.title).toContain(vn.name_vi);
    expect(mark.title).toContain(la.name_vi);
    expect(mark.label).toBe(mark.title);
    expect(mark.approximate, l.link_id).toBe(vn.lon === null && la.lon === null);
    if (mark.approximate) expect(mark.title).toContain('vị trí gần đúng');
  }
  expect(marks.filter((m) => !m.approximate).map((m) => m.link)).toEqual(['gate-lao-bao-densavan']);
  await expect(page.locator('.legend')).toContainText('Cặp cửa khẩu, vị trí gần đúng');
  // Selecting a province brings its gates forward and lists them, with their level named.
  await page.locator('.map a[data-slug="ha-tinh"]').click();
  await expect(page.locator('.map .gate[data-link="gate-cau-treo-nam-phao"]')).toHaveClass(/active/);
  const card = panel(page).locator('.link-card[data-link="gate-cau-treo-nam-phao"]');
  await expect(card).toContainText('cặp cửa khẩu');
  await expect(card).toContainText('Cửa khẩu quốc tế Cầu Treo – Cửa khẩu quốc tế Nặm Phạo');
});

// Hoàng Sa and Trường Sa are named at sea where they are: no part of a label over land or a link.
for (const width of [375, 1280]) {
  test.describe(`the archipelagos' labels at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const lang of ['vi', 'en']) {
      for (const path of [`/${lang}/twinning/`, `/embed/${lang}/twinning/`]) {
        test(`${path}: at sea, beside their islands, clear of land and of every link`, async ({ page }) => {
          await page.goto(path);
          const report = await page.evaluate(() => {
            const svg = document.querySelector('.map svg') as SVGSVGElement;
            const toMap = svg.getScreenCTM()!.inverse();
            const land = [...svg.querySelectorAll<SVGPathElement>('path.province, .neighbours path')];
            const links = [...svg.querySelectorAll<SVGPathElement>('path.link')];
            const frame = svg.getBoundingClientRect();
            return [...document.querySelectorAll<HTMLElement>('.map [data-island]')].map((label) => {
              const r = label.getBoundingClientRect();
              const hits: string[] = [];
              for (let i = 0; i <= 8; i++)
                for (let j = 0; j <= 4; j++) {
                  const p = new DOMPoint(r.left + (r.width * i) / 8, r.top + (r.height * j) / 4).matrixTransform(toMap);
                  for (const path of land) if (path.isPointInFill(p)) hits.push(`land ${path.closest('[data-slug]')?.getAttribute('data-slug') ?? 'neighbour'}`);
                  for (const path of links) if (path.isPointInStroke(p) || path.isPointInFill(p)) hits.push(`link ${path.getAttribute('data-link')}`);
                }
              const id = label.getAttribute('data-island');
              const box = [...svg.querySelectorAll('.archipelagos rect')][id === 'hoangSa' ? 0 : 1].getBoundingClientRect();
              const gap = Math.max(box.left - r.right, r.left - box.right, box.top - r.bottom, r.top - box.bottom, 0);
              const inside = r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
              return { id, text: label.textContent, hits: [...new Set(hits)], gap, inside, height: r.height };
            });
          });
          expect(report.map((l) => l.id).sort()).toEqual(['hoangSa', 'truongSa']);
          for (const l of report) {
            expect(l.hits, `${l.id} “${l.text}”`).toEqual([]);
            expect(l.inside, `${l.id} inside the map`).toBe(true);
            expect(l.gap, `${l.id} beside its islands`).toBeLessThan(12);
            expect(l.height).toBeGreaterThan(12);
          }
        });
      }
    }
  });
}

test('Sơn La links to the 8 northern Lao provinces, and each links back', async ({ page }) => {
  await page.goto('/vi/provinces/son-la/');
  await expect(page.locator('h1')).toHaveText('Sơn La');
  for (const slug of NORTHERN) {
    await expect(page.locator(`.link-card h3 a[href="/vi/provinces/${slug}/"]`).first()).toBeVisible();
  }
  // The facts read as a list: every part set off by " · " (Svelte trims the space a block starts with).
  const facts = await page.locator('.link-card .facts').allTextContents();
  expect(facts.length).toBeGreaterThan(0);
  for (const f of facts) expect(f, f).toMatch(/^\S(.*\S)? · \S/);
  for (const f of facts) expect(f, f).not.toMatch(/\S·|·\S/);
  await expect(page.locator('.profile header p.actions')).toContainText(/ · [^·]+ · /);
  for (const slug of NORTHERN) {
    await page.goto('/vi/provinces/son-la/');
    await page.locator(`.link-card h3 a[href="/vi/provinces/${slug}/"]`).first().click();
    await expect(page).toHaveURL(`/vi/provinces/${slug}/`);
    await expect(page.locator('.link-card h3 a[href="/vi/provinces/son-la/"]').first()).toBeVisible();
  }
});

test('every province on the map has a profile (and an embed) in both languages, and every 2025 unit one', async ({ page }) => {
  test.setTimeout(120_000);
  // Plain checks on the served HTML: a failure names the page and the missing text, not the page's source.
  const problems: string[] = [];
  const has = (html: string, path: string, text: string | RegExp) => {
    if (!(typeof text === 'string' ? html.includes(text) : text.test(html))) problems.push(`${path}: no ${text}`);
  };
  const gateNames = new Map(gates.map((l) => [l.link_id, localities.get(l.vn_locality_id)!.name_vi]));
  for (const lang of ['vi', 'en']) {
    for (const p of provinces) {
      const slug = slugOf(p.locality_id);
      const own = linksOf(slug);
      for (const path of [`/${lang}/provinces/${slug}/`, `/embed/${lang}/province/${slug}/`]) {
        const res = await page.request.get(path);
        if (res.status() !== 200) {
          problems.push(`${path}: status ${res.status()}`);
          continue;
        }
        const html = await res.text();
        has(html, path, `<html lang="${lang}"`);
        has(html, path, `>${lang === 'vi' ? p.name_vi : p.name_en}`);
        // Each of its links is on it, gate pairs with their gates named; with none, it says so plainly.
        for (const l of own) has(html, path, `data-link="${l.link_id}"`);
        for (const l of own.filter((x) => x.level === 'border_gate')) has(html, path, gateNames.get(l.link_id)!);
        if (!own.length) has(html, path, lang === 'vi' ? 'chưa ghi nhận quan hệ kết nghĩa, hợp tác hay cặp cửa khẩu nào' : 'record no twinning, cooperation or border-gate pair');
        if (path.startsWith('/embed/')) continue;
        has(html, path, 'id="sources-h"');
        has(html, path, 'class="locator');
        // A profile with no link offers the correction form to add one.
        if (!own.length) has(html, path, lang === 'vi' ? 'Báo một quan hệ còn thiếu' : 'Report a missing link');
        // A Viet Nam province links to its 2025 unit (which links back, below).
        if (p.locality_id.startsWith('vn-')) has(html, path, new RegExp(`href="/${lang}/units/[a-z-]+/"`));
      }
    }
    for (const id of units) {
      const path = `/${lang}/units/${id}/`;
      const res = await page.request.get(path);
      if (res.status() !== 200) {
        problems.push(`${path}: status ${res.status()}`);
        continue;
      }
      const html = await res.text();
      has(html, path, `<html lang="${lang}"`);
      has(html, path, new RegExp(`href="/${lang}/provinces/[a-z-]+/"`));
    }
  }
  expect(problems).toEqual([]);
  expect((await page.request.get('/en/provinces/no-such-place/')).status()).toBe(404);
  expect((await page.request.get('/en/units/no-such-unit/')).status()).toBe(404);
});

test('a profile shows its figures by series, as small charts where a series has several years', async ({ page }) => {
  await page.goto('/vi/provinces/son-la/');
  // The figures are an island: their groups sit in its box.
  const groups = page.locator('#figures-h ~ .island .groups > .group, #figures-h + p + .island .groups > .group');
  expect(await groups.count()).toBeGreaterThan(20);
  const intake = page.locator('.group', { has: page.locator('h3', { hasText: 'Lưu học sinh Lào Trường Cao đẳng Y tế Sơn La tuyển mới' }) }).first();
  await expect(intake.locator('.chart-box')).toBeVisible();
  await expect(intake.locator('tbody tr').first()).toContainText('số báo cáo');
  await expect(intake.locator('tbody tr a').first()).toContainText('Ban Tuyên giáo');
  // A single figure has no chart, only its value, status and source.
  const markers = page.locator('.group', { has: page.locator('h3', { hasText: 'Cột mốc quốc giới' }) }).first();
  await expect(markers.locator('.chart-box')).toHaveCount(0);
  await expect(markers.locator('tbody tr')).toHaveCount(1);
});

test('a profile prints without navigation but with its sources, and without a mailbox offers the report to copy', async ({ page }) => {
  await page.goto('/en/provinces/quang-binh/');
  await expect(page.locator('h2', { hasText: '2025 merger' })).toBeVisible();
  await expect(page.getByText('part of the new Quảng Trị province')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Profile of Quảng Trị province since 1 July 2025' })).toHaveAttribute('href', '/en/units/quang-tri/');
  // No address is configured in this build: the prefilled report is text to copy, never a placeholder.
  expect(await page.locator('a[href^="mailto:"]').count()).toBe(0);
  const report = page.locator('details.correction', { hasText: 'Report a correction or an addition for this page' });
  await report.locator('summary').click();
  await expect(report).toContainText('the site’s maintainers');
  const text = await report.locator('pre').textContent();
  expect(text).toContain('Page: /en/provinces/quang-binh/');
  // Records named as readers see them, in the page's language: no ids.
  expect(text).toContain('Quang Binh – Khammouane: cooperation, province level');
  expect(text).not.toMatch(/link-|level: /);
  expect(text).not.toMatch(/sveltekit-prerender|\.example/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header nav')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await expect(page.locator('#sources-h')).toBeVisible();
  await expect(page.locator('.link-card blockquote').first()).toBeVisible();
});

test('no page of the twinning tools carries a placeholder address or the prerender origin', async ({ page }) => {
  for (const path of ['/vi/twinning/', '/vi/twinning/34/', '/vi/provinces/ha-tinh/', '/en/provinces/ca-mau/', '/vi/units/quang-tri/', '/vi/about/', '/embed/vi/province/ha-tinh/']) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).not.toMatch(/sveltekit-prerender|vn-la-dashboard\.example|mailto:corrections@/);
  }
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
  const total = await rows.count();
  await page.getByLabel('Search the links').pressSequentially('savannakhet');
  await expect(rows).not.toHaveCount(total);
  for (const row of await rows.all()) await expect(row).toContainText('Savannakhet');
});

test('a list filter chosen before its script arrives is kept and applied', async ({ page }) => {
  await openWithSlowIslands(page);
  const rows = page.locator('.links-table tbody tr');
  await page.getByLabel('Level', { exact: true }).selectOption('border_gate');
  await expect(rows).toHaveCount(gates.length);
  await expect(page.getByLabel('Level', { exact: true })).toHaveValue('border_gate');
  await expect(page).toHaveURL(/level=border_gate/);
});
