import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// Share images: every built page that declares an og:image points at a 1200 × 630 PNG that the
// build made; and the pages that must have one (charts, views, twinning, every province) do.
const root = 'build';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

test('every og:image of every built page is a 1200×630 PNG the build wrote', () => {
  const all = pages(root);
  const declared = all.filter((f) => meta(readFileSync(f, 'utf8'), 'og:image'));
  expect(declared.length).toBeGreaterThan(100);
  for (const file of declared) {
    const html = readFileSync(file, 'utf8');
    const image = meta(html, 'og:image')!;
    // Absolute with PUBLIC_SITE_ORIGIN, else root-relative; never relative to the page.
    expect(image, file).toMatch(/^(https?:\/\/[^/]+)?\/og\//);
    const path = join(root, new URL(image, 'http://x').pathname);
    expect(existsSync(path), `${file}: ${image}`).toBe(true);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString(), path).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
    expect(meta(html, 'og:title'), file).toBeTruthy();
    expect(meta(html, 'og:description'), file).toBeTruthy();
  }
});

test('chart pages, view pages, the twinning page and every province profile declare a share image', () => {
  const must = pages(root).filter((f) => /^build\/(vi|en)\/(trade|students|investment|experts|twinning|views\/[^/]+\/[^/]+|provinces\/[^/]+)\/index\.html$/.test(f));
  expect(must.filter((f) => f.includes('/provinces/')).length).toBeGreaterThan(30);
  for (const file of must) expect(meta(readFileSync(file, 'utf8'), 'og:image'), file).toBeTruthy();
});
