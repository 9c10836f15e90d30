import { describe, expect, it } from 'vitest';
import { foldName } from '$lib/search';
import { emptyFilter, filterQuery, parseFilter, shows, type Filterable } from './filter';

const entry: Filterable = { topic: 'trade', years: '2001-2005', tier: 'official', text: foldName('Tổng cục Hải quan: kim ngạch 2001–2005') };

describe('parseFilter', () => {
  it('reads known values and ignores the rest', () => {
    expect(parseFilter(new URLSearchParams('q=hai+quan&topic=trade&tier=press&year=2015'))).toEqual({ q: 'hai quan', topic: 'trade', tier: 'press', year: '2015' });
    expect(parseFilter(new URLSearchParams('topic=weather&tier=blog&year=20x5'))).toEqual(emptyFilter);
  });
  it('round-trips through the query string', () => {
    const s = { q: 'sơn la', topic: 'province', tier: '', year: '2016' };
    expect(parseFilter(new URLSearchParams(filterQuery(s).slice(1)))).toEqual(s);
    expect(filterQuery(emptyFilter)).toBe('');
  });
});

describe('shows', () => {
  it('shows everything when nothing is filtered', () => expect(shows(entry, emptyFilter)).toBe(true));
  it('filters by topic and tier', () => {
    expect(shows(entry, { ...emptyFilter, topic: 'students' })).toBe(false);
    expect(shows(entry, { ...emptyFilter, tier: 'official', topic: 'trade' })).toBe(true);
    expect(shows(entry, { ...emptyFilter, tier: 'secondary' })).toBe(false);
  });
  it('keeps a period that covers the year', () => {
    expect(shows(entry, { ...emptyFilter, year: '2003' })).toBe(true);
    expect(shows(entry, { ...emptyFilter, year: '2006' })).toBe(false);
    expect(shows({ ...entry, years: '' }, { ...emptyFilter, year: '2003' })).toBe(false);
  });
  it('searches without diacritics', () => {
    expect(shows(entry, { ...emptyFilter, q: 'hai quan' })).toBe(true);
    expect(shows(entry, { ...emptyFilter, q: 'hải quan 2009' })).toBe(false);
  });
});
