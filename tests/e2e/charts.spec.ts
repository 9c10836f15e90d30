import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchPage } from './site';

interface Obs {
  obs_id: string;
  series_id: string;
  period_start: string;
  period_end: string;
  value: number;
  locality_id?: string;
}

async function dataset(page: Page): Promise<{ observations: Obs[] }> {
  const res = await page.request.get('/data/dataset.json');
  expect(res.ok()).toBe(true);
  return res.json();
}

const charts = [
  { path: '/trade/', chart: 'trade', series: ['trade.total', 'trade.exports_vn_to_la', 'trade.imports_vn_from_la'] },
  { path: '/students/', chart: 'students', series: ['students.lao_in_vn', 'students.lao_in_vn_lao_side', 'students.scholarships_offered'] },
  { path: '/investment/', chart: 'investment-projects', series: ['investment.projects_period', 'investment.projects_cumulative', 'investment.projects_cumulative_lao_mpi'] },
  { path: '/experts/', chart: 'experts', series: ['experts.sent'] }
];

test.describe('charts without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const c of charts) {
    test(`${c.path} has its SVG, one path per series and a mark for every value`, async ({ page }) => {
      const data = await dataset(page);
      await page.goto(`/en${c.path}`);
      const box = page.locator(`[data-chart="${c.chart}"]`);
      await expect(box.locator('svg[role="img"] title')).toHaveCount(1);
      // Share and download need a script: prerendered, but not shown where scripts do not run.
      await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
      // The chart is an island whose script has not loaded: its stylesheet came with the page.
      await expect(box.locator('.plot-pointer')).toHaveCSS('position', 'absolute');
      const expected = data.observations.filter((o) => c.series.includes(o.series_id) && !o.locality_id);
      // Lines are named by their series' short key; bar series draw no line.
      const keys = new Set(await box.locator('svg path.line').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-series'))));
      expect([...keys].every((k) => c.series.some((id) => id.endsWith(k!) || id.includes(`.${k}`)))).toBe(true);
      const figure = page.locator(`figure:has([data-chart="${c.chart}"])`);
      for (const o of expected) {
        // Every value is drawn, except part-year totals superseded by a later one of the same year
        // or by the full year's value, which are rows of the data table.
        const partYear = o.period_start.length > 4 && o.period_start.slice(0, 4) === o.period_end.slice(0, 4);
        // A second source printing the same total for the same period is drawn once, by its twin.
        const twin = expected.some((t) => t !== o && t.series_id === o.series_id && t.period_start === o.period_start && t.period_end === o.period_end && t.value === o.value && t.obs_id < o.obs_id);
        if (twin) continue;
        if (partYear) await expect(figure.locator(`[data-obs="${o.obs_id}"], table a[href$="#obs-${o.obs_id}"]`).first(), `${o.obs_id}`).toBeAttached();
        // A mark, a bracket or a bar (whose rectangle and label both carry its id).
        else await expect(box.locator(`[data-obs="${o.obs_id}"]`).first(), `mark for ${o.obs_id}`).toBeAttached();
      }
    });
  }
});

test('a missing year splits the trade line into separate segments', async ({ page }) => {
  await page.goto('/en/trade/');
  // Firm, dashed and dotted parts together: the whole line of the total.
  const ds = await page.locator('[data-chart="trade"] path.line[data-series="total"]').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
  const segments = ds.join('').split('M').filter(Boolean);
  // 1990–2025 has years with no figure: the path must restart (M) rather than bridge them.
  const starts = new Set(segments.map((s) => s.split('L')[0]));
  const ends = new Set(segments.map((s) => s.split('L')[1]));
  const breaks = [...starts].filter((p) => !ends.has(p));
  expect(breaks.length).toBeGreaterThan(1);
});

test('keyboard: tab into the chart, arrow through points, tooltip shows value and source', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/en/trade/');
  // The marks are in the prerendered HTML; their tooltips need the page's script.
  await page.waitForLoadState('networkidle');
  const marks = page.locator('[data-chart="trade"] a.mark');
  await marks.first().focus();
  const tooltip = page.locator('[data-chart="trade"] .tooltip');
  await expect(tooltip).toBeVisible();
  const firstLabel = await marks.first().getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  const focused = page.locator('[data-chart="trade"] a.mark:focus');
  await expect(focused).toHaveCount(1);
  const label = (await focused.getAttribute('aria-label')) ?? '';
  expect(label).not.toBe(firstLabel);
  await expect(tooltip).toContainText('Source:');
  // The tooltip names the same value as the focused mark's label.
  const value = label.split('. ')[1].split(': ')[1];
  await expect(tooltip).toContainText(value);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/sources\/#obs-/);
  const id = new URL(page.url()).hash;
  await expect(page.locator(id)).toBeVisible();
  watch.expectClean();
});

