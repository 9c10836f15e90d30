import { formatPeriod } from '$lib/format';
import type { Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

export interface CitationInput {
  lang: Lang;
  /** The standalone title of what is cited (a chart names subject, place and years). */
  title: string;
  /** The address of exactly the view cited, query included. */
  url: string;
  /** Publishers of the values shown, most values first. */
  publishers: string[];
  /** Publishers not named (the citation says how many). */
  more?: number;
  /** Day of access, YYYY-MM-DD. */
  accessed: string;
}

/**
 * A ready citation in the page's language: site, title, address, date of access and the publishers
 * whose figures are shown — "Số liệu hợp tác Việt Nam – Lào. “Thương mại hai chiều…”. https://…
 * Truy cập ngày 1/12/2026. Nguồn số liệu: Tổng cục Hải quan; …".
 */
export function citationText(c: CitationInput): string {
  const locale = { locale: c.lang };
  const named = c.publishers.join('; ');
  const publishers = c.more ? `${named}; ${m.export_more_sources({ count: c.more }, locale)}` : named;
  return m.cite_text(
    { site: m.site_name({}, locale), title: c.title, url: c.url, date: formatPeriod(c.accessed, c.accessed, c.lang), publishers: publishers || '—' },
    locale
  );
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
