// Benchmark (issues 8 and 19): the same trade series drawn by this site's embed and by four chart
// libraries, in one headless Chromium run, each page served locally (no network), on a desktop and
// on an emulated phone.
//
//   npm run bench                        # both profiles, 5 repetitions (+1 discarded warm-up) each
//   npm run bench -- --reps=15           # more repetitions
//   npm run bench -- --profile=mobile    # desktop | mobile | both (default)
//   npm run bench -- --variants          # also copies of the embed with parts removed (see below)
//   npm run bench -- --network=devtools  # the phone's network as Lighthouse's DevTools throttling sets it
//   npm run bench -- --build             # also times `npm run build` once (and so rebuilds build/ first)
//
// Profiles (every page, fresh browser context, cache disabled):
//   - desktop: viewport 832×700 at 1×, no throttling;
//   - mobile: Lighthouse 12's phone, a moto g power (2022): 412×823 at 1.75×, touch, its user agent;
//     4× CPU slowdown (Emulation.setCPUThrottlingRate) and slow 4G (Network.emulateNetworkConditions).
//
// The server sends text files gzipped (as any static host does), so throttled bytes are real bytes.
//
// Per page and repetition it measures:
//   - FCP: the browser's first contentful paint;
//   - JS gzip: every .js file the page loaded until the network was idle, each gzipped (-9), summed;
//   - marks in DOM: performance.now() when the marks exist (MutationObserver on our `path.line`,
//     Plotly's `.scatterlayer path`, Plot's line path; Vega and ECharts draw to canvas, so their
//     own "drawn" signal: vegaEmbed's resolved promise, ECharts' 'finished' event);
//   - visible: when the marks are on screen. Marks in the DOM at the first contentful paint are on
//     screen with it; marks drawn later count at the end of the first frame after they were drawn
//     (rAF, then a posted message). For our embed, visible is when the view the URL asks for is on
//     screen, read frame by frame (below);
//   - blocking: long tasks (> 50 ms) up to 1 s after visible, sum of (duration - 50).
//
// The view check (our embed): a script injected before the page reads, in every animation frame,
// which `[data-chart="trade"] [data-series]` elements are rendered (checkVisibility with visibility
// and opacity, and a nonzero box) and which year ticks show; a frame's state is what it paints.
// `?series=total` must show no mark, line or label of another series from the first frame on;
// `?from=2010` must show no year before 2010: either the right years or no chart until it is drawn.
//
// Variants (--variants): copies of the built embed page, written to a temp folder and served in place
// of the page (same URL) to show what each part costs: (a) no boot script (no hydration), (b) no web
// fonts, (c) only the chart's SVG element in its boxes and the CSS that applies to them, (d) no HTML
// text layers in the chart (axes, period labels, mark links, line-end labels), (e) a, b and d together.
//
// It prints medians per profile, each page's ratio to the floor (also the median of the per-repetition
// ratios, which a drifting machine load disturbs less), each peer's ratio to ours, the load average,
// and the issue-19 targets with whether each is met. It prints; it never fails on the figures.
import { chromium, type Browser, type BrowserContextOptions } from '@playwright/test';
import { execSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { chartModel } from '../../src/lib/charts/model';
import { Bodies, decodePath, findFile, send } from '../static-host';
import { resolveSeries, type DatasetInput } from '../../src/lib/charts/series';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const reps = Number(option('reps') ?? 5);
const profileArg = option('profile') ?? 'both';
const networkArg = option('network') ?? 'slow4g';
const withVariants = args.includes('--variants');
const port = Number(process.env.BENCH_PORT ?? 4374);
if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps must be a whole number ≥ 1, not ${option('reps')}`);
if (!['desktop', 'mobile', 'both'].includes(profileArg)) throw new Error(`--profile is desktop, mobile or both, not ${profileArg}`);
if (!['slow4g', 'devtools'].includes(networkArg)) throw new Error(`--network is slow4g or devtools, not ${networkArg}`);

// Issue 19's targets.
const FLOOR_TARGET = 2; // ours at most 2× the floor, both profiles
const PEER_TARGET = 3; // every peer at least 3× slower than ours, mobile profile

// Figures as printed.
const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kib = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const times = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '–');

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

// ---- the profiles ----
// Lighthouse 12.8.2, core/config/constants.js: the mobile screen is MOTOGPOWER_EMULATION_METRICS
// { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75 } with MOTOG4_USERAGENT below.
// Its throttling is `mobileSlow4G` (from @paulirish/trace_engine 0.0.59, lantern/simulation/Constants.js):
//   rttMs: 150, throughputKbps: 1.6 * 1024, cpuSlowdownMultiplier: 4,
//   requestLatencyMs: 150 * 3.75, downloadThroughputKbps: 1.6 * 1024 * 0.9, uploadThroughputKbps: 750 * 0.9.
// The first three are the connection Lighthouse simulates (150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up); the last three are what it sends to Network.emulateNetworkConditions when it throttles
// through DevTools (--throttling-method=devtools), adjusted because DevTools adds its latency once per
// request instead of per round trip (DEVTOOLS_RTT_ADJUSTMENT_FACTOR 3.75, _THROUGHPUT_ 0.9;
// crbug.com/721112). Default here: the connection itself (`slow4g`), which leaves less of the time to
// the network and so is the stricter test of the CPU work that differs between pages; `--network=devtools`
// applies Lighthouse's DevTools figures. Lighthouse converts kbit/s to bytes/s as kbps * 1024 / 8.
const MOTO_G_POWER_UA =
  'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36';
const slow4g =
  networkArg === 'devtools'
    ? { latency: 150 * 3.75, downloadKbps: 1.6 * 1024 * 0.9, uploadKbps: 750 * 0.9 }
    : { latency: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750 };
interface Profile {
  name: 'desktop' | 'mobile';
  context: BrowserContextOptions;
  cpuSlowdown: number;
  network: { latency: number; downloadKbps: number; uploadKbps: number } | null;
  describe: string;
}
const allProfiles: Profile[] = [
  {
    name: 'desktop',
    context: { viewport: { width: 832, height: 700 }, deviceScaleFactor: 1 },
    cpuSlowdown: 1,
    network: null,
    describe: 'viewport 832×700 at 1×, no throttling'
  },
  {
    name: 'mobile',
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, userAgent: MOTO_G_POWER_UA },
    cpuSlowdown: 4,
    network: slow4g,
    describe:
      `moto g power: 412×823 at 1.75×, touch; CPU 4× slower; network ${networkArg === 'devtools' ? "Lighthouse's DevTools slow 4G" : 'slow 4G'}: ` +
      `${slow4g.latency} ms latency, ${(slow4g.downloadKbps / 1024).toFixed(2)} Mbit/s down, ${slow4g.uploadKbps} kbit/s up`
  }
];
const profiles = allProfiles.filter((p) => profileArg === 'both' || p.name === profileArg);

// ---- a small static server: build/ at /, node_modules at /nm/, the peer pages at /peers/ ----
const mounts: [prefix: string, dir: string][] = [
  ['/nm/', join(root, 'node_modules')],
  ['/peers/', join(root, 'scripts/bench/peers')],
  ['/', join(root, 'build')]
];
function fileFor(urlPath: string): string | null {
  const path = decodePath(urlPath);
  if (path === null) return null;
  const [prefix, dir] = mounts.find(([prefix]) => path.startsWith(prefix))!;
  const found = findFile(dir, path.slice(prefix.length - 1));
  return found && 'file' in found ? found.file : null;
}
// The variants replace our embed's page at its own URL, for a context that sends this header, so the
// page's scripts see the same address.
const VARIANT_HEADER = 'x-bench-variant';
const embedPath = '/embed/en/trade/';
const variantDir = mkdtempSync(join(tmpdir(), 'bench-variants-'));
const variantFile = (name: string) => join(variantDir, `${name}.html`);
// Each body is read and gzipped once: the server must not take CPU from the browser it is timing.
const peersDir = join(root, 'scripts/bench/peers');
const bodies = new Bodies((file, raw) => (file.startsWith(peersDir) ? Buffer.from(raw.toString('utf8').replace('/*BENCH_DATA*/[]', dataJson)) : raw));
const server: Server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const variant = req.headers[VARIANT_HEADER];
  const file = typeof variant === 'string' && url.pathname === embedPath ? variantFile(variant) : fileFor(url.pathname);
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  send(req, res, 200, file, bodies, { 'cache-control': 'no-store' });
});
await new Promise<void>((ok, fail) => server.listen(port, '127.0.0.1', ok).on('error', fail));
const origin = `http://127.0.0.1:${port}`;

// ---- what is measured, page by page ----
/** The view a URL asks of our chart, checked frame by frame. */
interface AskedView {
  series?: string[];
  from?: number;
  to?: number;
}
interface Target {
  name: string;
  path: string;
  /** CSS selector of the marks, or null when the page calls window.__benchMarked() itself (canvas). */
  marks: string | null;
  /** The element whose box is the chart, to report its size. */
  box: string;
  kind: 'ours' | 'peer' | 'floor' | 'variant';
  view?: AskedView;
  variant?: string;
}
const ourMarks = '[data-chart="trade"] path.line[data-series="total"]';
const ourBox = '[data-chart="trade"]';
const OURS = 'ours (embed ?series=total)';
const OURS_FROM = 'ours (embed ?from=2010)';
const FLOOR = 'floor (static SVG)';
const pages: Target[] = [
  { name: OURS, path: `${embedPath}?series=total`, marks: ourMarks, box: ourBox, kind: 'ours', view: { series: ['total'] } },
  { name: OURS_FROM, path: `${embedPath}?from=2010`, marks: '[data-chart="trade"] path.line', box: ourBox, kind: 'ours', view: { from: 2010 } },
  { name: 'Vega-Lite', path: '/peers/vega-lite.html', marks: null, box: '#chart canvas, #chart svg', kind: 'peer' },
  { name: 'Plotly', path: '/peers/plotly.html', marks: '#chart .scatterlayer path.js-line', box: '#chart .main-svg', kind: 'peer' },
  { name: 'ECharts', path: '/peers/echarts.html', marks: null, box: '#chart canvas', kind: 'peer' },
  { name: 'Observable Plot', path: '/peers/plot.html', marks: '#chart svg g[aria-label="line"] path', box: '#chart svg', kind: 'peer' },
  // Not a peer: a static SVG line with no script or stylesheet, the earliest any page paints here.
  { name: FLOOR, path: '/peers/floor.html', marks: '#chart path', box: '#chart', kind: 'floor' }
];
const variantPages: { name: string; label: string; make: (html: string, dom: DomVariants) => string }[] = [
  { name: 'no-boot', label: '(a) no boot script (no hydration)', make: (html) => withoutBoot(html) },
  { name: 'no-fonts', label: '(b) no web fonts', make: (html) => withoutFonts(html) },
  { name: 'svg-only', label: "(c) only the chart's SVG and its CSS", make: (_, dom) => dom.svgOnly },
  { name: 'no-html-layers', label: "(d) no HTML text layers in the chart", make: (_, dom) => dom.noHtmlLayers },
  { name: 'a+b+d', label: '(e) a, b and d together', make: (_, dom) => withoutFonts(withoutBoot(dom.noHtmlLayers)) },
  { name: 'no-fallback', label: '(f) web fonts, no local fallback faces', make: (html) => withoutFonts(html, (rule) => rule.includes('Fallback')) },
  { name: 'fallback-only', label: '(g) local fallback faces, no web fonts', make: (html) => withoutFonts(html, (rule) => !rule.includes('Fallback')) }
];
const variantTargets: Target[] = withVariants
  ? variantPages.map((v) => ({ name: v.label, path: `${embedPath}?series=total`, marks: ourMarks, box: ourBox, kind: 'variant', variant: v.name }))
  : [];
const targets = [...pages, ...variantTargets];

// ---- the variants: HTML transformations of the built embed page ----
/** The boot script: SvelteKit's inline `kit.start(...)` with the hydration data, and its preloads. */
function withoutBoot(html: string) {
  const out = html
    .replace(/<script>\s*\{\s*__sveltekit_[\s\S]*?<\/script>/, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  if (out.includes('kit.start(')) throw new Error('variant (a): the boot script is still there');
  return out;
}
/** Web fonts: @font-face rules of the inline CSS (those `which` picks; all by default) and any font preloads. */
function withoutFonts(html: string, which: (rule: string) => boolean = () => true) {
  return html.replace(/@font-face\s*\{[^}]*\}/g, (rule) => (which(rule) ? '' : rule)).replace(/<link[^>]*rel="preload"[^>]*as="font"[^>]*>/g, '');
}
interface DomVariants {
  svgOnly: string;
  noHtmlLayers: string;
}
/** The two variants that need the page's DOM: read from the built page with scripts off. */
async function domVariants(browser: Browser): Promise<DomVariants> {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(origin + embedPath, { waitUntil: 'load' });
  await page.evaluate('globalThis.__name ??= (f) => f'); // see measure()
  const result = await page.evaluate(() => {
    const svg = document.querySelector('[data-chart="trade"] svg');
    if (!svg) throw new Error('no chart SVG in the embed');
    // (c) The SVG inside empty copies of its ancestors (they give it its size), and the inline CSS
    // rules that match any of these elements (dynamic states and pseudo-elements count as matching).
    const chain: Element[] = [];
    for (let el = svg.parentElement; el && el !== document.body; el = el.parentElement) chain.unshift(el);
    const kept = [document.documentElement, document.body, ...chain, svg, ...svg.querySelectorAll('*')];
    const dynamic = /::?(before|after|marker|placeholder|selection|hover|focus-visible|focus-within|focus|active|visited|target|first-letter|first-line|backdrop)\b/g;
    const matches = (selector: string) => {
      try {
        const s = selector.replace(dynamic, '');
        return kept.some((el) => el.matches(s));
      } catch {
        return true;
      }
    };
    const keep = (rules: CSSRuleList): string =>
      [...rules]
        .map((rule) => {
          if (rule instanceof CSSStyleRule) return matches(rule.selectorText) ? rule.cssText : '';
          if (rule instanceof CSSFontFaceRule) return ''; // the SVG draws no text
          if (rule instanceof CSSGroupingRule) {
            const inner = keep(rule.cssRules);
            return inner ? `${rule.cssText.slice(0, rule.cssText.indexOf('{'))}{${inner}}` : '';
          }
          return rule.cssText;
        })
        .join('');
    const css = [...document.styleSheets]
      .filter((s) => s.ownerNode instanceof HTMLStyleElement)
      .map((s) => keep(s.cssRules))
      .join('');
    const top = chain[0].cloneNode(false) as Element;
    let at = top;
    for (const el of chain.slice(1)) at = at.appendChild(el.cloneNode(false)) as Element;
    at.appendChild(svg.cloneNode(true));
    const html = document.documentElement;
    const attrs = (el: Element) => [...el.attributes].map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
    const svgOnly =
      `<!doctype html><html${attrs(html)}><head><meta charset="utf-8">` +
      `${document.querySelector('meta[name="viewport"]')?.outerHTML ?? ''}<title>${document.title}</title>` +
      `<style>${css}</style></head><body${attrs(document.body)}>${top.outerHTML}</body></html>`;
    // (d) The page without the chart's HTML layers (LayerCake's Html: axes, brackets and period
    // labels, mark links, line-end labels); the SVG and everything around the chart stay.
    for (const el of document.querySelectorAll('[data-chart="trade"] .layercake-layout-html')) el.remove();
    const noHtmlLayers = `<!doctype html>${html.outerHTML}`;
    return { svgOnly, noHtmlLayers };
  });
  await ctx.close();
  return result;
}
async function writeVariants(browser: Browser) {
  const html = readFileSync(join(root, 'build', embedPath, 'index.html'), 'utf8');
  const dom = await domVariants(browser);
  for (const v of variantPages) {
    const out = v.make(html, dom);
    writeFileSync(variantFile(v.name), out);
    v.label += ` (${kib(Buffer.byteLength(out))} KiB, ${kib(gzipSync(out, { level: 9 }).length)} gzip)`;
  }
  for (const t of variantTargets) t.name = variantPages.find((v) => v.name === t.variant)!.label;
}

// Runs in the page before any of its scripts.
function instrument(cfg: { marks: string | null; view: AskedView | null }) {
  const w = window as unknown as Record<string, unknown>;
  const b = {
    longtasks: [] as { start: number; duration: number }[],
    marksAt: -1,
    visibleAt: -1,
    fcp: -1,
    frames: [] as { t: number; end: number; shown: boolean; asked: boolean; others: string[]; years: number[] }[]
  };
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
  const afterFrame = (done: (t: number) => void) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => done(performance.now());
    ch.port2.postMessage(0);
  };
  const marked = () => {
    if (b.marksAt >= 0) return;
    b.marksAt = performance.now();
    const set = () => afterFrame((t) => (b.visibleAt = t));
    if (inFrame) set();
    else raf(set);
  };
  w.__benchMarked = marked;
  if (cfg.marks) {
    const sel = cfg.marks;
    const check = () => {
      if (document.querySelector(sel)) {
        mo.disconnect();
        marked();
      }
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true, attributes: true });
  }
  // The view check: what each animation frame shows of our chart. Read at the start of the frame,
  // before style and layout, so it is the state the frame paints; `end` is when the frame is done.
  const view = cfg.view;
  if (!view) return;
  const rendered = (el: Element) => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  };
  const snapshot = () => {
    const chart = document.querySelector('[data-chart="trade"]');
    const shown = !!chart && rendered(chart);
    const others = new Set<string>();
    let asked = false;
    const years: number[] = [];
    if (chart && shown) {
      for (const el of chart.querySelectorAll('[data-series]')) {
        if (!rendered(el)) continue;
        const ids = (el.getAttribute('data-series') ?? '').split(/\s+/);
        if (!view.series || ids.some((id) => view.series!.includes(id))) {
          if (el.matches('path.line')) asked = true;
        } else {
          const what = el.matches('path.line') ? 'line' : el.matches('path') ? 'area' : (el.getAttribute('class') ?? el.tagName).split(' ')[0];
          for (const id of ids) others.add(`${id} ${what}`);
        }
      }
      for (const tick of chart.querySelectorAll('.axis.x .tick')) {
        const year = Number(tick.textContent?.trim());
        if (Number.isFinite(year) && rendered(tick)) years.push(year);
      }
    }
    return { shown, asked, others: [...others].sort(), years };
  };
  const loop = () =>
    raf(() => {
      if (b.frames.length >= 3000) return;
      const frame = { t: performance.now(), end: -1, ...snapshot() };
      b.frames.push(frame);
      afterFrame((t) => (frame.end = t));
      loop();
    });
  loop();
}

