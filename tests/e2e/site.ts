import { expect, type Page } from '@playwright/test';

export const langs = ['vi', 'en'] as const;

/** Every page type, by path below the language segment. */
export const pages = [
  '/',
  '/trade/',
  '/students/',
  '/investment/',
  '/experts/',
  '/twinning/',
  '/timeline/',
  '/twinning/34/',
  '/provinces/son-la/',
  '/provinces/ca-mau/',
  '/units/quang-tri/',
  '/sources/',
  '/about/'
] as const;

/**
 * Records console errors, uncaught exceptions and any request that leaves the local server, so a
 * test can assert the page is clean and self-contained.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') {
      problems.push(`external request: ${req.url()}`);
    }
  });
  return {
    problems,
    expectClean: () => expect(problems, problems.join('\n')).toEqual([])
  };
}
