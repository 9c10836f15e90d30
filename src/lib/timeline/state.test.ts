import { describe, expect, it } from 'vitest';
import { emptyState, isFiltered, parseTimelineState, timelineHref, timelineQuery } from './state';

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
