import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shareImagePath, shareKeyOf, shareTags } from './paths';

describe('share images', () => {
  it('maps routes to their images', () => {
    expect(shareKeyOf('/[lang=lang]/trade', { lang: 'vi' })).toBe('trade');
    expect(shareKeyOf('/[lang=lang]', { lang: 'en' })).toBe('home');
    expect(shareKeyOf('/[lang=lang]/views/[chart]/[view]', { lang: 'vi', chart: 'trade', view: 'only-exports' })).toBe('views/trade/only-exports');
    expect(shareKeyOf('/[lang=lang]/provinces/[slug]', { lang: 'vi', slug: 'son-la' })).toBe('provinces/son-la');
    expect(shareKeyOf('/[lang=lang]/units/[id]', { lang: 'lo', id: 'quang-tri' })).toBe('units/quang-tri');
    expect(shareKeyOf('/embed/[lang=lang]/[chart]', { lang: 'vi', chart: 'trade' })).toBeNull();
    expect(shareImagePath('en', 'provinces/son-la')).toBe('/og/en/provinces/son-la.png');
  });

  it('gives every page route of the site a picture (a renamed route must not lose it silently)', () => {
    const routes = (readdirSync('src/routes', { recursive: true }) as string[])
      .filter((f) => f.endsWith('+page.svelte') && f.startsWith('[lang=lang]'))
      .map((f) => `/${f.replace(/\/?\+page\.svelte$/, '')}`);
    expect(routes.length).toBeGreaterThan(10);
    const params = { lang: 'vi', chart: 'trade', view: 'only-exports', slug: 'son-la', kind: 'visit', id: 'quang-tri' };
    const missing = routes.filter((r) => shareKeyOf(r, params) === null);
    expect(missing).toEqual([]);
  });

  it('writes tags from the page’s own title and description, absolute with an origin', () => {
    const html = '<head><title>Thương mại &amp; đầu tư · Số liệu</title><meta name="description" content="Nói &quot;rõ&quot;"></head>';
    const tags = shareTags(html, { key: 'trade', lang: 'vi', origin: 'https://example.org', path: '/vi/trade/', site: 'Số liệu' });
    expect(tags).toContain('<meta property="og:title" content="Thương mại &amp; đầu tư">');
    expect(tags).toContain('<meta property="og:description" content="Nói &quot;rõ&quot;">');
    expect(tags).toContain('<meta property="og:image" content="https://example.org/og/vi/trade.png">');
    expect(tags).toContain('<meta property="og:url" content="https://example.org/vi/trade/">');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">');
    const bare = shareTags(html, { key: 'trade', lang: 'vi', origin: '', path: '/vi/trade/', site: 'Số liệu' });
    expect(bare).toContain('<meta property="og:image" content="/og/vi/trade.png">');
    expect(bare).not.toContain('og:url');
  });
});
