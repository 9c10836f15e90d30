import { describe, expect, it } from 'vitest';
import { foldName } from '$lib/search';
import { emptyState, isFiltered, matches, parseTimelineState, timelineHref, timelineQuery, type IndexedEvent } from './state';

const parse = (q: string) => parseTimelineState(new URLSearchParams(q));

describe('timeline state in the URL', () => {
  it('reads kinds, decade and search text', () => {
    expect(parse('kind=treaty,border&decade=1970&q=hiep dinh')).toEqual({ kinds: ['treaty', 'border'], decade: 1970, q: 'hiep dinh' });
  });
  it('keeps known kinds only, in the vocabulary order, whatever the case', () => {
    expect(parse('kind=BORDER,nonsense,treaty,treaty').kinds).toEqual(['treaty', 'border']);
    expect(parse('kind=').kinds).toEqual([]);
  });
  it('ignores what is not a decade and anything oversized or hostile, and never throws', () => {
    expect(parse('decade=1975').decade).toBeNull();
    expect(parse('decade=abc').decade).toBeNull();
    expect(parse('decade=19700').decade).toBeNull();
    expect(parse(`kind=${'treaty,'.repeat(100)}`).kinds).toEqual([]);
    expect(parse(`q=${'a'.repeat(5000)}`).q).toHaveLength(200);
    expect(parse('kind=%3Cscript%3E&decade=%00&q=%3Cimg%3E')).toEqual({ kinds: [], decade: null, q: '<img>' });
  });
  it('writes only what is chosen, so the plain page keeps a plain address', () => {
    expect(timelineQuery(emptyState)).toBe('');
    expect(timelineQuery({ kinds: ['border', 'treaty'], decade: 1970, q: ' hiep dinh ' })).toBe('?kind=treaty,border&decade=1970&q=hiep+dinh');
    expect(timelineQuery({ kinds: [], decade: null, q: '   ' })).toBe('');
  });
  it('reads back what it writes', () => {
    const state = { kinds: ['trade', 'relations'] as const, decade: 2010, q: 'hiệp định' };
    expect(parse(timelineQuery({ ...state, kinds: [...state.kinds] }).slice(1))).toEqual({ kinds: ['relations', 'trade'], decade: 2010, q: 'hiệp định' });
  });
  it('links to the timeline in a language', () => {
    expect(timelineHref('vi')).toBe('/vi/timeline/');
    expect(timelineHref('en', { kinds: ['education'] })).toBe('/en/timeline/?kind=education');
  });
  it('knows when a filter is on', () => {
    expect(isFiltered(emptyState)).toBe(false);
    expect(isFiltered({ ...emptyState, q: ' ' })).toBe(false);
    expect(isFiltered({ ...emptyState, decade: 1950 })).toBe(true);
  });
});

describe('matches', () => {
  const event = (over: Partial<IndexedEvent> = {}): IndexedEvent => ({
    id: 'ev',
    kind: 'treaty',
    years: [1977, 1977],
    text: foldName('Ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào'),
    ...over
  });
  it('shows everything without a filter', () => {
    expect(matches(event(), emptyState)).toBe(true);
  });
  it('needs one of the kinds, the decade and the text, all together', () => {
    expect(matches(event(), { kinds: ['border', 'treaty'], decade: 1970, q: 'hiep uoc' })).toBe(true);
    expect(matches(event(), { kinds: ['border'], decade: null, q: '' })).toBe(false);
    expect(matches(event(), { kinds: [], decade: 1980, q: '' })).toBe(false);
    expect(matches(event(), { kinds: [], decade: null, q: 'hiep dinh' })).toBe(false);
  });
  it('finds an event in every decade it covers', () => {
    expect(matches(event({ years: [1969, 1970] }), { ...emptyState, decade: 1960 })).toBe(true);
    expect(matches(event({ years: [1969, 1970] }), { ...emptyState, decade: 1970 })).toBe(true);
  });
});
