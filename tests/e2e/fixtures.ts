import { test as base, expect } from '@playwright/test';

// Pages are prerendered and readable at once, but their controls work only once the page's script
// has hydrated them (the root layout then sets html[data-hydrated]). This `page.goto` waits for that
// on this site's pages, so a test never clicks a control that is not live yet.
export const test = base.extend({
  page: async ({ page, baseURL, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      const ours = new URL(page.url()).origin === new URL(baseURL ?? page.url()).origin;
      if (javaScriptEnabled !== false && ours && response?.ok()) {
        await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
      }
      return response;
    };
    await use(page);
  }
});

export { expect };
