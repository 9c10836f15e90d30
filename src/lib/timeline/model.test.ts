import { describe, expect, it } from 'vitest';
import { byDate, decadeAnchors, groupByPeriod, inDecade, periodOf, periods, yearsOf } from './model';

describe('periodOf', () => {
  it('places events where the book tells them, not only by round years', () => {
    expect(periodOf('1927-02').id).toBe('before-1930');
    expect(periodOf('1930-02-03').id).toBe('1930-1945');
    // Chapter I ends with the Lao Itsala government; chapter II opens with the treaty of 16 October.
    expect(periodOf('1945-10-12').id).toBe('1930-1945');
    expect(periodOf('1945-10-16').id).toBe('1945-1954');
    // Geneva closes the war against France; what follows it opens the next section.
    expect(periodOf('1954-07-21').id).toBe('1945-1954');
    expect(periodOf('1954-10-19').id).toBe('1954-1975');
    // The Lao PDR (December 1975) closes chapter II; chapter III opens in 1976.
    expect(periodOf('1975-12').id).toBe('1954-1975');
    expect(periodOf('1976').id).toBe('1975-1985');
    expect(periodOf('1985-12-25').id).toBe('1975-1985');
    expect(periodOf('1986-01-24').id).toBe('1986-2010');
    expect(periodOf('2010').id).toBe('1986-2010');
    expect(periodOf('2011').id).toBe('2011-2020');
    expect(periodOf('2026-01-26').id).toBe('since-2021');
  });
  it('sorts a date given only to the year before every day of that year', () => {
    expect(periodOf('1945').id).toBe('1930-1945');
    expect(periodOf('1954').id).toBe('1945-1954');
  });
  it('names every period in both languages', () => {
    for (const p of periods) {
      expect(p.name.vi && p.name.en && p.years.vi && p.years.en).toBeTruthy();
      expect(p.id).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe('years and decades', () => {
  it('reads the first and last year of an event', () => {
    expect(yearsOf('1977-07-18')).toEqual([1977, 1977]);
    expect(yearsOf('1969-10', '1970-04')).toEqual([1969, 1970]);
    expect(yearsOf('2000', '2016')).toEqual([2000, 2016]);
  });
  it('counts an event in every decade it covers', () => {
    expect(inDecade([1977, 1977], 1970)).toBe(true);
    expect(inDecade([1977, 1977], 1980)).toBe(false);
    expect(inDecade([1969, 1970], 1960)).toBe(true);
    expect(inDecade([1969, 1970], 1970)).toBe(true);
    expect(inDecade([2000, 2016], 2010)).toBe(true);
    expect(inDecade([2000, 2016], 2020)).toBe(false);
  });
  it('anchors each decade at the first event that starts in it', () => {
    const events = [
      { id: 'a', date: '1927-02' },
      { id: 'b', date: '1928' },
      { id: 'c', date: '1930-02-03' },
      { id: 'd', date: '1945' },
      { id: 'e', date: '1945-08' }
    ];
    expect([...decadeAnchors(events)]).toEqual([
      ['a', 1920],
      ['c', 1930],
      ['d', 1940]
    ]);
  });
});

describe('groupByPeriod', () => {
  it('keeps the periods in order, the events in theirs, and leaves empty periods out', () => {
    const events = [
      { id: '1', date: '1928', dateEnd: '' },
      { id: '2', date: '1945-10-16', dateEnd: '' },
      { id: '3', date: '1954-05-07', dateEnd: '' },
      { id: '4', date: '2025-12', dateEnd: '' }
    ];
    const groups = groupByPeriod(events);
    expect(groups.map((g) => g.period.id)).toEqual(['before-1930', '1945-1954', 'since-2021']);
    expect(groups[1].events.map((e) => e.id)).toEqual(['2', '3']);
  });
});

describe('byDate', () => {
  it('orders by date, then the event without an end first, then by id', () => {
    const list = [
      { id: 'z', date: '1976', dateEnd: '1985' },
      { id: 'b', date: '1977-07-18', dateEnd: '' },
      { id: 'a', date: '1977-07-18', dateEnd: '' },
      { id: 'y', date: '1976', dateEnd: '' },
      { id: 'x', date: '1976-01', dateEnd: '' }
    ];
    expect(list.sort(byDate).map((e) => e.id)).toEqual(['y', 'z', 'x', 'a', 'b']);
  });
});
