// Benchmark (issue 8): the same trade series drawn by this site's embed and by four chart
// libraries, in one headless Chromium run, each page served locally (no network).
//
//   npm run bench                 # 5 repetitions (+1 discarded warm-up) on the existing build/
//   npm run bench -- --build      # also times `npm run build` once (and so rebuilds build/ first)
//   npm run bench -- --reps=9
//
// Per page and repetition (fresh browser context, cache disabled), it measures:
//   - JS gzip: every .js response the page loaded, each gzipped (-9), summed;
//   - marks in DOM: performance.now() when the marks exist (MutationObserver on our `path.line`,
//     Plotly's `.scatterlayer path`, Plot's line path; Vega and ECharts draw to canvas, so their
//     own "drawn" signal: vegaEmbed's resolved promise, ECharts' 'finished' event);
//   - visible: when the marks are on screen. Nothing is on screen before the first contentful paint
//     (our marks are in the prerendered HTML, but show only once the stylesheets have loaded and the
//     first frame is presented), so marks in the DOM by then count at the FCP; marks drawn later
//     count at the end of the first frame after they were drawn (rAF, then a posted message);
//   - blocking: long tasks (> 50 ms) up to 1 s after visible, sum of (duration - 50).
// It prints medians, each peer's ratio to ours, and whether ours is at least 3x faster to a visible
// chart than every peer. It prints; it never fails on the figures.
import { chromium, type Browser } from '@playwright/test';
import { execSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { chartModel } from '../../src/lib/charts/model';
import { resolveSeries, type DatasetInput } from '../../src/lib/charts/series';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const reps = Number(args.find((a) => a.startsWith('--reps='))?.slice(7) ?? 5);
const port = Number(process.env.BENCH_PORT ?? 4374);
const TARGET_RATIO = 3;

// ---- optional: time the site build once ----
let buildSeconds: number | null = null;
if (args.includes('--build')) {
  const t0 = performance.now();
  execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  buildSeconds = (performance.now() - t0) / 1000;
}

const datasetPath = join(root, 'build/data/dataset.json');
if (!existsSync(datasetPath)) {
  console.error('build/ is missing: run `npm run build` first (or `npm run bench -- --build`).');
  process.exit(1);
}

// ---- the data: exactly the points our chart's line goes through ----
// The chart model decides which value carries the line when sources differ, so every library draws
// the same 20-odd yearly values as ours.
const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as DatasetInput;
const model = chartModel('trade', dataset);
const data = model?.series.find((s) => s.id === 'trade.total');
if (!model || !data) throw new Error('no trade.total series in the trade chart');
const points = resolveSeries(data, model.sources).points
  .filter((p) => p.onLine && /^\d{4}$/.test(p.periodStart))
  .map((p) => ({ year: Number(p.periodStart), value: p.value }));
const dataJson = JSON.stringify(points);

// ---- a small static server: build/ at /, node_modules at /nm/, the peer pages at /peers/ ----
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8'
};
function fileFor(urlPath: string): string | null {
  const p = decodeURIComponent(urlPath);
  let base = join(root, 'build');
  let rest = p;
  if (p.startsWith('/nm/')) [base, rest] = [join(root, 'node_modules'), p.slice(3)];
  else if (p.startsWith('/peers/')) [base, rest] = [join(root, 'scripts/bench/peers'), p.slice(6)];
  const file = normalize(join(base, rest));
  if (!file.startsWith(base)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return existsSync(file) ? file : null;
}
const server: Server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const file = fileFor(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let body: Buffer | string = readFileSync(file);
  if (url.pathname.startsWith('/peers/')) body = body.toString('utf8').replace('/*BENCH_DATA*/[]', dataJson);
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(body);
});
await new Promise<void>((ok, fail) => server.listen(port, '127.0.0.1', ok).on('error', fail));
const origin = `http://127.0.0.1:${port}`;

