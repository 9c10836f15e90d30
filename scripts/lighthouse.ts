// Lighthouse (issue 8): mobile scores of five page types against the targets 98 / 100 / 100.
//
//   npm run lighthouse                    # starts `npm run preview` (scripts/serve.ts) on $PORT (default 4173) and stops it after
//   REUSE_SERVER=1 npm run lighthouse     # uses a preview already running on $PORT (make sure it serves this build)
//   RUNS=3 npm run lighthouse             # runs per page (default 5)
//   PAGES=twinning,province npm run lighthouse   # only these of the five pages
//
// Each page is measured RUNS times and the run with the median performance score is reported, with
// the range of all runs: on these shared 2-core machines one run's performance score moves by several
// points from one minute to the next (Lighthouse's own advice for variance is the median of runs).
//
// Lighthouse 12.8.2 runs through `npx -y` (v13 needs Node 22; in devDependencies it breaks `npm ci`).
// Reports go to reports/lighthouse/*.json. It prints the table; it never fails on the scores.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;
const outDir = join(root, 'reports/lighthouse');
const chromeFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
].join(' ');
const allPages = [
  { name: 'overview', path: '/en/' },
  { name: 'trade', path: '/en/trade/' },
  { name: 'twinning', path: '/en/twinning/' },
  { name: 'province', path: '/en/provinces/son-la/' },
  { name: 'embed', path: '/embed/en/trade/' }
];
const only = process.env.PAGES?.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only?.filter((n) => !allPages.some((p) => p.name === n)) ?? [];
if (unknown.length) {
  console.error(`PAGES: unknown page ${unknown.join(', ')} (known: ${allPages.map((p) => p.name).join(', ')})`);
  process.exit(1);
}
const pages = only?.length ? allPages.filter((p) => only.includes(p.name)) : allPages;
const targets = { performance: 98, accessibility: 100, 'best-practices': 100 } as const;
type Category = keyof typeof targets;

async function up(): Promise<boolean> {
  try {
    return (await fetch(`${origin}/en/`)).ok;
  } catch {
    return false;
  }
}

let preview: ChildProcess | null = null;
if (process.env.REUSE_SERVER && (await up())) {
  console.log(`Using the server already running at ${origin}.`);
} else {
  if (!existsSync(join(root, 'build/index.html'))) {
    console.error('build/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  if (await up()) {
    console.error(`Something already serves ${origin}. Set PORT to a free port, or REUSE_SERVER=1 to use it.`);
    process.exit(1);
  }
  // The site's server in this process's Node (not through npm or tsx's launcher), so that stopping
  // it stops the server itself.
  preview = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore'
  });
  for (let i = 0; i < 100 && !(await up()); i++) await new Promise((r) => setTimeout(r, 200));
  if (!(await up())) {
    preview.kill();
    console.error(`The preview did not start on ${origin}.`);
    process.exit(1);
  }
}

