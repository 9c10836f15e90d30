// Chart files from the command line, made in Node from the same scene as the page (no built site, no
// browser): SVG from export-svg.ts, PNG drawn from that SVG by resvg, PowerPoint by deck.ts.
//   npm run export -- --chart trade --lang vi --theme slide --format png,svg,pptx --size 1920x1080 --out exports/
//   npm run export -- --view 'https://…/vi/trade/?from=2006&series=exports' --format pptx
//   npm run export -- --all --format pptx        # one deck: a slide per chart and language
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArgsError, parseExportArgs, usage, type ExportArgs } from './export-args';
import { chartJob, chartSvg, deckOf, loadDataset, quotesOf, rasterise, slideOf, type ChartJob } from './export-render';

/** Where the site lives, for the addresses in a deck's notes (root-relative without it). */
const origin = (process.env.PUBLIC_SITE_ORIGIN ?? '').replace(/\/+$/, '');

function viewTag(job: ChartJob): string {
  const full = job.view.from === job.model.years[0] && job.view.to === job.model.years[1];
  const parts = [`${job.view.from}-${job.view.to}`];
  if (job.view.series.length !== job.model.series.length) parts.push(job.view.series.join('+'));
  if (!job.view.secondary) parts.push('nosecondary');
  if (!job.view.notes) parts.push('nonotes');
  return full && parts.length === 1 ? '' : `-${parts.join('-')}`;
}

async function run(args: ExportArgs) {
  const started = performance.now();
  const data = loadDataset();
  mkdirSync(args.out, { recursive: true });
  const jobs = args.charts.flatMap((chart) => args.langs.map((lang) => chartJob(data, chart, lang, args.theme, args.view)));
  const images = args.formats.filter((f) => f !== 'pptx');
  const total = jobs.length * images.length + (args.formats.includes('pptx') ? 1 : 0);
  let done = 0;
  const report = (file: string, bytes: number) => console.log(`[${++done}/${total}] ${file} (${Math.round(bytes / 1024)} KB)`);

  for (const job of jobs) {
    const name = `${job.chart}-${job.lang}-${args.theme}${viewTag(job)}-${args.width}x${args.height}`;
    for (const format of images) {
      const file = join(args.out, `${name}.${format}`);
      // The SVG file carries its font subsets; the PNG is drawn from the same SVG with the full fonts.
      const bytes = format === 'svg' ? Buffer.from(chartSvg(job, args.width, args.height, true), 'utf8') : rasterise(chartSvg(job, args.width, args.height, false));
      writeFileSync(file, bytes);
      report(file, bytes.length);
    }
  }
  if (args.formats.includes('pptx')) {
    const quotes = quotesOf(data);
    const slides = jobs.map((job) => slideOf(job, quotes, origin));
    const single = jobs.length === 1 ? jobs[0] : null;
    const file = join(args.out, single ? `${single.chart}-${single.lang}${viewTag(single)}.pptx` : `charts-${args.langs.join('-')}.pptx`);
    const bytes = await deckOf(slides, single ? single.title : undefined);
    writeFileSync(file, bytes);
    report(file, bytes.length);
  }
  console.log(`export: ${done} file${done === 1 ? '' : 's'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

let args: ExportArgs;
try {
  args = parseExportArgs(process.argv.slice(2));
} catch (e) {
  console.error(`export: ${(e as Error).message}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
try {
  await run(args);
} catch (e) {
  if (e instanceof ArgsError) {
    console.error(`export: ${e.message}`);
    process.exit(2);
  }
  console.error(`export: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
}
