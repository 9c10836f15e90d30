// `npm run data`: validates data/*.csv against the source documents and writes the typed JSON the
// site is built from. Prints `file:line: problem` for everything wrong and writes nothing then.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildData } from './data/build';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The day the data last changed, for the "updated" date pages show: the last commit that touched
 * the data folder, or today when it has uncommitted edits (or the checkout has no git history).
 * Not the build day: rebuilding unchanged data does not make it newer.
 */
function dataUpdated(dataDir: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (git('status', '--porcelain', '--', dataDir)) return today();
    const day = git('log', '-1', '--format=%cs', '--', dataDir);
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : today();
  } catch {
    return today();
  }
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

try {
  const root = process.cwd();
  const result = buildData({
    dataDir: resolve(arg('data-dir', 'data')),
    seedsDir: resolve(arg('seeds-dir', 'data/documents')),
    outDir: resolve(arg('out-dir', '.')),
    displayRoot: root,
    meta: { built: today(), updated: dataUpdated(resolve(arg('data-dir', 'data'))) }
  });
  for (const w of result.warnings) console.error(w);
  if (!result.ok) {
    for (const p of result.problems) console.error(p);
    console.error(`data: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing was written`);
    process.exit(1);
  }
  for (const line of result.summary) console.log(line);
} catch (e) {
  console.error(`scripts/build-data.ts: internal error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