interface Frame {
  t: number;
  end: number;
  shown: boolean;
  asked: boolean;
  others: string[];
  years: number[];
}
interface ViewCheck {
  /** The chart in the first frame that painted it: the asked view, or hidden until drawn, or wrong. */
  first: 'asked' | 'hidden' | 'wrong';
  /** What a wrong frame showed: other series, years outside the range. */
  wrong: string[];
  /** When the asked view was first on screen (ms), or NaN. */
  at: number;
  /** A frame after that showed another view again. */
  laterWrong: string[];
}
function checkView(frames: Frame[], fcp: number, view: AskedView): ViewCheck {
  const out = (years: number[]) => years.filter((y) => (view.from !== undefined && y < view.from) || (view.to !== undefined && y > view.to));
  const isAsked = (f: Frame) => f.shown && f.asked && f.others.length === 0 && out(f.years).length === 0;
  // A frame that shows the chart while its HTML is still arriving (no line yet) is not wrong; one
  // that shows another series or other years is.
  const isWrong = (f: Frame) => f.shown && (f.others.length > 0 || out(f.years).length > 0);
  const what = (f: Frame) => [...f.others, ...out(f.years).map((y) => `year ${y}`)];
  const okAt = frames.findIndex(isAsked);
  const wrongBefore = frames.slice(0, okAt < 0 ? frames.length : okAt).filter(isWrong);
  // The frame that made the first contentful paint is the last one that began before it.
  const paintFrame = Math.max(0, frames.findLastIndex((f) => f.t <= fcp));
  const first = wrongBefore.length ? 'wrong' : okAt >= 0 && okAt <= paintFrame ? 'asked' : 'hidden';
  const at = okAt < 0 ? NaN : okAt <= paintFrame ? fcp : frames[okAt].end >= 0 ? frames[okAt].end : frames[okAt].t;
  const laterWrong = okAt < 0 ? [] : frames.slice(okAt).filter(isWrong);
  return {
    first,
    wrong: [...new Set(wrongBefore.flatMap(what))],
    at,
    laterWrong: [...new Set(laterWrong.flatMap(what))]
  };
}

