import { cpSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// The site is built once per language (scripts/build-site.ts); this joins the builds into one
// folder. The first build gives everything that belongs to no language (the root page, 404.html,
// static files, share images); each build gives its own language's pages and embeds; all give
// their /_app/ scripts. Hashed file names make two builds' copies of a module either the same file
// or two names, so a file that exists in two builds with different bytes means the builds do not
// fit together (a version name or an asset that is not content-hashed), and is refused. So is a
// join whose pages name different SvelteKit globals (`__sveltekit_<hash of the version>`): the
// shared client runtime reads one of them, and the pages naming another would not hydrate. That
// happens when a build's generated files change under it (another Vite process syncing the project).

/** Paths (relative, with /) of a language's own pages. */
export function ownedBy(lang: string, path: string): boolean {
  return path.startsWith(`${lang}/`) || path.startsWith(`embed/${lang}/`);
}

function* files(root: string, dir = root): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(root, full);
    else yield relative(root, full).split('\\').join('/');
  }
}

export interface Build {
  lang: string;
  dir: string;
}

/** Copies the builds into `out` (which must not exist yet); returns the problems, empty when it worked. */
export function mergeBuilds(builds: Build[], out: string): string[] {
  const problems: string[] = [];
  const from = new Map<string, string>();
  const take = (build: Build, path: string) => {
    const target = join(out, path);
    const earlier = from.get(path);
    if (earlier !== undefined) {
      if (!readFileSync(target).equals(readFileSync(join(build.dir, path)))) problems.push(`${path}: differs between the ${earlier} and ${build.lang} builds`);
      return;
    }
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(build.dir, path), target);
    from.set(path, build.lang);
    if (path.endsWith('.html')) {
      const global = /__sveltekit_[a-z0-9]+/.exec(readFileSync(target, 'utf8'))?.[0];
      if (global && !globals.has(global)) globals.set(global, `${build.lang}: ${path}`);
    }
  };
  const globals = new Map<string, string>();
  const langs = builds.map((b) => b.lang);
  builds.forEach((build, i) => {
    let own = 0;
    for (const path of files(build.dir)) {
      const owner = langs.find((l) => ownedBy(l, path));
      if (owner !== undefined && owner !== build.lang) problems.push(`${build.dir}/${path}: a page of ${owner} in the ${build.lang} build`);
      else if (owner === build.lang) {
        own++;
        take(build, path);
      } else if (path.startsWith('_app/') || i === 0) take(build, path);
    }
    if (own === 0) problems.push(`${build.dir}: the ${build.lang} build has no page of its language`);
  });
  if (globals.size > 1) problems.push(`the builds' pages start SvelteKit under different names (${[...globals].map(([g, at]) => `${g} in ${at}`).join(', ')}): was another Vite process running during the build?`);
  return problems;
}
