// `npm run data`: validates data/*.csv against the source documents and writes the typed JSON the
// site is built from. Prints `file:line: problem` for everything wrong and writes nothing then.
import { resolve } from 'node:path';
import { buildData } from './data/build';

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
    displayRoot: root
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
