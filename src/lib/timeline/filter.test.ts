import { describe, expect, it } from 'vitest';
import { foldName } from '$lib/search';
import { matches, type IndexedEvent } from './filter';
import { emptyState } from './state';

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
