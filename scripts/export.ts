// Chart images from the command line, made by the same exporter as the page's Download menu:
// serves the built site, opens each chart's embed page in Debian's Chromium and calls the hook the
// page exposes (window.__chartExport[id], see ChartFigure.svelte).
//   npm run export -- --chart trade --lang vi --theme slide --format png,svg --size 1920x1080 --out exports/
//   npm run export -- --all
import { chromium, type Browser } from '@playwright/test';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { ArgsError, parseExportArgs, usage, type ExportArgs } from './export-args';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8'
};

/** A minimal static server for build/ on a free port (directories serve their index.html). */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function run(args: ExportArgs) {
  const root = resolve(args.build);
  if (!existsSync(join(root, 'embed', 'vi', 'trade', 'index.html'))) {
    throw new ArgsError(`no built site in ${args.build} (missing embed pages); run \`npm run build\` first`);
  }
  mkdirSync(args.out, { recursive: true });
  const server = await serve(root);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu']
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: args.theme === 'dark' ? 'dark' : 'light' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const jobs = args.charts.flatMap((chart) => args.langs.map((lang) => ({ chart, lang })));
    const total = jobs.length * args.formats.length;
    let done = 0;
    for (const { chart, lang } of jobs) {
      await page.goto(`${origin}/embed/${lang}/${chart}/?theme=${args.theme}`, { waitUntil: 'networkidle' });
      await page.waitForFunction((id) => !!(window as unknown as { __chartExport?: Record<string, unknown> }).__chartExport?.[id], chart, {
        timeout: 15_000
      });
      for (const format of args.formats) {
        const result = await page.evaluate(
          ([id, o]) =>
            (window as unknown as { __chartExport: Record<string, (o: unknown) => Promise<string>> }).__chartExport[id as string](o),
          [chart, { format, theme: args.theme, width: args.width, height: args.height, ratio: 1 }] as const
        );
        const file = join(args.out, `${chart}-${lang}-${args.theme}-${args.width}x${args.height}.${format}`);
        const bytes = format === 'png' ? Buffer.from(result.slice(result.indexOf(',') + 1), 'base64') : Buffer.from(result, 'utf8');
        writeFileSync(file, bytes);
        done++;
        console.log(`[${done}/${total}] ${file} (${Math.round(bytes.length / 1024)} KB)`);
      }
    }
    if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  } finally {
    await browser?.close();
    server.close();
  }
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
  console.error(`export: ${e instanceof ArgsError ? e.message : ((e as Error).message.split('\n')[0] ?? String(e))}`);
  process.exit(1);
}
