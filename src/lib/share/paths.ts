/**
 * Share images (og:image): which page gets which picture, by route. The build draws exactly these
 * files into static/og/ before `vite build` (scripts/build-share.ts), and the server hook writes the
 * tags into each prerendered page (src/hooks.server.ts), so no page ships code for tags that never
 * change.
 */
import type { ChartId } from '$lib/charts/catalog';
import { intlLocale, type Lang } from '$lib/i18n';

export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/** The chart a topic page's share image shows (a page with two charts: its first). */
export const pageCharts = {
  trade: 'trade',
  students: 'students',
  investment: 'investment-projects',
  experts: 'experts'
} as const satisfies Record<string, ChartId>;

/** Pages with a card of the site rather than a chart. */
export const sitePages = ['home', 'timeline', 'figures', 'sources', 'about'] as const;

export type ShareKey =
  | keyof typeof pageCharts
  | (typeof sitePages)[number]
  | 'twinning'
  | `views/${ChartId}/${string}`
  | `provinces/${string}`
  | `units/${string}`;

/** Root-relative path of a share image, e.g. `/og/vi/trade.png`. */
export function shareImagePath(lang: Lang, key: ShareKey): string {
  return `/og/${lang}/${key}.png`;
}

/** The share image of a route, or null (embeds, error pages). */
export function shareKeyOf(routeId: string | null, params: Record<string, string>): ShareKey | null {
  switch (routeId) {
    case '/[lang=lang]':
      return 'home';
    case '/[lang=lang]/trade':
    case '/[lang=lang]/students':
    case '/[lang=lang]/investment':
    case '/[lang=lang]/experts':
    case '/[lang=lang]/figures':
    case '/[lang=lang]/sources':
    case '/[lang=lang]/about':
      return routeId.slice('/[lang=lang]/'.length) as ShareKey;
    // A kind of event (/timeline/visit/) shares the timeline's picture.
    case '/[lang=lang]/timeline/[[kind]]':
      return 'timeline';
    // The map of 2025 units (/twinning/34/) shares the twinning page's picture.
    case '/[lang=lang]/twinning/[[units=units]]':
      return 'twinning';
    case '/[lang=lang]/views/[chart]/[view]':
      return `views/${params.chart as ChartId}/${params.view}`;
    case '/[lang=lang]/provinces/[slug]':
      return `provinces/${params.slug}`;
    case '/[lang=lang]/units/[id]':
      return `units/${params.id}`;
    default:
      return null;
  }
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e] ?? _);

/**
 * The share tags of a rendered page: its own <title> (without the site name) and description, its
 * image. Absolute URLs with the site's origin; without one, og:image is root-relative (previewers
 * want absolute URLs: set PUBLIC_SITE_ORIGIN at build) and there is no og:url.
 */
export function shareTags(html: string, o: { key: ShareKey; lang: Lang; origin: string; path: string; site: string }): string {
  const title = text(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? o.site).replace(` · ${o.site}`, '');
  const description = text(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
  const tags: [string, string][] = [
    ['og:type', 'website'],
    ['og:site_name', o.site],
    ['og:locale', intlLocale[o.lang].replace('-', '_')],
    ['og:title', title],
    ['og:description', description],
    ...(o.origin ? ([['og:url', `${o.origin}${o.path}`]] as [string, string][]) : []),
    ['og:image', `${o.origin}${shareImagePath(o.lang, o.key)}`],
    ['og:image:width', String(SHARE_SIZE.width)],
    ['og:image:height', String(SHARE_SIZE.height)],
    ['og:image:alt', title]
  ];
  return [...tags.map(([p, c]) => `<meta property="${p}" content="${attr(c)}">`), '<meta name="twitter:card" content="summary_large_image">'].join('');
}