interface Run {
  jsFiles: number;
  jsRaw: number;
  jsGzip: number;
  marks: number;
  visible: number;
  blocking: number;
  fcp: number;
  view?: ViewCheck;
  size: string;
}

const problems = new Map<string, Set<string>>();
async function measure(browser: Browser, profile: Profile, t: Target): Promise<Run> {
  const ctx = await browser.newContext({
    ...profile.context,
    ...(t.variant ? { extraHTTPHeaders: { [VARIANT_HEADER]: t.variant } } : {})
  });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) {
    // DevTools takes bytes per second; Lighthouse converts with kbps * 1024 / 8.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.latency,
      downloadThroughput: Math.floor((profile.network.downloadKbps * 1024) / 8),
      uploadThroughput: Math.floor((profile.network.uploadKbps * 1024) / 8)
    });
  }
  if (profile.cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  // tsx keeps function names with a `__name` helper that does not exist in the page.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(instrument, { marks: t.marks, view: t.view ?? null });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
  // The JavaScript the page loaded, sized from what the server sent (asking the browser for
  // response bodies fails now and then, and the bytes are the same).
  const scripts = new Set<string>();
  page.on('requestfinished', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin) errors.push(`request to another host: ${r.url()}`);
    else if (u.pathname.endsWith('.js') || u.pathname.endsWith('.mjs')) scripts.add(u.pathname);
  });
  await page.goto(origin + t.path, { waitUntil: 'load', timeout: 120_000 });
  type B = { visibleAt: number; fcp: number; frames: Frame[] };
  await page.waitForFunction(() => {
    const b = (window as unknown as { __bench: B }).__bench;
    return b.visibleAt >= 0 && b.fcp >= 0;
  }, null, { timeout: 60_000 });
  // Ours: wait until the view the URL asks for is on screen (or 15 s more).
  if (t.view) {
    const view = t.view;
    await page
      .waitForFunction(
        (v) => {
          const b = (window as unknown as { __bench: B }).__bench;
          return b.frames.some(
            (f) => f.end >= 0 && f.shown && f.asked && f.others.length === 0 && f.years.every((y) => (v.from === undefined || y >= v.from) && (v.to === undefined || y <= v.to))
          );
        },
        view,
        { timeout: 15_000 }
      )
      .catch(() => errors.push('the view the URL asks for was not on screen within 15 s'));
  }
  // Let any trailing work finish, so its long tasks count (and the view check sees a second more).
  await page.waitForTimeout(1000);
  // Every script the page loads on its own counts, however late it arrives.
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => errors.push('network not idle within 30 s'));
  const b = await page.evaluate(
    () => (window as unknown as { __bench: { longtasks: { start: number; duration: number }[]; marksAt: number; visibleAt: number; fcp: number; frames: Frame[] } }).__bench
  );
  const size = await page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r ? `${Math.round(r.width)}×${Math.round(r.height)}` : '?';
  }, t.box);
  const js = [...scripts].map((path) => fileFor(path)).filter((f): f is string => !!f).map((f) => bodies.get(f));
  await ctx.close();
  if (errors.length) {
    const key = `${profile.name}: ${t.name}`;
    if (!problems.has(key)) problems.set(key, new Set());
    for (const e of errors) problems.get(key)!.add(e);
  }
  const view = t.view ? checkView(b.frames, b.fcp, t.view) : undefined;
  // Marks already in the DOM at the first contentful paint are on screen with it; marks drawn
  // later are on screen at the end of the first frame after they were drawn. Ours: the asked view.
  const visible = view ? view.at : b.fcp >= 0 && b.marksAt <= b.fcp ? b.fcp : b.visibleAt;
  const until = visible + 1000;
  return {
    jsFiles: js.length,
    jsRaw: js.reduce((s, x) => s + x.raw.length, 0),
    jsGzip: js.reduce((s, x) => s + (x.gzip ?? x.raw).length, 0),
    marks: b.marksAt,
    visible,
    blocking: b.longtasks.filter((l) => l.start <= until).reduce((s, l) => s + Math.max(0, l.duration - 50), 0),
    fcp: b.fcp,
    view,
    size
  };
}

