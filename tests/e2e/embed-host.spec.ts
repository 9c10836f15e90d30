import { expect, test } from '@playwright/test';
import { hostSnippet, iframeCode } from '../../src/lib/charts/embed';

// The test host page is public-looking (host.example) while the site is on 127.0.0.1; Chromium's
// local-network protection would block that pairing, which a real deployment never has.
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-features=LocalNetworkAccessChecks']
  }
});

test('a sandboxed embed on another site posts its height and the host snippet resizes the iframe', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const host = 'http://host.example/';
  const html = `<!doctype html><html><body><h1>Host</h1>
${iframeCode(`${origin}/embed/en/twinning/?p=son-la`, 'Twinning map')}
${iframeCode(`${origin}/embed/en/trade/?series=total`, 'Trade')}
${hostSnippet(origin)}
</body></html>`;
  // The host page is served by the test itself: no request leaves the machine.
  await page.route(host, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(host);
  const frames = page.locator('iframe[data-vnla-embed]');
  await expect(frames).toHaveCount(2);
  for (const i of [0, 1]) {
    await expect.poll(async () => frames.nth(i).evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
  }
  const mapHeight = Number((await frames.nth(0).evaluate((f) => (f as HTMLIFrameElement).style.height)).replace('px', ''));
  expect(mapHeight).toBeGreaterThan(400);
  // Inside the sandbox the selection from the URL still applies.
  const map = page.frameLocator('iframe[title="Twinning map"]');
  await expect(map.locator('h2')).toContainText('Son La');
  await expect(map.locator('.links li')).toHaveCount(11);
});

test('the host snippet ignores anything but a sane number', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await page.route('http://host.example/', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<iframe data-vnla-embed srcdoc="<p>x</p>" style="height:300px"></iframe>${hostSnippet(origin)}` })
  );
  await page.goto('http://host.example/');
  const frame = page.locator('iframe');
  // Messages from the host itself (not from the iframe) and non-numbers are dropped.
  await page.evaluate(() => {
    window.postMessage('9999', '*');
    window.postMessage({ height: 800 }, '*');
    window.postMessage(1200, '*');
  });
  await page.waitForTimeout(200);
  await expect(frame).toHaveAttribute('style', 'height:300px');
});
