/**
 * The prefilled correction reports of profiles and their records, built with the page's load (at
 * build time): the page only shows them (CorrectionLink), and its script carries none of this.
 *
 * A report is read by the maintainers and, where no e-mail or form is configured, shown on the page
 * as text to copy: so it is written in the page's language throughout and names records as a reader
 * sees them (places, kind, year, source and line), never by internal ids. The page's address says
 * which page it was; the source and line find the record in the data.
 */
import { prepareReport, publicUrl, type PreparedReport } from '$lib/site';
import { m } from '$lib/paraglide/messages';
import { formatObservedValue, formatPeriod } from '$lib/format';
import { placeText } from '$lib/evidence/cite';
import type { Lang } from '$lib/i18n';
import type { FigureGroup } from './figures';
import { kindName, levelName, linkStatusName, sinceText } from './labels';
import type { LinkView } from './model';

const endName = (e: LinkView['vn'], lang: Lang) => `${e.former?.name[lang] ?? e.name[lang]}${e.place ? ` (${e.place.name[lang]})` : ''}`;

/** Where the record is: "Ban Tuyên giáo Trung ương (2017), Chương III — dòng 1495" or the page's address. */
function whereFrom(link: LinkView, lang: Lang): string {
  const c = link.cite[lang];
  // The citation without its title: a report names the record, the title only lengthens it.
  const where = c.url || placeText(c);
  return `${c.publisher} (${c.date})${where ? `, ${where}` : ''}`;
}

/** One link as a line of a report: "Sơn La – Houaphanh: kết nghĩa, cấp tỉnh, từ 1969, hiện hành; nguồn: …". */
export function linkLine(link: LinkView, lang: Lang): string {
  return m.corr_link_line(
    {
      pair: `${endName(link.vn, lang)} – ${endName(link.la, lang)}`,
      // A border-gate pair's level says the same as its kind.
      kind: link.kind === 'border_gate_pair' ? kindName(link.kind, lang) : `${kindName(link.kind, lang)}, ${levelName(link.level, lang)}`,
      since: sinceText(link.since, lang),
      status: linkStatusName(link.status, lang),
      source: whereFrom(link, lang)
    },
    { locale: lang }
  );
}

function report(record: string, values: string[], path: string, lang: Lang): PreparedReport {
  return prepareReport({
    subject: m.pr_correction_subject({ record }, { locale: lang }),
    body: m.corr_body({ page: publicUrl(path), record, values: values.join('\n') }, { locale: lang })
  });
}

/** One link's report. */
export function linkReport(link: LinkView, path: string, lang: Lang): PreparedReport {
  return report(`${endName(link.vn, lang)} – ${endName(link.la, lang)}`, [linkLine(link, lang)], path, lang);
}

/** The reports of a page's links, by link id. */
export function linkReports(links: LinkView[], path: string, lang: Lang): Record<string, PreparedReport> {
  return Object.fromEntries(links.map((l) => [l.id, linkReport(l, path, lang)]));
}

/** A province profile's report: its links and its figures as the page shows them. */
export function provinceReport(name: string, links: LinkView[], figures: FigureGroup[], path: string, lang: Lang): PreparedReport {
  const values = links.length || figures.length
    ? [
        ...links.map((l) => linkLine(l, lang)),
        ...figures.flatMap((g) => g.values.map((f) => `${g.label[lang]}, ${formatPeriod(f.periodStart, f.periodEnd, lang)}: ${formatObservedValue(f.value, f.unit, f.status, lang)}`))
      ]
    : [m.pr_links_none({ name }, { locale: lang })];
  return report(name, values, path, lang);
}

/** A 2025 unit's report: its members' links, province by province. */
export function unitReport(name: string, members: { name: string; links: LinkView[] }[], path: string, lang: Lang): PreparedReport {
  return report(name, members.flatMap((x) => [`${x.name}:`, ...x.links.map((l) => `  ${linkLine(l, lang)}`)]), path, lang);
}