// ---- what is measured, page by page ----
interface Target {
  name: string;
  path: string;
  /** CSS selector of the marks, or null when the page calls window.__benchMarked() itself (canvas). */
  marks: string | null;
  /** The element whose box is the chart, to report its size. */
  box: string;
}
const targets: Target[] = [
  { name: 'ours (embed)', path: '/embed/en/trade/?series=total', marks: '[data-chart="trade"] path.line[data-series="total"]', box: '[data-chart="trade"]' },
  { name: 'Vega-Lite', path: '/peers/vega-lite.html', marks: null, box: '#chart canvas, #chart svg' },
  { name: 'Plotly', path: '/peers/plotly.html', marks: '#chart .scatterlayer path.js-line', box: '#chart .main-svg' },
  { name: 'ECharts', path: '/peers/echarts.html', marks: null, box: '#chart canvas' },
  { name: 'Observable Plot', path: '/peers/plot.html', marks: '#chart svg g[aria-label="line"] path', box: '#chart svg' },
  // Not a peer: a static SVG line with no script or stylesheet, the earliest any page paints here.
  { name: 'floor (static SVG)', path: '/peers/floor.html', marks: '#chart path', box: '#chart' }
];
const isPeer = (t: Target) => !t.name.startsWith('ours') && !t.name.startsWith('floor');

// Runs in the page before any of its scripts.
function instrument(sel: string | null) {
  const w = window as unknown as Record<string, unknown>;
  const b = { longtasks: [] as { start: number; duration: number }[], marksAt: -1, visibleAt: -1, fcp: -1 };
  w.__bench = b;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Are we inside a requestAnimationFrame callback? Then this frame's paint includes what was drawn.
  let inFrame = false;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) =>
    raf((t) => {
      inFrame = true;
      try {
        cb(t);
      } finally {
        inFrame = false;
      }
    });
  const afterFrame = () => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => (b.visibleAt = performance.now());
    ch.port2.postMessage(0);
  };
  const marked = () => {
    if (b.marksAt >= 0) return;
    b.marksAt = performance.now();
    if (inFrame) afterFrame();
    else raf(afterFrame);
  };
  w.__benchMarked = marked;
  if (sel) {
    const check = () => {
      if (document.querySelector(sel)) {
        mo.disconnect();
        marked();
      }
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true, attributes: true });
  }
}

interface Run {
  jsFiles: number;
  jsRaw: number;
  jsGzip: number;
  marks: number;
  visible: number;
  blocking: number;
  fcp: number;
  final?: number;
  size: string;
}

async function measure(browser: Browser, t: Target): Promise<Run> {
  const ctx = await browser.newContext({ viewport: { width: 832, height: 700 }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // tsx keeps function names with a `__name` helper that does not exist in the page.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(instrument, t.marks);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin) errors.push(`request to another host: ${r.url()}`);
    if (u.pathname.endsWith('.js') || u.pathname.endsWith('.mjs')) bodies.push(r.body().catch(() => null));
  });
  await page.goto(origin + t.path, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench: { visibleAt: number; fcp: number } }).__bench;
      return b.visibleAt >= 0 && b.fcp >= 0;
    },
    null,
    { timeout: 30_000 }
  );
  // Ours: the prerendered page shows every trade series; ?series=total applies once the page has
  // hydrated. Also record when only the total is left (the view the URL asks for).
  let final: number | undefined;
  if (t.name.startsWith('ours')) {
    final = await page.evaluate(
      () =>
        new Promise<number>((ok) => {
          const done = () => document.querySelectorAll('[data-chart="trade"] path.line').length === 1;
          if (done()) return ok(performance.now());
          const mo = new MutationObserver(() => {
            if (done()) {
              mo.disconnect();
              ok(performance.now());
            }
          });
          mo.observe(document.body, { childList: true, subtree: true });
        })
    );
  }
  // Let any trailing work finish, so its long tasks count.
  const b0 = await page.evaluate(() => (window as unknown as { __bench: { visibleAt: number } }).__bench.visibleAt);
  await page.waitForFunction((until) => performance.now() > until, b0 + 1000);
  const b = await page.evaluate(
    () => (window as unknown as { __bench: { longtasks: { start: number; duration: number }[]; marksAt: number; visibleAt: number; fcp: number } }).__bench
  );
  const size = await page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r ? `${Math.round(r.width)}×${Math.round(r.height)}` : '?';
  }, t.box);
  const js = (await Promise.all(bodies)).filter((x): x is Buffer => !!x);
  await ctx.close();
  if (errors.length) console.warn(`  ${t.name}: ${errors.join('; ')}`);
  return {
    jsFiles: js.length,
    jsRaw: js.reduce((s, x) => s + x.length, 0),
    jsGzip: js.reduce((s, x) => s + gzipSync(x, { level: 9 }).length, 0),
    marks: b.marksAt,
    // Marks already in the DOM at the first contentful paint are on screen with it; marks drawn
    // later are on screen at the end of the first frame after they were drawn.
    visible: b.fcp >= 0 && b.marksAt <= b.fcp ? b.fcp : b.visibleAt,
    blocking: b.longtasks.reduce((s, l) => s + Math.max(0, l.duration - 50), 0),
    fcp: b.fcp,
    final,
    size
  };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync']
});
const runs = new Map<string, Run[]>(targets.map((t) => [t.name, []]));
// Shared machines: say how busy this one was, since every figure below moves with it.
const loadBefore = loadavg()[0];
try {
  // One discarded warm-up round, then the repetitions, interleaved so drift hits every page alike.
  for (let r = -1; r < reps; r++) {
    for (const t of targets) {
      const run = await measure(browser, t);
      if (r >= 0) runs.get(t.name)!.push(run);
    }
    process.stderr.write(r < 0 ? 'warm-up done\n' : `repetition ${r + 1}/${reps} done\n`);
  }
} finally {
  await browser.close();
  server.close();
}

