/**
 * The rows of the twinning table: which links a reader's filters keep, in which order. The search
 * is the site's one search (src/lib/search.ts), as on the map: a row answers to every spelling of
 * its provinces, districts and gates (diacritics, Lao romanisations, "TP HCM"), and to its quote
 * and record.
 */
import type { Lang } from '$lib/i18n';
import { recordMatches } from '$lib/search';
import { kindName, levelName, linkStatusName } from './labels';
import type { LinkEnd, LinkView, ProvinceInfo } from './model';
import type { SortKey, TableState } from './table-state';

type Province = Pick<ProvinceInfo, 'slug' | 'names'>;

/** What a row answers to: every name of both ends, and the words of its quote and record. */
export function linkRecord(l: LinkView, bySlug: Map<string, Province>) {
  const end = (e: LinkEnd) => [...(bySlug.get(e.slug)?.names ?? Object.values(e.name)), ...(e.place?.names ?? []), ...(e.former ? Object.values(e.former.name) : [])];
  return { names: [...end(l.vn), ...end(l.la)], text: [l.quote, l.record.vi, l.record.en, l.id].join(' ') };
}

export function tableRows(links: LinkView[], provinces: Province[], state: TableState, lang: Lang): LinkView[] {
  const bySlug = new Map(provinces.map((p) => [p.slug, p]));
  const side = (l: LinkView) => (state.country === 'VN' ? [l.vn.slug] : state.country === 'LA' ? [l.la.slug] : [l.vn.slug, l.la.slug]);
  const sortValue: Record<SortKey, (l: LinkView) => string> = {
    vn: (l) => l.vn.name[lang],
    la: (l) => l.la.name[lang],
    level: (l) => levelName(l.level),
    kind: (l) => kindName(l.kind),
    // Undated links sort after dated ones either way round.
    since: (l) => l.since || '9999',
    status: (l) => linkStatusName(l.status)
  };
  const key = sortValue[state.sort];
  return links
    .filter((l) => recordMatches(linkRecord(l, bySlug), state.q))
    .filter((l) => !state.province || side(l).includes(state.province))
    .filter((l) => (!state.level || l.level === state.level) && (!state.kind || l.kind === state.kind) && (!state.status || l.status === state.status))
    .sort((a, b) => {
      const c = key(a).localeCompare(key(b), lang) || a.id.localeCompare(b.id);
      return state.desc ? -c : c;
    });
}
