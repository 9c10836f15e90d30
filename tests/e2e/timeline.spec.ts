import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { langs, watchPage } from './site';

interface Milestone {
  milestone_id: string;
  date: string;
  date_end: string;
  kind: string;
  title_vi: string;
  title_en: string;
  quote: string;
  note_vi: string;
  note_en: string;
}

async function milestones(page: Page): Promise<Milestone[]> {
  const res = await page.request.get('/data/dataset.json');
  expect(res.ok()).toBe(true);
  return (await res.json()).milestones;
}

// The test's own folding, written apart from src/lib/search.ts so the two check each other.
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const hasPhrase = (text: string, q: string) => ` ${fold(text)}`.includes(` ${fold(q)}`);
const years = (m: Milestone): [number, number] => [Number(m.date.slice(0, 4)), Number((m.date_end || m.date).slice(0, 4))];
const inDecade = (m: Milestone, d: number) => years(m)[0] <= d + 9 && years(m)[1] >= d;

const shownIds = (page: Page) => page.locator('[data-event]:visible').evaluateAll((els) => els.map((el) => el.id).sort());
const status = (page: Page) => page.getByRole('status');
const kindBox = (page: Page, name: string): Locator => page.locator('form.filters').getByRole('checkbox', { name });

test.describe('the timeline', () => {
  test('lists every event of the data, each with its date, title, kind, quote and source', async ({ page }) => {
    const watch = watchPage(page);
    const data = await milestones(page);
    await page.goto('/vi/timeline/');
    await expect(page).toHaveTitle(/Dòng thời gian quan hệ Việt Nam – Lào/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(`^${data.length} sự kiện`));
    await expect(page.locator('[data-event]')).toHaveCount(data.length);
    await expect(status(page)).toHaveText(`Đang hiện ${data.length} trong ${data.length} sự kiện.`);
    expect((await shownIds(page)).length).toBe(data.length);
    const one = page.locator('#ev-1977-07-18-friendship-treaty');
    await expect(one.locator('time')).toHaveText('18/7/1977');
    await expect(one.locator('h3')).toHaveText('Ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào');
    await expect(one.locator('.tl-kind')).toHaveText('Hiệp ước, hiệp định');
    await expect(one.locator('blockquote')).toHaveAttribute('lang', 'vi');
    await expect(one.locator('.tl-cite a')).toHaveText(/^Ban Tuyên giáo Trung ương \(2017\), Lịch sử quan hệ đặc biệt Việt Nam – Lào .+ — dòng \d+$/);
    // Two documents, two dates for the end of the border demarcation: both kept, each saying so.
    for (const id of ['ev-1986-01-24-border-demarcation-completed', 'ev-1986-11-24-border-demarcation-completed']) {
      await expect(page.locator(`#${id} .tl-note`)).toContainText('24/1/1986');
      await expect(page.locator(`#${id} .tl-note`)).toContainText('24/11/1986');
    }
    // No internal ids in what a reader sees.
    expect(await page.locator('main').innerText()).not.toMatch(/seed-\d/i);
    await page.waitForLoadState('networkidle');
    watch.expectClean();
  });

  test('in English the titles, kinds, notes and citations are English and the quotes stay Vietnamese', async ({ page }) => {
    await page.goto('/en/timeline/');
    const one = page.locator('#ev-1977-07-18-friendship-treaty');
    await expect(one.locator('time')).toHaveText('18 Jul 1977');
    await expect(one.locator('.tl-kind')).toHaveText('Treaties and agreements');
    await expect(one.locator('blockquote[lang="vi"]')).toHaveCount(1);
    await expect(one.locator('.tl-cite a')).toHaveText(/^Central Propaganda Department .+ \(2017\), History of the Special Relationship .+ — line \d+$/);
    await expect(page.locator('.period-links')).toContainText('1954–1975');
  });

  test('filters by kind, by decade and by a search without diacritics, and keeps it in the URL', async ({ page }) => {
    const data = await milestones(page);
    await page.goto('/vi/timeline/');

    await kindBox(page, 'Hiệp ước, hiệp định').check();
    await kindBox(page, 'Biên giới').check();
    await expect(page).toHaveURL(/\/vi\/timeline\/\?kind=treaty,border$/);
    const byKind = data.filter((m) => m.kind === 'treaty' || m.kind === 'border');
    expect(await shownIds(page)).toEqual(byKind.map((m) => m.milestone_id).sort());
    await expect(status(page)).toHaveText(`Đang hiện ${byKind.length} trong ${data.length} sự kiện.`);

    await page.getByLabel('Thập niên').selectOption('1970');
    await expect(page).toHaveURL(/\?kind=treaty,border&decade=1970$/);
    const byDecade = byKind.filter((m) => inDecade(m, 1970));
    expect(byDecade.length).toBeGreaterThan(1);
    expect(await shownIds(page)).toEqual(byDecade.map((m) => m.milestone_id).sort());
    // Periods with nothing left to show are hidden too.
    await expect(page.locator('#period-before-1930')).toBeHidden();
    await expect(page.locator('.period-links')).not.toContainText('Trước 1930');
    await expect(page.locator('.period-links')).toContainText('1975–1985');

    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect(page).toHaveURL(/\/vi\/timeline\/$/);
    await expect(page.locator('[data-event]:visible')).toHaveCount(data.length);

    await page.getByLabel('Tìm trong tiêu đề, trích dẫn và ghi chú').fill('hiep uoc');
    await expect(page).toHaveURL(/\?q=hiep\+uoc$/);
    const bySearch = data.filter((m) => [m.title_vi, m.quote, m.note_vi].some((t) => hasPhrase(t, 'hiep uoc')));
    expect(bySearch.length).toBeGreaterThan(5);
    expect(await shownIds(page)).toEqual(bySearch.map((m) => m.milestone_id).sort());
    // With the diacritics typed, the same events.
    await page.getByLabel('Tìm trong tiêu đề, trích dẫn và ghi chú').fill('Hiệp ước');
    expect(await shownIds(page)).toEqual(bySearch.map((m) => m.milestone_id).sort());

    await page.getByLabel('Tìm trong tiêu đề, trích dẫn và ghi chú').fill('không có sự kiện nào như thế');
    await expect(page.getByText('Không có sự kiện nào khớp với bộ lọc.')).toBeVisible();
  });

  test('a URL with a filter shows it at once, and a reload keeps it', async ({ page }) => {
    const data = await milestones(page);
    const expected = data
      .filter((m) => (m.kind === 'treaty' || m.kind === 'border') && inDecade(m, 1970) && [m.title_en, m.quote, m.note_en].some((t) => hasPhrase(t, 'hiep uoc')))
      .map((m) => m.milestone_id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    await page.goto('/en/timeline/?kind=treaty,border&decade=1970&q=hiep%20uoc');
    for (const load of ['first', 'reload']) {
      if (load === 'reload') {
        await page.reload();
        await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      }
      await expect(kindBox(page, 'Treaties and agreements')).toBeChecked();
      await expect(kindBox(page, 'Border')).toBeChecked();
      await expect(kindBox(page, 'Trade')).not.toBeChecked();
      await expect(page.getByLabel('Decade')).toHaveValue('1970');
      await expect(page.getByLabel('Search titles, quotes and notes')).toHaveValue('hiep uoc');
      await expect(status(page)).toHaveText(`Showing ${expected.length} of ${data.length} events.`);
      expect(await shownIds(page)).toEqual(expected);
    }
  });

  test('the language switch keeps the filter', async ({ page }) => {
    await page.goto('/vi/timeline/');
    await kindBox(page, 'Giáo dục, đào tạo').check();
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL('**/en/timeline/?kind=education');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await expect(kindBox(page, 'Education and training')).toBeChecked();
  });

  test('each event links to its own entry on the Sources page', async ({ page }) => {
    await page.goto('/en/timeline/');
    const hrefs = await page.locator('[data-event] .tl-cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBe(await page.locator('[data-event]').count());
    const ids = new Set(await page.locator('[data-event]').evaluateAll((els) => els.map((el) => el.id)));
    for (const href of hrefs) {
      expect(href).toMatch(/^\/en\/sources\/#ms-ev-/);
      expect(ids.has(href.split('#ms-')[1])).toBe(true);
    }
    const sources = await page.request.get('/en/sources/');
    const html = await sources.text();
    const missing = hrefs.filter((h) => !html.includes(`id="${h.split('#')[1]}"`));
    expect(missing, missing.join('\n')).toEqual([]);
    // And the link lands there.
    await page.locator('#ev-1977-07-18-friendship-treaty .tl-cite a').click();
    await expect(page).toHaveURL(/\/en\/sources\/#ms-ev-1977-07-18-friendship-treaty$/);
    await expect(page.locator('#ms-ev-1977-07-18-friendship-treaty')).toBeInViewport();
  });

  test('every chart links to the timeline of its kinds, and the overview to the key events and the whole record', async ({ page }) => {
    const data = await milestones(page);
    await page.goto('/en/trade/');
    await page.getByRole('link', { name: 'Related events' }).click();
    await expect(page).toHaveURL(/\/en\/timeline\/\?kind=relations,trade$/);
    // Reached by a client-side navigation: the list comes from the prerendered page.
    await expect(page.locator('[data-event]')).toHaveCount(data.length);
    await expect(kindBox(page, 'Trade')).toBeChecked();
    expect(await shownIds(page)).toEqual(data.filter((m) => m.kind === 'trade' || m.kind === 'relations').map((m) => m.milestone_id).sort());

    for (const path of ['/en/students/', '/en/investment/', '/en/experts/']) {
      await page.goto(path);
      const links = page.getByRole('link', { name: 'Related events' });
      expect(await links.count()).toBeGreaterThan(0);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/en\/timeline\/\?kind=[a-z,]+$/);
    }

    await page.goto('/vi/');
    await page.getByRole('link', { name: /Xem toàn bộ dòng thời gian/ }).click();
    await expect(page).toHaveURL(/\/vi\/timeline\/$/);
    await page.goto('/vi/');
    await page.getByRole('link', { name: /Chiến thắng Điện Biên Phủ/ }).click();
    await expect(page).toHaveURL(/\/vi\/timeline\/#ev-1954-05-07-dien-bien-phu-victory$/);
    await expect(page.locator('#ev-1954-05-07-dien-bien-phu-victory')).toBeInViewport();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${scheme} scheme`, () => {
      test.use({ colorScheme: scheme });
      for (const lang of langs) {
        test(`/${lang}/timeline/ has no WCAG 2.1 AA violations, filtered or not (${scheme})`, async ({ page }) => {
          // Two audits of 326 events: slow on two cores.
          test.slow();
          await page.goto(`/${lang}/timeline/`);
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const audit = async () => {
            const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
            return result.violations.map((v) => `${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'));
          };
          expect(await audit()).toEqual([]);
          await page.locator('form.filters').getByRole('checkbox').first().check();
          await page.locator('#tl-q').fill('zzzz');
          expect(await audit()).toEqual([]);
        });
      }
    });
  }

  test.describe('on a phone', () => {
    for (const lang of langs) {
      for (const js of [true, false]) {
        test(`/${lang}/timeline/ does not overflow sideways at 375 px${js ? '' : ' without JavaScript'}`, async ({ browser }) => {
          const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: js });
          const page = await context.newPage();
          await page.goto(`/${lang}/timeline/`);
          const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          expect(scroll).toBeLessThanOrEqual(client);
          await context.close();
        });
      }
    }
  });
});