// ---- report ----
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kib = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number) => n.toFixed(0);
const med = (name: string, k: keyof Run) => median(runs.get(name)!.map((r) => r[k] as number));
const ours = targets[0].name;
const x = (peer: number, our: number) => (our > 0 ? `${(peer / our).toFixed(1)}×` : peer > 0 ? '∞' : '–');

const rows = targets.map((t) => {
  const isOurs = t.name === ours;
  return [
    t.name,
    runs.get(t.name)![0].size,
    `${kib(med(t.name, 'jsGzip'))} (${runs.get(t.name)![0].jsFiles})`,
    ms(med(t.name, 'marks')),
    ms(med(t.name, 'visible')),
    ms(med(t.name, 'fcp')),
    ms(med(t.name, 'blocking')),
    isOurs ? '1×' : x(med(t.name, 'jsGzip'), med(ours, 'jsGzip')),
    isOurs ? '1×' : x(med(t.name, 'visible'), med(ours, 'visible')),
    isOurs ? '–' : x(med(t.name, 'blocking'), med(ours, 'blocking'))
  ];
});
const head = ['page', 'chart px', 'JS gzip KiB (files)', 'marks in DOM ms', 'visible ms', 'FCP ms', 'blocking ms', 'JS vs ours', 'visible vs ours', 'blocking vs ours'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(`\nTrade series (trade.total, ${points.length} yearly points, ${points[0].year}–${points.at(-1)!.year}); median of ${reps} runs,`);
console.log(`fresh context, cache disabled, viewport 832×700, headless Chromium, ${availableParallelism()} cores (${cpus()[0]?.model.trim()}),`);
console.log(`load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after the runs.\n`);
console.log(line(head));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`);
for (const r of rows) console.log(line(r));
const finals = runs.get(ours)!.map((r) => r.final ?? NaN);
console.log(`\nOurs: the prerendered chart shows all three trade series first; the view asked for (?series=total)`);
console.log(`applies after hydration, at ${ms(median(finals))} ms (median).`);
const peers = targets.filter(isPeer).map((t) => ({ name: t.name, ratio: med(t.name, 'visible') / med(ours, 'visible') }));
const slowest = peers.reduce((a, b) => (b.ratio < a.ratio ? b : a));
const met = peers.every((p) => p.ratio >= TARGET_RATIO);
const floor = med('floor (static SVG)', 'visible');
console.log(
  `The floor (a static SVG page) is visible at ${ms(floor)} ms: a peer would have to take ${ms(floor * TARGET_RATIO)} ms or more ` +
    `for any page to be ${TARGET_RATIO}× faster than it.`
);
console.log(
  `Target "ours at least ${TARGET_RATIO}× faster to a visible chart than every peer": ${met ? 'MET' : 'NOT MET'} ` +
    `(closest peer: ${slowest.name}, ${slowest.ratio.toFixed(1)}×).`
);
if (buildSeconds !== null) console.log(`Site build (\`npm run build\`, data + vite build + prerender): ${buildSeconds.toFixed(1)} s.`);
