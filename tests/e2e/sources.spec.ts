import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { foldName } from '../../src/lib/search';
import { expect, test } from './fixtures';

// The Sources page: grouped by source, each quote once with every value it supports, searchable
// without diacritics and filterable by topic, kind of source and year with the state in the URL;
// every anchor the site links to exists; no internal ids in what a reader sees; readable, and
// without dead controls, with JavaScript off.

const dataset = JSON.parse(readFileSync('src/lib/data/generated/dataset.json', 'utf8'));
const html = (lang: string) => readFileSync(`build/${lang}/sources/index.html`, 'utf8');

/** Every prerendered page, as its HTML. */
function builtPages(): { path: string; body: string }[] {
  const out: { path: string; body: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${dir}/${e.name}`);
      else if (e.name === 'index.html') out.push({ path: dir, body: readFileSync(`${dir}/${e.name}`, 'utf8') });
    }
  };
  walk('build');
  return out;
}

test.describe('the prerendered page', () => {
  test('has an entry for every value, link and event, under its anchor', () => {
    for (const lang of ['vi', 'en']) {
      const ids = new Set([...html(lang).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
      const missing = [
        ...dataset.observations.map((o: { obs_id: string }) => `obs-${o.obs_id}`),
        ...dataset.twinning.map((l: { link_id: string }) => `link-${l.link_id}`),
        ...dataset.milestones.map((e: { milestone_id: string }) => `ms-${e.milestone_id}`),
        ...dataset.sources.map((s: { source_id: string }) => `src-${s.source_id}`)
      ].filter((id) => !ids.has(id));
      expect(missing, `${lang}: anchors missing`).toEqual([]);
    }
  });

  test('every link into the Sources page from any page (charts, tables, profiles, embeds) finds its anchor', () => {
    const ids = { vi: new Set([...html('vi').matchAll(/ id="([^"]+)"/g)].map((m) => m[1])), en: new Set([...html('en').matchAll(/ id="([^"]+)"/g)].map((m) => m[1])) };
    const broken: string[] = [];
    let links = 0;
    for (const p of builtPages())
      for (const m of p.body.matchAll(/href="\/(vi|en)\/sources\/#([^"]+)"/g)) {
        links++;
        if (!ids[m[1] as 'vi' | 'en'].has(decodeURIComponent(m[2]))) broken.push(`${p.path}: #${m[2]}`);
      }
    expect(links).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  test('ships the list once: the page data holds the filters, not the entries', () => {
    for (const lang of ['vi', 'en']) {
      const data = readFileSync(`build/${lang}/sources/__data.json`, 'utf8');
      expect(data.length, 'page data').toBeLessThan(10_000);
      expect(gzipSync(html(lang), { level: 9 }).length, 'gzipped HTML').toBeLessThan(150_000);
    }
  });
});

