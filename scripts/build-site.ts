// `vite build` once per language, then one site in build/ (see scripts/site-merge.ts and
// vite.config.ts for why): each page hydrates with only its own language's messages.
// Usage: tsx scripts/build-site.ts   (npm run build runs it after the data and the share images)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { langs } from '../src/lib/i18n';
import { mergeBuilds } from './site-merge';

const root = join(import.meta.dirname, '..');
const work = join(root, '.svelte-kit', 'site');
const out = join(root, 'build');
const vite = join(root, 'node_modules', '.bin', 'vite');
// One version name for the three builds (SvelteKit's default is the build's own clock).
const version = String(Date.now());

function quiet(stderr: string, lang: string): string {
  const others = langs.filter((l) => l !== lang).join('|');
  const otherPage = new RegExp(`^\\[404\\] GET /(embed/)?(${others})/`);
  const lines = stderr.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const kept: string[] = [];
  let timings = false;
  for (const line of lines) {
    if (line.startsWith('[PLUGIN_TIMINGS]')) timings = true;
    if (!timings && line.trim() && !otherPage.test(line)) kept.push(line);
    if (line.startsWith('See https://rolldown.rs/')) timings = false;
  }
  return kept.join('\n');
}

rmSync(work, { recursive: true, force: true });
const builds = [];
for (const lang of langs) {
  const dir = join(work, lang);
  const started = performance.now();
  const run = spawnSync(vite, ['build'], {
    cwd: root,
    env: { ...process.env, VITE_SITE_LANG: lang, SITE_OUT: dir, SITE_VERSION: version },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  });
  if (run.status !== 0) {
    process.stdout.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    console.error(`build-site: the ${lang} build failed (exit ${run.status ?? run.signal}); build/ is unchanged`);
    process.exit(1);
  }
  // Warnings are worth seeing; the crawler's 404s for the other languages' pages (their own builds
  // write them) and the plugin timings are not.
  const warnings = quiet(run.stderr ?? '', lang);
  if (warnings) console.warn(warnings);
  console.log(`build-site: ${lang} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  builds.push({ lang, dir });
}

const next = `${out}.next`;
rmSync(next, { recursive: true, force: true });
const problems = mergeBuilds(builds, next);
if (problems.length) {
  for (const p of problems) console.error(`build-site: ${p}`);
  console.error(`build-site: ${problems.length} problem${problems.length === 1 ? '' : 's'}; build/ is unchanged`);
  rmSync(next, { recursive: true, force: true });
  process.exit(1);
}
if (existsSync(out)) rmSync(out, { recursive: true, force: true });
renameSync(next, out);
rmSync(work, { recursive: true, force: true });
console.log(`build-site: ${langs.join(', ')} in build/`);
