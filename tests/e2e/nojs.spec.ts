import { expect, test } from '@playwright/test';
import { langs, pages } from './site';

// Without JavaScript no page may show a control that does nothing (issue 18): every input,
// select, textarea or button that is visible must belong to a form that submits somewhere. Controls
// that need a script carry `needs-js` and are hidden; the pages offer plain links instead.
const extra = ['/figures/', '/timeline/treaty/', '/views/trade/only-total/', '/views/trade/2016-2025/'];
const embeds = ['/embed/{lang}/trade/', '/embed/{lang}/investment-projects/', '/embed/{lang}/twinning/', '/embed/{lang}/province/son-la/'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of langs)
    for (const path of [...pages.map((p) => `/${lang}${p}`), ...extra.map((p) => `/${lang}${p}`), ...embeds.map((e) => e.replace('{lang}', lang))]) {
      test(`${path} shows no control that does nothing`, async ({ page }) => {
        const res = await page.goto(path);
        expect(res?.status()).toBe(200);
        const dead = await page.evaluate(() =>
          [...document.querySelectorAll('input, select, textarea, button')]
            .filter((el) => !(el as HTMLInputElement).form?.action)
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
            })
            .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 30)}”`)
        );
        expect(dead, `${path}: ${dead.join(', ')}`).toEqual([]);
      });
    }
});
