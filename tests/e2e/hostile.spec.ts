import { readFileSync } from 'node:fs';
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';

// Hostile and odd addresses, generated from lists. Each must give either the site's 404 page (status
// 404, its heading and a way home) or status 200 with a working view (for chart pages: every chart
// has its SVG paths) — never a blank page, a script error or a console error other than the 404
// load itself. One test per group, looping over its URLs on one page; soft assertions name the URL.

const langs = ['vi', 'en'];
const chartPages = ['/trade/', '/students/', '/investment/', '/experts/'];
const otherPages = ['/', '/twinning/', '/provinces/son-la/', '/sources/', '/about/'];
const embeds = ['trade', 'students', 'students-son-la', 'investment-projects', 'investment-capital', 'experts'];

const long = 'x'.repeat(5000);
const enc = encodeURIComponent;

/** Values for from= and to=: not years, out of range, reversed, hostile. */
const badYears = [
  'abc',
  '-1',
  '-2010',
  '0',
  '2010.5',
  '1e4',
  '99999999999999999999999',
  'NaN',
  'Infinity',
  '',
  ' 2010',
  '0x7DA',
  '２０１０',
  long,
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>'
];
const rangeQueries = [
  ...badYears.map((v) => `from=${enc(v)}`),
  ...badYears.map((v) => `to=${enc(v)}`),
  'from=2030&to=1800',
  'from=1800&to=2030',
  'from=2025&to=1990',
  'from=2010&to=2010',
  'from=2010&from=abc&to=2012&to=2099',
  'from&to',
  'from=%&to=%%',
  'from=%E0%A4%A&to=%FF'
];
const seriesQueries = [
  'series=nope',
  'series=',
  'series=,,,',
  'series=exports,nope',
  'series=EXPORTS',
  'series=__proto__',
  'series=constructor,toString',
  `series=${long}`,
  `series=${enc('<script>alert(1)</script>')}`,
  `series=${enc('"><img src=x onerror=alert(1)>')}`,
  'series[]=exports&series[0]=imports',
  'notes=0',
  'notes=abc',
  `notes=${long}`,
  'theme=<script>alert(1)</script>',
  `theme=${enc('"><img src=x onerror=alert(1)>')}`,
  'theme=../../etc/passwd',
  `theme=${long}`,
  '%00=%00',
  `${enc('<script>')}=1`,
  '&&&==&',
  '?'.repeat(50)
];

/** Paths that must be the 404 page. */
const notFound = [
  '/fr/trade/',
  '/fr/',
  '/xx/',
  '/EN/trade/',
  '/Vi/',
  '/de/provinces/son-la/',
  '/en-GB/trade/',
  '/vi-VN/',
  '/%76%69x/',
  ...langs.flatMap((l) => [
    `/${l}/provinces/xyz/`,
    `/${l}/provinces/%00/`,
    `/${l}/provinces/SON-LA/`,
    `/${l}/provinces/son-la-x/`,
    `/${l}/provinces/${enc('<script>alert(1)</script>')}/`,
    `/${l}/provinces/${enc('"><img src=x onerror=alert(1)>')}/`,
    `/${l}/provinces/${'a'.repeat(5000)}/`,
    `/${l}/provinces/..%2F..%2Fetc%2Fpasswd/`,
    `/${l}/nope/`,
    `/${l}/trade/extra/`,
    `/${l}/trade/${enc('<script>')}/`,
    `/${l}/../../etc/passwd`,
    `/${l}/%2e%2e/%2e%2e/etc/passwd`,
    `/${l}/..%2f..%2fetc%2fpasswd`,
    `/${l}/%252e%252e/`,
    `/${l}/%E2%80%AE/`,
    `/embed/${l}/nope/`,
    `/embed/${l}/`,
    `/embed/${l}/trade/extra/`,
    `/embed/${l}/${enc('<script>alert(1)</script>')}/`,
    `/embed/${l}/../../etc/passwd`,
    `/embed/${l}/${'y'.repeat(5000)}/`,
    `/embed/${l}/constructor/`,
    `/embed/${l}/__proto__/`
  ]),
  '/embed/fr/trade/',
  '/embed/',
  '/etc/passwd',
  '/%00/',
  `/${'z'.repeat(5000)}/`,
  `/${enc('<script>alert(1)</script>')}/`,
  '/index.php',
  '/.env',
  '/.git/config',
  '/wp-admin/',
  '/%2F%2Fevil.example/'
];

/** Malformed percent-encoding: no route can even be matched. */
const malformed = langs.flatMap((l) => [`/${l}/%C0%AE%C0%AE/`, `/${l}/%FF%FE/`, `/${l}/%%%/`, `/${l}/trade/%E0%A4%A/`, `/embed/${l}/%ZZ/`]);

/** Dot segments the browser resolves before asking: they land on real pages. */
const resolved = langs.flatMap((l) => [
  `/${l}/provinces/%2e%2e/`,
  `/${l}/trade/../`,
  `/${l}/about/%2e%2e/sources/`,
  `/${l}/trade/./`,
  `/${l}/./provinces/./son-la/`
]);
const resolvedCharts = langs.flatMap((l) => [`/${l}/about/../trade/`, `/${l}/x/%2e%2e/experts/`, `/embed/${l}/nope/../trade/`, `/${l}/students/%2E/`]);

function expectedHeading(url: string) {
  return /^\/(embed\/)?en(\/|$)/.test(url) ? 'Page not found' : 'Không tìm thấy trang';
}

type Expectation = 'view' | 'chart' | '404';

