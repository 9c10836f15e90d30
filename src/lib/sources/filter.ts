/**
 * The Sources page's filters (search, topic, kind of source, year), kept in the URL so a link
 * reproduces them: `?q=hai+quan&topic=trade&tier=official&year=2015`. Parsing never throws; an
 * unknown value is ignored. The prerendered page shows everything; the filters apply once its
 * script runs, by hiding entries (the list itself is never rendered in the browser).
 */
import { TIERS, TOPICS } from '$lib/data/schema';
import { textMatches } from '$lib/search';

export interface FilterState {
  q: string;
  topic: string;
  tier: string;
  year: string;
}

export const emptyFilter: FilterState = { q: '', topic: '', tier: '', year: '' };

export function parseFilter(params: URLSearchParams): FilterState {
  const pick = (key: string, allowed: readonly string[]) => {
    const v = params.get(key) ?? '';
    return allowed.includes(v) ? v : '';
  };
  const year = params.get('year') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    topic: pick('topic', TOPICS),
    tier: pick('tier', TIERS),
    year: /^\d{4}$/.test(year) ? year : ''
  };
}

/** The query string of a state ('' when nothing is filtered), in a fixed order. */
export function filterQuery(s: FilterState): string {
  const p = new URLSearchParams();
  for (const k of ['q', 'topic', 'tier', 'year'] as const) if (s[k].trim()) p.set(k, s[k].trim());
  const q = p.toString();
  return q ? `?${q}` : '';
}

export const isFiltered = (s: FilterState) => filterQuery(s) !== '';

/** What an entry offers to the filters: its topic, the years it is about ("1996-2000"), its source's tier and text. */
export interface Filterable {
  topic: string;
  /** "2015", "1996-2000", or '' when the entry names no year. */
  years: string;
  tier: string;
  /** The folded text of the entry, its quote and its source (search.ts foldName). */
  text: string;
}

export function yearRange(years: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(years);
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : null;
}

export function shows(entry: Filterable, s: FilterState): boolean {
  if (s.topic && entry.topic !== s.topic) return false;
  if (s.tier && entry.tier !== s.tier) return false;
  if (s.year) {
    const r = yearRange(entry.years);
    const y = Number(s.year);
    if (!r || y < r[0] || y > r[1]) return false;
  }
  return !s.q.trim() || textMatches(entry.text, s.q);
}

/** What the filters offer: the topics, kinds of source and years present, with counts. */
export interface Facets {
  topics: { topic: (typeof TOPICS)[number]; count: number }[];
  tiers: { tier: (typeof TIERS)[number]; count: number }[];
  years: number[];
}