mkdirSync(outDir, { recursive: true });
// Simulated throttling scales the CPU time it observes, so a busy machine lowers performance scores.
const loadBefore = loadavg()[0];
interface Row {
  name: string;
  path: string;
  scores: Record<Category, number | null>;
  metrics: string;
  below: string[];
  /** Lowest–highest performance score over the runs. */
  range: string;
}
const runCount = Math.max(1, Number(process.env.RUNS ?? 5) || 5);
const rows: Row[] = [];
const stalled: string[] = [];
try {
  for (const p of pages) {
    const t0 = performance.now();
    const runs: { out: string; performance: number }[] = [];
    for (let run = 1; run <= runCount; run++) {
      const out = join(outDir, `${p.name}-${run}.json`);
      const r = spawnSync(
        'npx',
        ['-y', 'lighthouse@12.8.2', origin + p.path, `--chrome-flags=${chromeFlags}`,
          '--only-categories=performance,accessibility,best-practices', '--output=json', `--output-path=${out}`, '--quiet'],
        { cwd: root, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8' }
      );
      if (r.status !== 0 || !existsSync(out)) {
        console.error(`${p.path}: lighthouse failed (exit ${r.status})\n${(r.stderr ?? '').split('\n').slice(-10).join('\n')}`);
        continue;
      }
      const lhr = JSON.parse(readFileSync(out, 'utf8'));
      runs.push({ out, performance: lhr.categories.performance?.score ?? 0 });
      // Simulated throttling starts from what the browser really did. In some runs here Chromium
      // presented its first frame two seconds after the load event (the page itself had loaded in
      // 0.25 s) and the run's scores dropped by up to 14 points: say so, rather than leave it unexplained.
      const observed = lhr.audits.metrics?.details?.items?.[0];
      if (observed && observed.observedFirstContentfulPaint - observed.observedLoad > 1000)
        stalled.push(`${p.path} run ${run}: first paint ${(observed.observedFirstContentfulPaint / 1000).toFixed(1)} s after navigation, the load event at ${(observed.observedLoad / 1000).toFixed(1)} s (score ${Math.round(lhr.categories.performance.score * 100)})`);
    }
    if (runs.length === 0) {
      rows.push({ name: p.name, path: p.path, scores: { performance: null, accessibility: null, 'best-practices': null }, metrics: '', below: [], range: '' });
      continue;
    }
    runs.sort((a, b) => a.performance - b.performance);
    const median = runs[Math.floor((runs.length - 1) / 2)];
    const range = runs.length > 1 ? `${Math.round(runs[0].performance * 100)}–${Math.round(runs[runs.length - 1].performance * 100)}` : '';
    const lhr = JSON.parse(readFileSync(median.out, 'utf8'));
    const score = (c: Category) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
    const a = lhr.audits;
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']
      .map((id) => a[id]?.displayValue ?? '?')
      .join(' / ');
    // The audits that cost points in a category below its target, so a miss says why.
    const below: string[] = [];
    for (const c of Object.keys(targets) as Category[]) {
      const s = score(c);
      if (s === null || s >= targets[c]) continue;
      for (const ref of lhr.categories[c].auditRefs) {
        const au = a[ref.id];
        if (ref.weight > 0 && au && au.score !== null && au.score < 1) below.push(`${c}: ${ref.id} (${au.displayValue ?? au.score})`);
      }
    }
    rows.push({ name: p.name, path: p.path, scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') }, metrics, below, range });
    process.stderr.write(`${p.path}: ${runs.length} runs in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  }
} finally {
  preview?.kill();
}

const cell = (c: Category, s: number | null) => (s === null ? 'error' : `${s}${s >= targets[c] ? '' : ' ✗'}`);
const head = ['page', 'performance', `range of ${runCount}`, 'accessibility', 'best-practices', 'FCP / LCP / TBT / CLS'];
const body = rows.map((r) => [r.path, cell('performance', r.scores.performance), r.range, cell('accessibility', r.scores.accessibility),
  cell('best-practices', r.scores['best-practices']), r.metrics]);
const targetRow = ['target', `≥ ${targets.performance}`, '', `${targets.accessibility}`, `${targets['best-practices']}`, ''];
const all = [head, targetRow, ...body];
const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nLighthouse 12.8.2, mobile (simulated throttling), ${origin}, Chromium ${process.env.CHROME_PATH ?? '/usr/bin/chromium'},`);
console.log(`the median of ${runCount} runs per page (its metrics shown), and the range of the runs' performance scores;`);
console.log(`${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after.\n`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
console.log(line(targetRow));
for (const r of body) console.log(line(r));
const misses = rows.flatMap((r) => r.below.map((b) => `${r.path} ${b}`));
const met = rows.every((r) => (Object.keys(targets) as Category[]).every((c) => (r.scores[c] ?? -1) >= targets[c]));
console.log(`\nTargets ${met ? 'MET on every page' : 'NOT MET'}.`);
for (const m of misses) console.log(`  ${m}`);
if (stalled.length) {
  console.log(`\nRuns whose first frame came long after the page had loaded (the machine, not the page):`);
  for (const s of stalled) console.log(`  ${s}`);
}