async function visit(page: Page, url: string, expectation: Expectation, errorStatuses = [404]) {
  const problems: string[] = [];
  const statusLog = new RegExp(`Failed to load resource: the server responded with a status of (${errorStatuses.join('|')})`);
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    // The browser logs the error status of the document itself; that is the point of the page.
    if (expectation === '404' && statusLog.test(msg.text())) return;
    problems.push(`console: ${msg.text()}`);
  };
  const onError = (err: Error) => problems.push(`pageerror: ${err.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    const res = await page.goto(url);
    // Let the client start (hydrate or render the error page) so its errors are caught too.
    await page.waitForLoadState('networkidle');
    const status = res?.status();
    const embed = new URL(page.url()).pathname.startsWith('/embed/');
    if (expectation === '404') {
      expect.soft(errorStatuses, `${url}: status ${status}`).toContain(status);
      const heading = expectedHeading(new URL(page.url()).pathname);
      await expect.soft(page.locator('main h1'), `${url}: 404 heading`).toHaveText(heading);
      await expect.soft(page.locator('main a[href="/vi/"], main a[href="/en/"]').first(), `${url}: a way home`).toBeVisible();
    } else {
      expect.soft(status, `${url}: status`).toBe(200);
      if (!embed) await expect.soft(page.locator('h1').first(), `${url}: heading`).toBeVisible();
      if (expectation === 'chart') {
        const charts = page.locator('[data-chart]');
        const n = await charts.count();
        expect.soft(n, `${url}: charts`).toBeGreaterThan(0);
        for (let i = 0; i < n; i++) {
          const name = await charts.nth(i).getAttribute('data-chart');
          // Lines, bars, lone points or period brackets, or, for years with no figure at all, the chart saying so.
          await expect.soft(charts.nth(i).locator('svg path, svg rect, a.mark, a.span, .chart-empty').first(), `${url}: marks in ${name}`).toBeAttached();
        }
      }
    }
    const text = await page.locator('body').innerText();
    expect.soft(text.trim().length, `${url}: page is not blank`).toBeGreaterThan(20);
    // Nothing from the URL may run or be injected.
    expect.soft(await page.locator('img[src="x"], script:text("alert(1)")').count(), `${url}: injected markup`).toBe(0);
    expect.soft(problems, `${url}: ${problems.join('\n')}`).toEqual([]);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
}

function failOnDialogs(page: Page) {
  page.on('dialog', (d) => {
    expect.soft(d.message(), `a dialog opened on ${page.url()}`).toBe('');
    void d.dismiss();
  });
}

/** Spreads queries over pages and languages: the nth query goes to the (n + offset)th page. */
function spread(queries: string[], bases: string[], offsets: number[]) {
  return offsets.flatMap((o) => queries.map((q, i) => `${bases[(i + o) % bases.length]}?${q}`));
}
const byLang = (paths: string[]) => paths.flatMap((p) => langs.map((l) => `/${l}${p}`));
const chartBases = byLang(chartPages);
const otherBases = byLang(otherPages);
const embedBases = embeds.flatMap((c) => langs.map((l) => `/embed/${l}/${c}/`));

const groups: { name: string; urls: string[]; expect: Expectation }[] = [
  { name: 'bad year ranges on chart pages', urls: spread(rangeQueries, chartBases, [0, 3]), expect: 'chart' },
  { name: 'unknown series, notes and theme values on chart pages', urls: spread(seriesQueries, chartBases, [0, 5]), expect: 'chart' },
  { name: 'hostile query strings on embeds', urls: spread([...rangeQueries, ...seriesQueries], embedBases, [0]), expect: 'chart' },
  {
    name: 'hostile query strings on pages without a chart',
    urls: spread([...rangeQueries, ...seriesQueries].filter((_, i) => i % 2 === 0), otherBases, [0]),
    expect: 'view'
  },
  { name: 'unknown languages, provinces, charts, traversal and encoded junk', urls: notFound, expect: '404' },
  { name: 'dot segments resolving to a page', urls: resolved, expect: 'view' },
  { name: 'dot segments resolving to a chart', urls: resolvedCharts, expect: 'chart' }
];

test.describe.configure({ mode: 'parallel' });

for (const g of groups) {
  test(`${g.name} (${g.urls.length} URLs)`, async ({ page }) => {
    test.setTimeout(30_000 + g.urls.length * 3_000);
    failOnDialogs(page);
    for (const url of g.urls) await visit(page, url, g.expect);
  });
}

// The preview server refuses malformed percent-encoding with 400 and its own render of the error
// page; a static host serves build/404.html with 404, and only the client can render it. Test both,
// and on the static host some ordinary unknown addresses too.
const onStaticHost = [...malformed, ...notFound.filter((u) => /^\/(embed\/)?(vi|en)\/(nope|provinces\/xyz)\/$/.test(u))];
test(`malformed percent-encoding (${malformed.length} URLs)`, async ({ page }) => {
  failOnDialogs(page);
  for (const url of malformed) await visit(page, url, '404', [400]);
});

test(`malformed and unknown addresses on a static host (${onStaticHost.length} URLs)`, async ({ page }) => {
  failOnDialogs(page);
  const fallback = readFileSync('build/404.html', 'utf8');
  await page.route(
    (u) => onStaticHost.includes(u.pathname),
    (route) => route.fulfill({ status: 404, contentType: 'text/html', body: fallback })
  );
  for (const url of onStaticHost) await visit(page, url, '404');
});

test('there are at least 200 hostile URLs', () => {
  const total = groups.reduce((n, g) => n + g.urls.length, 0) + malformed.length + onStaticHost.length;
  console.log(`hostile URLs: ${total} (${groups.map((g) => `${g.name}: ${g.urls.length}`).join('; ')})`);
  expect(total).toBeGreaterThanOrEqual(200);
});
