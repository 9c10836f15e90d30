import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeBuilds, ownedBy } from './site-merge';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-merge-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('ownedBy', () => {
  it('gives a language its pages and embeds, nothing else', () => {
    expect(ownedBy('en', 'en/trade/index.html')).toBe(true);
    expect(ownedBy('en', 'embed/en/trade/index.html')).toBe(true);
    expect(ownedBy('en', 'og/en/trade.png')).toBe(false);
    expect(ownedBy('en', '_app/immutable/entry/app.js')).toBe(false);
    expect(ownedBy('lo', 'lo.txt')).toBe(false);
  });
});

describe('mergeBuilds', () => {
  const vi = () => tree({ 'index.html': 'root (vi bundle)', '404.html': '404', 'vi/index.html': 'vi', 'embed/vi/trade/index.html': 'e-vi', '_app/immutable/a.js': 'A', '_app/immutable/vi.js': 'V', 'og/en/trade.png': 'png' });
  const en = () => tree({ 'index.html': 'root (en bundle)', '404.html': '404 (en)', 'en/index.html': 'en', 'embed/en/trade/index.html': 'e-en', '_app/immutable/a.js': 'A', '_app/immutable/en.js': 'E' });

  it('takes shared files from the first build and each language from its own', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'site-merge-out-')), 'build');
    expect(mergeBuilds([{ lang: 'vi', dir: vi() }, { lang: 'en', dir: en() }], out)).toEqual([]);
    const read = (p: string) => readFileSync(join(out, p), 'utf8');
    expect(read('index.html')).toBe('root (vi bundle)');
    expect(read('404.html')).toBe('404');
    expect(read('en/index.html')).toBe('en');
    expect(read('embed/en/trade/index.html')).toBe('e-en');
    expect(read('_app/immutable/en.js')).toBe('E');
    expect(read('_app/immutable/vi.js')).toBe('V');
    expect(read('og/en/trade.png')).toBe('png');
  });

  it('refuses a script that two builds wrote differently under one name', () => {
    const other = tree({ 'en/index.html': 'en', '_app/immutable/a.js': 'A, but another' });
    const out = join(mkdtempSync(join(tmpdir(), 'site-merge-out-')), 'build');
    expect(mergeBuilds([{ lang: 'vi', dir: vi() }, { lang: 'en', dir: other }], out)).toEqual(['_app/immutable/a.js: differs between the vi and en builds']);
  });

  it('refuses builds whose pages start SvelteKit under different names', () => {
    const page = (g: string) => `<script>__sveltekit_${g} = {};</script>`;
    const a = tree({ 'index.html': page('ab12'), 'vi/index.html': page('ab12') });
    const b = tree({ 'en/index.html': page('cd34') });
    const out = join(mkdtempSync(join(tmpdir(), 'site-merge-out-')), 'build');
    const problems = mergeBuilds([{ lang: 'vi', dir: a }, { lang: 'en', dir: b }], out);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('__sveltekit_ab12 in vi: index.html, __sveltekit_cd34 in en: en/index.html');
  });

  it('refuses a build that holds another language’s pages, or none of its own', () => {
    const stray = tree({ 'en/index.html': 'en', 'vi/index.html': 'vi, from the en build' });
    const empty = tree({ '_app/immutable/b.js': 'B' });
    const out = join(mkdtempSync(join(tmpdir(), 'site-merge-out-')), 'build');
    const problems = mergeBuilds([{ lang: 'vi', dir: vi() }, { lang: 'en', dir: stray }, { lang: 'lo', dir: empty }], out);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/vi\/index\.html: a page of vi in the en build$/);
    expect(problems[1]).toMatch(/the lo build has no page of its language$/);
    expect(existsSync(join(out, 'vi/index.html'))).toBe(true);
  });
});