test.describe('the timeline without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every event is readable and no control that needs a script is shown', async ({ page }) => {
    const data = await milestones(page);
    await page.goto('/vi/timeline/');
    await expect(page.locator('[data-event]:visible')).toHaveCount(data.length);
    await expect(page.locator('[data-event] blockquote:visible')).toHaveCount(data.length);
    await expect(page.locator('[data-event] .tl-cite a:visible')).toHaveCount(data.length);
    // The filters need a script: not shown. Nothing in the page is a dead control.
    await expect(page.locator('form.filters')).toBeHidden();
    await expect(page.locator('input:visible, select:visible, button:visible')).toHaveCount(0);
  });

  test('offers a page per kind and an anchor per decade and period instead', async ({ page }) => {
    const data = await milestones(page);
    await page.goto('/en/timeline/');
    const kinds = page.getByRole('navigation', { name: 'By kind of event' });
    await expect(kinds.getByRole('link')).toHaveCount(new Set(data.map((m) => m.kind)).size);
    await kinds.getByRole('link', { name: 'Border' }).click();
    await expect(page).toHaveURL(/\/en\/timeline\/border\/$/);
    await expect(page.locator('h1')).toHaveText('Timeline: Border');
    const border = data.filter((m) => m.kind === 'border');
    await expect(page.locator('[data-event]:visible')).toHaveCount(border.length);
    expect(await shownIds(page)).toEqual(border.map((m) => m.milestone_id).sort());
    await expect(page.getByRole('link', { name: 'Border' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('link', { name: /The whole timeline/ }).click();
    await expect(page).toHaveURL(/\/en\/timeline\/$/);

    const decades = page.getByRole('navigation', { name: 'Go to a decade' });
    await decades.getByRole('link', { name: '1970' }).click();
    await expect(page).toHaveURL(/#decade-1970$/);
    const first = data
      .filter((m) => m.date.startsWith('197'))
      .sort((a, b) => a.date.localeCompare(b.date) || a.date_end.localeCompare(b.date_end) || a.milestone_id.localeCompare(b.milestone_id))[0];
    await expect(page.locator(`#${first.milestone_id}`)).toBeInViewport();

    await page.getByRole('navigation', { name: 'Periods' }).getByRole('link', { name: /1986–2010/ }).click();
    await expect(page.locator('#period-1986-2010 h2')).toBeInViewport();
  });
});
