/**
 * Share images (og:image): which page gets which picture. Pages declare the key; the build
 * (scripts/build-share.ts) draws exactly these files into static/og/ before `vite build`.
 */
import type { ChartId } from '$lib/charts/catalog';
import type { Lang } from '$lib/i18n';

export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/** The chart a topic page's share image shows (a page with two charts: its first). */
export const pageCharts = {
  trade: 'trade',
  students: 'students',
  investment: 'investment-projects',
  experts: 'experts'
} as const satisfies Record<string, ChartId>;

/** Pages with a card of the site rather than a chart. */
export const sitePages = ['home', 'sources', 'about'] as const;

export type ShareKey =
  | keyof typeof pageCharts
  | (typeof sitePages)[number]
  | 'twinning'
  | `views/${ChartId}/${string}`
  | `provinces/${string}`;

/** Root-relative path of a share image, e.g. `/og/vi/trade.png`. */
export function shareImagePath(lang: Lang, key: ShareKey): string {
  return `/og/${lang}/${key}.png`;
}