test.describe('with JavaScript', () => {
  test('groups by kind of source, then source, and shows each quote once with every value it supports', async ({ page }) => {
    await page.goto('/vi/sources/');
    await expect(page.locator('section.tier > h2')).toHaveText([/^Nguồn chính thức/, /^Báo chí/, /^Nguồn thứ cấp/]);
    const book = page.locator('#src-seed-000');
    await expect(book.locator('h3')).toHaveText('Ban Tuyên giáo Trung ương (2017)');
    await expect(book.locator('header .title cite')).toHaveText('Lịch sử quan hệ đặc biệt Việt Nam – Lào (1930 - 2017)');
    await expect(book.locator('.badge')).toHaveText('Nguồn chính thức');
    // The 2006 trade figure: its quote, its place in the book and the line.
    const entry = page.locator('#obs-b-trade-2006');
    const quote = page.locator('li.q', { has: entry });
    await expect(quote.locator('.where')).toContainText('Chương III, mục II');
    await expect(quote.locator('.where')).toContainText('dòng 1984');
    await expect(entry).toContainText('240 triệu USD');
    // One quote of the booklet supports four intake figures: shown once, with all four.
    const intake = page.locator('li.q', { has: page.locator('#obs-s2-mc-enr-2014-pharm') });
    await expect(intake.locator('blockquote')).toHaveCount(1);
    await expect(intake.locator('li[data-topic]')).toHaveCount(4);
    await expect(page.locator('blockquote', { hasText: 'là 173 em (Cao đẳng: Dược 69 em' })).toHaveCount(1);
    // A repost names whose figures it reports, in Vietnamese.
    await expect(page.locator('#src-ext-vtrlogistics-5214ed .meta')).toContainText('đăng lại số liệu của Tổng cục Hải quan');
  });

  test('searches without diacritics, filters, and keeps the state in the URL', async ({ page }) => {
    await page.goto('/vi/sources/');
    const visible = page.locator('li[data-topic]:visible');
    const total = await page.locator('li[data-topic]').count();
    await page.getByLabel('Tìm trong nguồn').fill('hai quan 2015');
    await expect(page).toHaveURL(/\?q=hai\+quan\+2015$/);
    await expect(page.locator('.filters .count')).toContainText(`trên ${total} mục`);
    const found = await visible.count();
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(total / 4);
    // Each shown quote, with its source, holds "Hải quan" (written so or otherwise) and "2015".
    for (const text of await page.locator('li.q:visible').evaluateAll((qs) => qs.map((q) => (q.closest('article')?.querySelector('header')?.textContent ?? '') + q.textContent))) {
      expect(` ${foldName(text)}`).toContain(' hai quan');
      expect(text).toContain('2015');
    }

    await page.getByLabel('Tìm trong nguồn').fill('');
    await page.getByLabel('Chủ đề').selectOption('students');
    await expect(page).toHaveURL(/\?topic=students$/);
    expect(new Set(await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-topic'))))).toEqual(new Set(['students']));

    await page.getByLabel('Chủ đề').selectOption('');
    await page.getByLabel('Loại nguồn').selectOption('secondary');
    await expect(page).toHaveURL(/\?tier=secondary$/);
    await expect(page.locator('section.tier:visible')).toHaveCount(1);
    for (const tier of await page.locator('section.tier:visible').evaluateAll((s) => s.map((x) => x.getAttribute('data-tier')))) expect(tier).toBe('secondary');

    // The URL reproduces the view.
    await page.goto('/vi/sources/?tier=official&year=2006');
    await expect(page.getByLabel('Loại nguồn')).toHaveValue('official');
    await expect(page.locator('#obs-b-trade-2006')).toBeVisible();
    await expect(page.locator('section.tier[data-tier="press"]')).toBeHidden();
    for (const years of await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-years') ?? ''))) {
      const [a, b = a] = years.split('-').map(Number);
      expect(a <= 2006 && 2006 <= b, years).toBe(true);
    }
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect(page).toHaveURL(/\/vi\/sources\/$/);
    expect(await visible.count()).toBe(total);
  });

  test('a link to one value finds it even when the URL filters it out', async ({ page }) => {
    await page.goto('/vi/sources/?tier=press#obs-b-trade-2006');
    await expect(page.locator('#obs-b-trade-2006')).toBeVisible();
    await expect(page.locator('#obs-b-trade-2006')).toBeInViewport();
  });

  test('reached by a link inside the site, the list is there', async ({ page }) => {
    await page.goto('/en/trade/');
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Sources' }).click();
    await expect(page).toHaveURL(/\/en\/sources\/$/);
    await expect(page.locator('#src-seed-000 h3')).toHaveText(/Central Propaganda Department.*\(2017\)/);
    await page.getByLabel('Search the sources').fill('customs');
    await expect(page.locator('li[data-topic]:visible').first()).toBeVisible();
  });

  test('disagreements are shown side by side, with the value on the line and the reason', async ({ page }) => {
    await page.goto('/en/sources/#disagreements');
    const rows = page.locator('#disagreements tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    const y2006 = rows.filter({ has: page.locator('td:first-child', { hasText: /^Two-way trade$/ }) }).filter({ has: page.locator('td:nth-child(2)', { hasText: /^2006$/ }) });
    await expect(y2006).toHaveCount(1);
    await expect(y2006.locator('.values li').first()).toContainText('240 million USD');
    await expect(y2006.locator('.values li').first()).toContainText('drawn on the line');
    await expect(y2006.locator('td').last()).not.toBeEmpty();
    // Every value in a disputed period links to the comparison, and back.
    await page.locator('#obs-b-trade-2006 a.differ').click();
    await expect(page).toHaveURL(/#dis-trade\.total-2006-2006$/);
  });

  test('shows no internal ids, file names or hashes', async ({ page }) => {
    const ids = new Set<string>([
      ...dataset.sources.map((s: { source_id: string }) => s.source_id),
      ...dataset.observations.map((o: { obs_id: string }) => o.obs_id),
      ...dataset.twinning.map((l: { link_id: string }) => l.link_id),
      ...dataset.milestones.map((e: { milestone_id: string }) => e.milestone_id),
      ...dataset.series.map((s: { series_id: string }) => s.series_id)
    ]);
    for (const lang of ['vi', 'en']) {
      await page.goto(`/${lang}/sources/`);
      const text = await page.locator('main').innerText();
      // Addresses may name anything; the rest of the text may not name a record.
      const prose = text.replace(/https?:\/\/\S+/g, ' ');
      const leaked = [...new Set(prose.match(/[A-Za-z0-9][\w.-]*[\w]/g) ?? [])].filter((w) => ids.has(w) && /[-.\d]/.test(w));
      expect(leaked, lang).toEqual([]);
      expect(prose).not.toMatch(/\b[\w-]+\.(txt|csv|json)\b/);
      expect(prose).not.toMatch(/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16,}\b/);
      if (lang === 'vi') expect(prose).not.toMatch(/\bline \d/);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full list is there, the contents links work, and no control is dead', async ({ page }) => {
    await page.goto('/vi/sources/');
    expect(await page.locator('li[data-topic]:visible').count()).toBe(
      dataset.observations.length + dataset.twinning.length + dataset.milestones.length
    );
    // Filters need the script: hidden, not dead.
    await expect(page.locator('.filters')).toBeHidden();
    const controls = page.locator('main').locator('input:visible, select:visible, button:visible');
    await expect(controls).toHaveCount(0);
    await page.getByRole('link', { name: 'Nguồn thứ cấp' }).first().click();
    await expect(page).toHaveURL(/#tier-secondary$/);
    await expect(page.locator('#tier-secondary')).toBeInViewport();
  });
});
