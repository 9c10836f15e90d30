import { describe, expect, it } from 'vitest';
import { parseViewState, sameView, seriesKey, viewStateToQuery } from './view-state';

const years: [number, number] = [1990, 2025];
const keys = ['total', 'exports', 'imports'];
const parse = (q: string) => parseViewState(new URLSearchParams(q), years, keys);

describe('view state', () => {
  it('names series by a short key', () => {
    expect(seriesKey('trade.exports_vn_to_la')).toBe('exports');
    expect(seriesKey('trade.total')).toBe('total');
    expect(seriesKey('investment.capital_registered_cumulative')).toBe('capital_registered');
  });
  it('round-trips through the URL', () => {
    const state = parse('from=2006&to=2020&series=exports,imports&notes=0');
    expect(state).toEqual({ from: 2006, to: 2020, series: ['exports', 'imports'], notes: false, secondary: true });
    expect(viewStateToQuery(state, years, keys)).toBe('?from=2006&to=2020&series=exports,imports&notes=0');
    expect(viewStateToQuery(parse(''), years, keys)).toBe('');
  });
  it('clamps, orders and ignores what it cannot use', () => {
    expect(parse('from=1800&to=3000')).toMatchObject({ from: 1990, to: 2025 });
    expect(parse('from=2020&to=2010')).toMatchObject({ from: 2010, to: 2020 });
    expect(parse('from=abc&to=<script>')).toMatchObject({ from: 1990, to: 2025 });
    expect(parse('series=nope,%3Cimg%3E')).toMatchObject({ series: keys });
    expect(parse(`series=${'x'.repeat(10000)}`)).toMatchObject({ series: keys });
    expect(parse('from=2010.5')).toMatchObject({ from: 1990 });
  });
  it('lets the end not asked for give way when one end crosses the default view', () => {
    const start: [number, number] = [2013, 2025];
    const view = (q: string) => parseViewState(new URLSearchParams(q), years, keys, start);
    expect([view('to=2010').from, view('to=2010').to]).toEqual([1990, 2010]);
    expect([view('from=2010').from, view('from=2010').to]).toEqual([2010, 2025]);
    expect([view('from=2020&to=2015').from, view('from=2020&to=2015').to]).toEqual([2015, 2020]);
  });

  it('tells when a URL asks for the view already shown', () => {
    expect(sameView(parse(''), { from: 1990, to: 2025, series: ['imports', 'total', 'exports'], notes: true, secondary: true })).toBe(true);
    expect(sameView(parse('series=total'), parse(''))).toBe(false);
    expect(sameView(parse('to=2020'), parse(''))).toBe(false);
    expect(sameView(parse('notes=0'), parse(''))).toBe(false);
  });
});