// ---- run ----
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync']
});
const load = () => loadavg().map((x) => x.toFixed(1)).join(' / ');
interface Result {
  profile: Profile;
  runs: Map<string, Run[]>;
  loadStart: string;
  loadEnd: string;
  seconds: number;
}
const results: Result[] = [];
const chromiumVersion = browser.version();
try {
  if (withVariants) await writeVariants(browser);
  for (const profile of profiles) {
    const runs = new Map<string, Run[]>(targets.map((t) => [t.name, []]));
    // Shared machines: say how busy this one was, since every figure below moves with it.
    const loadStart = load();
    const t0 = performance.now();
    // One discarded warm-up round, then the repetitions, interleaved so drift hits every page alike.
    for (let r = -1; r < reps; r++) {
      for (const t of targets) {
        const run = await measure(browser, profile, t);
        if (r >= 0) runs.get(t.name)!.push(run);
      }
      process.stderr.write(`${profile.name}: ${r < 0 ? 'warm-up done' : `repetition ${r + 1}/${reps} done`}\n`);
    }
    results.push({ profile, runs, loadStart, loadEnd: load(), seconds: (performance.now() - t0) / 1000 });
  }
} finally {
  await browser.close();
  server.close();
  rmSync(variantDir, { recursive: true, force: true });
}

