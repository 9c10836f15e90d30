/**
 * The view of a chart as URL query parameters, so a link reproduces it:
 * `?from=2006&to=2025&series=exports,imports&notes=0&secondary=0`. Anything invalid or hostile is ignored or
 * clamped to the data; parsing never throws.
 */
export interface ViewState {
  from: number;
  to: number;
  /** Short keys of the visible series (see seriesKey), e.g. `exports`. */
  series: string[];
  notes: boolean;
  /** Values from secondary sources (reposts, theses…) shown; `?secondary=0` hides them. */
  secondary: boolean;
}

/** `trade.exports_vn_to_la` → `exports`; `investment.capital_registered_cumulative` → `capital_registered`. */
export function seriesKey(seriesId: string): string {
  const tail = seriesId.split('.').pop() ?? seriesId;
  return tail.replace(/_(vn_to_la|vn_from_la|la_to_vn|cumulative)$/, '');
}

const MAX_PARAM = 200;

function year(raw: string | null): number | undefined {
  if (raw === null || raw.length > MAX_PARAM || !/^\s*\d{4}\s*$/.test(raw)) return undefined;
  return Number(raw);
}

/** `years`: the extent a URL may ask for; `start`: the years shown when it asks for none. */
export function parseViewState(params: URLSearchParams, years: [number, number], keys: string[], start: [number, number] = years): ViewState {
  const [min, max] = years;
  const clamp = (y: number) => Math.min(max, Math.max(min, y));
  const askedFrom = year(params.get('from'));
  const askedTo = year(params.get('to'));
  let from = clamp(askedFrom ?? start[0]);
  let to = clamp(askedTo ?? start[1]);
  // "?to=2010" on a chart that starts at 2013 by default means everything up to 2010, not 2010–2013:
  // the end not asked for gives way; two ends asked for the wrong way round are swapped.
  if (from > to) {
    if (askedFrom === undefined) from = min;
    else if (askedTo === undefined) to = max;
    else [from, to] = [to, from];
  }

  const raw = params.get('series');
  let series = keys;
  if (raw !== null && raw.length <= MAX_PARAM) {
    const asked = raw.split(',').map((s) => s.trim().toLowerCase());
    const known = keys.filter((k) => asked.includes(k));
    if (known.length) series = known;
  }
  const notes = params.get('notes') !== '0';
  const secondary = params.get('secondary') !== '0';
  return { from, to, series, notes, secondary };
}

/** Only what differs from the default view goes into the URL, so plain pages keep plain links. */
export function viewStateToQuery(state: ViewState, years: [number, number], keys: string[]): string {
  const q = new URLSearchParams();
  if (state.from !== years[0]) q.set('from', String(state.from));
  if (state.to !== years[1]) q.set('to', String(state.to));
  if (state.series.length !== keys.length) q.set('series', state.series.join(','));
  if (!state.notes) q.set('notes', '0');
  if (!state.secondary) q.set('secondary', '0');
  const s = q.toString();
  return s ? `?${s.replace(/%2C/g, ',')}` : '';
}

/** Whether two views show the same thing (series in any order). */
export function sameView(a: ViewState, b: ViewState): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.notes === b.notes &&
    a.secondary === b.secondary &&
    a.series.length === b.series.length &&
    a.series.every((k) => b.series.includes(k))
  );
}
