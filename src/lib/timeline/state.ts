/**
 * What the timeline shows, as URL query parameters, so a link reproduces it:
 * `?kind=treaty,border&decade=1970&q=hiep+dinh`. Anything unknown, malformed or hostile is ignored;
 * parsing never throws.
 */
import { MILESTONE_KINDS, type MilestoneKind } from '$lib/data/milestone-kinds';
import { localizedPath, type Lang } from '$lib/i18n';

export interface TimelineState {
  /** Kinds shown; empty shows every kind. */
  kinds: MilestoneKind[];
  /** First year of the decade shown (1970 for the 1970s), or null for all years. */
  decade: number | null;
  /** The search text as typed. */
  q: string;
}

export const emptyState: TimelineState = { kinds: [], decade: null, q: '' };

const MAX_PARAM = 200;

export function parseTimelineState(params: URLSearchParams): TimelineState {
  const raw = params.get('kind');
  const asked = raw && raw.length <= MAX_PARAM ? raw.split(',').map((k) => k.trim().toLowerCase()) : [];
  // In the vocabulary's order, whatever the URL's, so one view has one URL.
  const kinds = MILESTONE_KINDS.filter((k) => asked.includes(k));
  const d = params.get('decade')?.trim() ?? '';
  const decade = /^\d{3}0$/.test(d) ? Number(d) : null;
  const q = (params.get('q') ?? '').slice(0, MAX_PARAM);
  return { kinds, decade, q };
}

/** The query string of a state: `?kind=treaty,border&decade=1970&q=hiep+dinh`, or '' for everything. */
export function timelineQuery(state: TimelineState): string {
  const params = new URLSearchParams();
  if (state.kinds.length) params.set('kind', MILESTONE_KINDS.filter((k) => state.kinds.includes(k)).join(','));
  if (state.decade !== null) params.set('decade', String(state.decade));
  if (state.q.trim()) params.set('q', state.q.trim());
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** The timeline's address showing a state (every event when none is given). */
export function timelineHref(lang: Lang, state: Partial<TimelineState> = {}): string {
  return `${localizedPath(lang, '/timeline/')}${timelineQuery({ ...emptyState, ...state })}`;
}

export function isFiltered(state: TimelineState): boolean {
  return state.kinds.length > 0 || state.decade !== null || state.q.trim() !== '';
}