test('view state round-trips through the URL and survives hostile values', async ({ page }) => {
  await page.goto('/en/trade/?from=2010&to=2016&series=exports,imports&notes=0');
  const box = page.locator('[data-chart="trade"]');
  // The total is hidden by the view (its line and marks are there, not shown).
  await expect(box.locator('path.line[data-series="total"]').first()).toBeHidden();
  await expect(box.locator('path.line[data-series="exports"]').first()).toBeVisible();
  await expect(box.locator('a.mark[data-series="total"]').first()).toBeHidden();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2010');
  await expect(page.getByLabel('to', { exact: true })).toHaveValue('2016');
  await page.getByLabel('to', { exact: true }).selectOption('2015');
  await expect(page).toHaveURL(/to=2015/);
  await expect(page).toHaveURL(/series=exports,imports/);
  await page.reload();
  await expect(page.getByLabel('to', { exact: true })).toHaveValue('2015');

  for (const q of ['?from=abc&to=9999', '?series=%3Cscript%3Ealert(1)%3C/script%3E', '?from=2030&to=1800', `?series=${'x'.repeat(5000)}`]) {
    const watch = watchPage(page);
    const res = await page.goto(`/en/trade/${q}`);
    expect(res?.status()).toBe(200);
    await expect(box.locator('path.line').first()).toBeAttached();
    await expect(box.locator('a.mark').first()).toBeAttached();
    watch.expectClean();
  }
});

test('numbers follow the language', async ({ page }) => {
  await page.goto('/vi/trade/');
  const figure = (p: Page) => p.locator('figure:has([data-chart="trade"])');
  await figure(page).locator('details.table-details summary').click();
  await expect(figure(page).locator('table')).toContainText('tỷ USD');
  await expect(figure(page).locator('table')).toContainText('triệu USD');
  await page.goto('/en/trade/');
  await figure(page).locator('details.table-details summary').click();
  await expect(figure(page).locator('table')).toContainText('billion USD');
});

// Pointers need not hit a 9 px dot: the plot maps any position to the nearest mark.
async function markCentre(page: Page, selector: string) {
  const mark = page.locator(selector);
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox())!;
  return { mark, x: box.x + box.width / 2, y: box.y + box.height / 2, obs: (await mark.getAttribute('data-obs'))!, label: (await mark.getAttribute('aria-label'))! };
}

test('mouse: the mark nearest the pointer shows its tooltip, a click on it opens its quote', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/en/trade/');
  const { mark, x, y, obs, label } = await markCentre(page, '[data-chart="trade"] a.mark[data-obs="x-x011"]');
  const tooltip = page.locator('[data-chart="trade"] .tooltip');
  await expect(async () => {
    await page.mouse.move(x + 3, y + 2);
    await page.mouse.move(x + 2, y + 1);
    await expect(tooltip).toBeVisible({ timeout: 300 });
  }).toPass();
  await expect(mark).toHaveClass(/active/);
  await expect(tooltip).toContainText(label.split('. ')[1].split(': ')[1]);
  await page.mouse.move(x + 400, y + 400);
  await expect(tooltip).toBeHidden();
  await page.mouse.click(x + 2, y + 1);
  await expect(page).toHaveURL(new RegExp(`/en/sources/#obs-${obs}$`));
  watch.expectClean();
});

