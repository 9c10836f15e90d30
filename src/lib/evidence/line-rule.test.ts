import { describe, expect, it } from 'vitest';
import { rankForLine, type Candidate } from './line-rule';

const c = (id: string, status: Candidate['status'], tier: Candidate['tier'], published: string): Candidate => ({ id, status, tier, published });
const carries = (...cands: Candidate[]) => rankForLine(cands)[0].id;

// The cases are the real ones of the trade series (data/observations.csv), each named by its year.
describe('the value that carries the line', () => {
  it('2006: the book (official) over VOV (press, undated) and VCCI News (press)', () => {
    expect(carries(c('vov-230', 'reported', 'press', 'undated'), c('book-240', 'reported', 'official', '2017'), c('vcci-240', 'reported', 'press', '2007-08'))).toBe('book-240');
  });
  it('2008: the book (official) over a student thesis (secondary), whatever the dates', () => {
    expect(carries(c('thesis-423', 'reported', 'secondary', 'undated'), c('book-422', 'reported', 'official', '2017'))).toBe('book-422');
  });
  it('2005: between two undated pages of the same tier, the id decides, never file order', () => {
    const a = c('embassy-165', 'reported', 'official', 'undated');
    const b = c('thesis-166', 'reported', 'secondary', 'undated');
    expect(carries(a, b)).toBe('embassy-165');
    expect(carries(b, a)).toBe('embassy-165');
  });
  it('2015: an official final figure over a secondary repost of another body', () => {
    expect(carries(c('customs-via-blog-1121', 'reported', 'secondary', '2017'), c('book-890', 'reported', 'official', '2017'))).toBe('book-890');
  });
  it('2019: a final figure over a later estimate, even from a weaker tier', () => {
    expect(carries(c('vna-estimate', 'estimate', 'press', '2019-12'), c('annx-final', 'reported', 'press', '2020-09'))).toBe('annx-final');
    expect(carries(c('official-estimate', 'estimate', 'official', '2020'), c('press-final', 'reported', 'press', '2019'))).toBe('press-final');
  });
  it('a dated publication before an undated one, then the latest', () => {
    expect(carries(c('undated', 'reported', 'press', 'undated'), c('old', 'reported', 'press', '2013'))).toBe('old');
    expect(carries(c('old', 'reported', 'press', '2013'), c('new', 'reported', 'press', '2013-07'))).toBe('new');
  });
  it('preliminary counts as final; bounds and approximations as estimates', () => {
    expect(carries(c('prelim', 'preliminary', 'press', '2020'), c('approx', 'approximate', 'official', '2021'))).toBe('prelim');
    expect(carries(c('bound', 'lower_bound', 'official', '2026'), c('approx', 'approximate', 'official', '2025'))).toBe('bound');
  });
});
