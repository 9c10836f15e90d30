import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { langs, pages } from './site';

// WCAG 2.1 A and AA, as axe-core checks them, on every page type in Vietnamese and English (and two
// Lao pages) and both colour
// schemes. The colour scheme comes from prefers-color-scheme (the default "auto" theme), which is
// what most readers get.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const schemes = ['light', 'dark'] as const;

test.describe.configure({ mode: 'parallel' });

const embed = '/embed/{lang}/trade/';

async function audit(page: Page) {
  // Wait for hydration and fonts so contrast is measured on the final rendering.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Audit what a reader can open too: the data tables and notes in <details>, and a chart tooltip.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const mark = page.locator('a.mark[tabindex="0"]').first();
  if (await mark.count()) {
    await mark.focus();
    await expect(page.locator('.tooltip').first()).toBeVisible();
  }
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  const report = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')
  );
  return report;
}

for (const scheme of schemes) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const lang of langs) {
      for (const path of [...pages, embed]) {
        const url = path === embed ? embed.replace('{lang}', lang) : `/${lang}${path}`;
        test(`${url} has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
          // The longest pages (every source's values, all 326 events, Sơn La's figures and charts) take
          // axe a while on two cores, several minutes when the machine is busy.
          if (/\/(sources|timeline|provinces\/son-la)\/$/.test(url)) test.setTimeout(240_000);
          const res = await page.goto(url);
          expect(res?.status()).toBe(200);
          // Guard against auditing the wrong palette: the page must really follow the scheme.
          const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          expect(bg).toBe(scheme === 'dark' ? 'rgb(17, 21, 27)' : 'rgb(255, 255, 255)');
          const violations = await audit(page);
          expect(violations, violations.join('\n')).toEqual([]);
        });
      }
    }

    // Lao: a chart page and a Lao province's profile (the notice, the three-language switch, Lao names).
    for (const url of ['/lo/trade/', '/lo/provinces/houaphanh/']) {
      test(`${url} has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
        const res = await page.goto(url);
        expect(res?.status()).toBe(200);
        const violations = await audit(page);
        expect(violations, violations.join('\n')).toEqual([]);
      });
    }

    test(`/ has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
      // The root page sends a browser with JavaScript on to a language at once; audit the chooser it
      // shows without (axe itself needs script, so only the site's own scripts are held back).
      await page.route('**/_app/**/*.js', (route) => route.abort());
      await page.goto('/');
      const violations = await audit(page);
      expect(violations, violations.join('\n')).toEqual([]);
    });
  });
}

// A theme chosen in the switch (or by ?theme= in a link) overrides the system's scheme.
test.describe('chosen theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const theme of ['light', 'dark', 'slide']) {
    test(`/en/trade/?theme=${theme} has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.goto(`/en/trade/?theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const violations = await audit(page);
      expect(violations, violations.join('\n')).toEqual([]);
    });
  }
});
