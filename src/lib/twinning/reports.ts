/**
 * The prefilled correction reports of a profile's records, built with the page's load (at build
 * time): the page only shows them (CorrectionLink), and its script carries none of this.
 */
import { prepareReport, publicUrl, type PreparedReport } from '$lib/site';
import { m } from '$lib/paraglide/messages';
import type { Lang } from '$lib/i18n';
import type { LinkView } from './model';

/** One link's report: what it joins, at what level, since when, on what record and source. */
export function linkReport(link: LinkView, path: string, locale: Lang): PreparedReport {
  const end = (e: LinkView['vn']) => `${e.former?.name.vi ?? e.name.vi}${e.place ? ` (${e.place.name.vi})` : ''}`;
  return prepareReport({
    subject: m.pr_correction_subject({ record: `link-${link.id}` }, { locale }),
    body: m.corr_body(
      {
        page: publicUrl(path),
        record: `link-${link.id}`,
        values: [
          `${end(link.vn)} – ${end(link.la)}`,
          `level: ${link.level}; kind: ${link.kind}; since: ${link.since || '—'}; status: ${link.status}`,
          ...(link.record.vi ? [`record: ${link.record.vi}`] : []),
          `source: ${link.source.label[locale]}, ${link.locator}`,
          `quote: “${link.quote}”`
        ].join('\n')
      },
      { locale }
    )
  });
}

/** The reports of a page's links, by link id. */
export function linkReports(links: LinkView[], path: string, locale: Lang): Record<string, PreparedReport> {
  return Object.fromEntries(links.map((l) => [l.id, linkReport(l, path, locale)]));
}
