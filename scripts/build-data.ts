// `npm run data`: checks data/*.csv, the map's data/geo/ inputs and the quotes against the source
// documents, then writes the typed JSON, the map and the downloads the site is built from. Prints
// `file:line: problem` for everything wrong, and then writes nothing.
//   --data-dir, --seeds-dir, --out-dir   folders (default data, data/documents, .)
//   --build-date YYYY-MM-DD              the day no fact may be dated after (default today)
//   --no-floors                          skip the row floors below (for a small test data set)
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildData } from './data/build';
import type { TableName } from '../src/lib/data/schema';

/**
 * The fewest rows each table has had, less a margin for honest corrections: fewer is a file pasted
 * over or rows deleted by mistake, refused before the site loses them. Lower a floor here, in
 * the same change, when rows are removed on purpose. (disagreements may be empty.)
 */
const FLOORS: Partial<Record<TableName, number>> = {
  sources: 30,
  series: 50,
  observations: 180,
  localities: 81, // every province of the map
  twinning: 20,
  milestones: 5
};

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

const ci = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
const buildDate = arg('build-date', new Date().toISOString().slice(0, 10));
if (!/^\d{4}-\d{2}-\d{2}$/.test(buildDate)) {
  console.error(`scripts/build-data.ts: --build-date "${buildDate}" must be YYYY-MM-DD`);
  process.exit(2);
}
try {
  const root = process.cwd();
  const result = buildData({
    dataDir: resolve(arg('data-dir', 'data')),
    seedsDir: resolve(arg('seeds-dir', 'data/documents')),
    outDir: resolve(arg('out-dir', '.')),
    displayRoot: root,
    buildDate,
    requireDocuments: ci,
    floors: process.argv.includes('--no-floors') ? {} : FLOORS,
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
  // Every mistake in the data is a problem above; reaching this is a bug in the build itself.
  console.error(`scripts/build-data.ts: the build itself failed (not the data): ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