// ---- report ----
function table(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
const firstWords = { asked: 'yes', hidden: 'hidden until drawn', wrong: 'no' } as const;
interface Summary {
  profile: Profile['name'];
  oursVsFloor: number;
  pairedVsFloor: number;
  peers: { name: string; ratio: number }[];
  seriesView: string;
  seriesOk: boolean;
  fromView: string;
  fromOk: boolean;
}
const summaries: Summary[] = [];

console.log(`\nTrade series (trade.total, ${points.length} yearly points, ${points[0].year}–${points.at(-1)!.year}); median of ${reps} runs`);
console.log(`(+1 warm-up) per profile, fresh context, cache disabled, gzip on; headless Chromium ${chromiumVersion},`);
console.log(`${availableParallelism()} cores (${cpus()[0]?.model.trim()}); ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`);
for (const { profile, runs, loadStart, loadEnd, seconds } of results) {
  const med = (name: string, k: keyof Run) => median(runs.get(name)!.map((r) => r[k] as number));
  const floor = med(FLOOR, 'visible');
  const ours = med(OURS, 'visible');
  console.log(`\n## ${profile.name}: ${profile.describe}`);
  console.log(`Load average (1 / 5 / 15 min): ${loadStart} at the start, ${loadEnd} at the end (${seconds.toFixed(0)} s).\n`);
  const row = (t: Target) => {
    const rs = runs.get(t.name)!;
    const vis = rs.map((r) => r.visible).filter(Number.isFinite);
    return [
      t.name,
      rs[0].size,
      `${kib(med(t.name, 'jsGzip'))} (${med(t.name, 'jsFiles')})`,
      ms(med(t.name, 'fcp')),
      ms(med(t.name, 'marks')),
      ms(med(t.name, 'visible')),
      vis.length ? `${ms(Math.min(...vis))}–${ms(Math.max(...vis))}` : '–',
      ms(med(t.name, 'blocking')),
      times(ratio(med(t.name, 'visible'), floor)),
      t.kind === 'peer' ? times(ratio(med(t.name, 'visible'), ours)) : t.name === OURS ? '1×' : ''
    ];
  };
  table(
    ['page', 'chart px', 'JS gzip KiB (files)', 'FCP ms', 'marks in DOM ms', 'visible ms', 'range', 'blocking ms', 'vs floor', 'peer vs ours'],
    pages.map(row)
  );

  // The view check, per asked view: every run must agree.
  const viewLine = (name: string) => {
    const checks = runs.get(name)!.map((r) => r.view!);
    const count = (k: ViewCheck['first']) => checks.filter((c) => c.first === k).length;
    const firsts = (['asked', 'hidden', 'wrong'] as const).filter((k) => count(k)).map((k) => `${firstWords[k]} ${count(k)}/${checks.length}`);
    const wrong = [...new Set(checks.flatMap((c) => c.wrong))];
    const later = [...new Set(checks.flatMap((c) => c.laterWrong))];
    const at = median(checks.map((c) => c.at));
    const afterFcp = median(checks.map((c, i) => c.at - runs.get(name)!.map((r) => r.fcp)[i]));
    return { firsts, wrong, later, at, afterFcp, allAsked: count('asked') === checks.length, noneWrong: count('wrong') === 0 && !later.length };
  };
  const s = viewLine(OURS);
  const seriesView =
    `first frame shows the requested view: ${s.allAsked && !s.later.length ? 'yes' : 'no'} (${s.firsts.join(', ')}; ` +
    `visible other series: ${s.wrong.length ? s.wrong.join(', ') : 'none'}${s.later.length ? `; later frames showed: ${s.later.join(', ')}` : ''})`;
  const f = viewLine(OURS_FROM);
  const fromView =
    `first frame: ${f.firsts.join(', ')}${f.wrong.length ? ` (showed: ${f.wrong.slice(0, 6).join(', ')}${f.wrong.length > 6 ? ', …' : ''})` : ''}` +
    `${f.later.length ? `; later frames showed: ${f.later.slice(0, 6).join(', ')}` : ''}; the years 2010– on screen at ${ms(f.at)} ms, ` +
    `${ms(f.afterFcp)} ms after the first paint`;
  // The machine's load drifts; ours and the floor, measured seconds apart in each repetition, drift together.
  const paired = runs.get(OURS)!.map((r, i) => ratio(r.visible, runs.get(FLOOR)![i].visible)).filter(Number.isFinite);
  const pairedMedian = median(paired);
  console.log(
    `\nOurs ÷ the floor per repetition (measured seconds apart): median ${times(pairedMedian)}, ` +
      `range ${times(Math.min(...paired))}–${times(Math.max(...paired))}.`
  );
  console.log(`?series=total — ${seriesView}; on screen at ${ms(s.at)} ms.`);
  console.log(`?from=2010    — ${fromView}.`);

  if (withVariants) {
    console.log(`\nVariants of the embed page (?series=total; built page: ${kib(statSync(join(root, 'build', embedPath, 'index.html')).size)} KiB):\n`);
    table(
      ['variant', 'JS gzip KiB', 'FCP ms', 'visible ms', 'vs floor'],
      [OURS, ...variantTargets.map((t) => t.name), FLOOR].map((name) => [
        name,
        kib(med(name, 'jsGzip')),
        ms(med(name, 'fcp')),
        ms(med(name, 'visible')),
        times(ratio(med(name, 'visible'), floor))
      ])
    );
  }
  summaries.push({
    profile: profile.name,
    oursVsFloor: ratio(ours, floor),
    pairedVsFloor: pairedMedian,
    peers: pages.filter((t) => t.kind === 'peer').map((t) => ({ name: t.name, ratio: ratio(med(t.name, 'visible'), ours) })),
    seriesView,
    seriesOk: s.allAsked && !s.later.length,
    fromView,
    fromOk: f.noneWrong && Number.isFinite(f.at)
  });
}

for (const [key, list] of problems) console.warn(`\n${key}: ${[...list].join('; ')}`);

// ---- targets (issue 19) ----
const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
console.log('\nTargets (issue 19):');
for (const s of summaries)
  console.log(
    `- ours ≤ ${FLOOR_TARGET}× the floor, ${s.profile}: ${times(s.oursVsFloor)} (per repetition ${times(s.pairedVsFloor)}) — ` +
      `${met(s.oursVsFloor <= FLOOR_TARGET)}`
  );
const mobile = summaries.find((s) => s.profile === 'mobile');
if (mobile) {
  const closest = mobile.peers.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  console.log(
    `- every peer ≥ ${PEER_TARGET}× slower than ours, mobile: ${mobile.peers.map((p) => `${p.name} ${times(p.ratio)}`).join(', ')} — ` +
      `${met(mobile.peers.every((p) => p.ratio >= PEER_TARGET))} (closest: ${closest.name})`
  );
} else console.log(`- every peer ≥ ${PEER_TARGET}× slower than ours, mobile: not measured (--profile=${profileArg})`);
for (const s of summaries) {
  console.log(`- the first frame shows the requested view (?series=total), ${s.profile}: ${met(s.seriesOk)}`);
  console.log(`- no frame shows other years (?from=2010), ${s.profile}: ${met(s.fromOk)}`);
}
if (buildSeconds !== null) console.log(`\nSite build (\`npm run build\`, data + vite build + prerender): ${buildSeconds.toFixed(1)} s.`);