test('the tooltip sets a printed growth rate beside our own change, with its qualifier', async ({ page }) => {
  await page.goto('/en/trade/');
  const { x, y } = await markCentre(page, '[data-chart="trade"] a.mark[data-obs="b-trade-2016"]');
  const tooltip = page.locator('[data-chart="trade"] .tooltip');
  await expect(async () => {
    await page.mouse.move(x + 1, y + 1);
    await page.mouse.move(x, y);
    await expect(tooltip).toBeVisible({ timeout: 300 });
  }).toPass();
  // The level is the 2017 book's; the rate is VOV's ("dropped about 20% in 2016"), so the tooltip
  // names VOV and keeps the "about". The levels themselves give -7.5%.
  await expect(tooltip).toContainText('Growth printed by Voice of Vietnam (VOV) English, 2017: about -20%');
  await expect(tooltip).not.toContainText('Growth printed by the source');
  await expect(tooltip).toContainText('-7.5% on the previous period (computed by us, not a source figure)');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const c of charts)
    test(`${c.path}: the chart starts on the first screen and its plot is at least 260 px tall`, async ({ page }) => {
      // Lao too: its notice of an unreviewed translation sits above the chart.
      for (const lang of ['vi', 'en', 'lo']) {
        await page.goto(`/${lang}${c.path}`);
        const plot = page.locator(`[data-chart="${c.chart}"] svg[role="img"]`);
        const box = (await page.locator(`[data-chart="${c.chart}"]`).boundingBox())!;
        const svg = (await plot.boundingBox())!;
        // A Lao page says first that its translation is not reviewed yet: the chart starts below that line.
        const notice = lang === 'lo' ? ((await page.locator('.review-notice').boundingBox())?.height ?? 0) : 0;
        expect(notice, 'the notice is short on a phone').toBeLessThanOrEqual(60);
        expect(box.y, `${lang}${c.path}: chart top`).toBeLessThanOrEqual(620 + notice);
        expect(svg.height, `${lang}${c.path}: plot height`).toBeGreaterThanOrEqual(260);
        // Nothing runs off the side of the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      }
    });
  test("the data table's values are blocks a screen wide, so a disagreement's reason reads as lines, not a column of words", async ({ page }) => {
    await page.goto('/vi/trade/');
    const reason = page.locator('td small.reason').first();
    await reason.evaluate((e) => {
      for (let d = e.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    });
    const row = reason.locator('xpath=ancestor::tr');
    const cells = row.locator('td');
    await expect(cells).toHaveCount(5);
    const reasonBox = (await reason.boundingBox())!;
    expect(reasonBox.width, 'the reason spans the screen').toBeGreaterThan(300);
    // Period and value share a line; the value keeps its full text.
    const [period, value] = [(await cells.nth(1).boundingBox())!, (await cells.nth(2).boundingBox())!];
    expect(Math.abs(period.y - value.y)).toBeLessThan(4);
    await expect(cells.nth(2)).toHaveText(/triệu USD$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
  test('period brackets carry letters, listed with their labels under the chart', async ({ page }) => {
    await page.goto('/en/trade/');
    const chart = page.locator('[data-chart="trade"]');
    // No room in the brackets: neither the label nor the value fits, the letter shows.
    const span = chart.locator('a.span[data-obs="b-trade-1990s"]');
    await expect(span.locator('.full')).toHaveCSS('font-size', '0px');
    await expect(span.locator('.key')).toHaveText('a');
    await expect(span.locator('.key')).not.toHaveCSS('font-size', '0px');
    const key = page.locator('figure:has([data-chart="trade"]) ol.span-key li').first();
    await expect(key).toBeVisible();
    await expect(key).toContainText('a');
    await expect(key).toContainText('1990–1993: 45m USD (per year, for the whole period)');
    // Dots shrink so 35 years of line stay visible between them; the link keeps its 24 px.
    const glyph = (await chart.locator('a.mark .glyph').first().boundingBox())!;
    expect(glyph.width).toBeLessThan(10);
    const mark = (await chart.locator('a.mark').first().boundingBox())!;
    expect(mark.width).toBeGreaterThanOrEqual(24);
  });
});

test('on a wide screen brackets show their label or value in place, and the key lists only letters shown', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/en/trade/');
  const span = page.locator('[data-chart="trade"] a.span[data-obs="b-trade-1990s"]');
  await expect(span.locator('.key')).toHaveCSS('font-size', '0px');
  const shown = await span.locator('.text').evaluateAll((els) => els.filter((e) => getComputedStyle(e).fontSize !== '0px').map((e) => e.textContent));
  expect(shown).toHaveLength(1);
  // The key has an entry exactly for each bracket that shows its letter.
  const letters = await page.locator('[data-chart="trade"] a.span .key').evaluateAll((els) => els.filter((e) => getComputedStyle(e).fontSize !== '0px').map((e) => e.textContent));
  const listed = await page.locator('figure:has([data-chart="trade"]) ol.span-key li').evaluateAll((els) => els.filter((e) => getComputedStyle(e).fontSize !== '0px').map((e) => e.querySelector('.key')?.textContent));
  expect(listed).toEqual(letters);
});

test.describe('touch', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  test('a first tap shows the nearest mark, a second tap on it opens its quote', async ({ page }) => {
    await page.goto('/en/trade/');
    const { mark, x, y, obs } = await markCentre(page, '[data-chart="trade"] a.mark[data-obs="x-x011"]');
    const tooltip = page.locator('[data-chart="trade"] .tooltip');
    await expect(async () => {
      await page.touchscreen.tap(x, y + 1);
      await expect(tooltip).toBeVisible({ timeout: 300 });
    }).toPass();
    await expect(mark).toHaveClass(/active/);
    await expect(page).toHaveURL(/\/en\/trade\//);
    await page.touchscreen.tap(x, y + 1);
    await expect(page).toHaveURL(new RegExp(`/en/sources/#obs-${obs}$`));
  });
});

// WCAG 2.2 target size (2.5.8), which Lighthouse counts: chart links at least 24 px or spaced apart,
// on a phone and a desktop, both charts with period brackets and without.
for (const width of [375, 1280]) {
  test(`chart links meet the WCAG 2.2 target size at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/en/trade/', '/en/students/', '/embed/vi/trade/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${path} ${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
    }
  });
}

// The chart's own script (LayerCake, d3-scale, the layers) loads only when a reader reaches for the
// chart; it must then take over the prerendered chart in place, and act on what the reader already did.
test.describe('the chart loads its script on first use', () => {
  const scripts = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).length);
  const hydrationWarnings = (page: Page) => {
    const seen: string[] = [];
    page.on('console', (msg) => /hydrat/i.test(msg.text()) && seen.push(msg.text()));
    return seen;
  };

  test('a single mouse move loads it, keeps the drawn marks and shows the nearest mark', async ({ page }) => {
    const watch = watchPage(page);
    const warnings = hydrationWarnings(page);
    await page.goto('/en/trade/');
    await page.waitForLoadState('networkidle');
    const before = await scripts(page);
    const { mark, x, y, label } = await markCentre(page, '[data-chart="trade"] a.mark[data-obs="x-x011"]');
    await mark.evaluate((el) => el.setAttribute('data-prerendered', ''));
    await page.mouse.move(x + 2, y + 1);
    const tooltip = page.locator('[data-chart="trade"] .tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(label.split('. ')[1].split(': ')[1]);
    expect(await scripts(page), 'the chart script arrived on first use').toBeGreaterThan(before);
    // Hydrated, not redrawn: the element the server drew is the one now active.
    await expect(page.locator('[data-chart="trade"] a.mark[data-prerendered]')).toHaveClass(/active/);
    expect(warnings).toEqual([]);
    watch.expectClean();
  });

  test('keys pressed while it loads are not lost', async ({ page }) => {
    await page.goto('/en/students/');
    await page.waitForLoadState('networkidle');
    const marks = page.locator('[data-chart="students"] a.mark');
    const second = await marks.nth(1).getAttribute('data-obs');
    await marks.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-chart="students"] a.mark:focus')).toHaveAttribute('data-obs', second!);
    await expect(page.locator('[data-chart="students"] .tooltip')).toBeVisible();
  });

  test('a page reached by client-side navigation draws its chart', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto('/en/');
    await page.locator('nav a[href="/en/trade/"]').click();
    await expect(page).toHaveURL(/\/en\/trade\/$/);
    const box = page.locator('[data-chart="trade"]');
    // The URL changes as the navigation starts; the new page renders a moment later.
    await expect(box.locator('path.line').first()).toBeAttached();
    expect(new Set(await box.locator('path.line').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-series'))))).toEqual(new Set(['total', 'exports', 'imports']));
    const { x, y } = await markCentre(page, '[data-chart="trade"] a.mark[data-obs="x-x011"]');
    await page.mouse.move(x + 2, y + 1);
    await expect(box.locator('.tooltip')).toBeVisible();
    // x-x011 is 2021's total: a view from 2022 leaves it out.
    await page.getByLabel('From', { exact: true }).selectOption('2022');
    await expect(box.locator('a.mark[data-obs="x-x011"]')).toHaveCount(0);
    watch.expectClean();
  });
});
