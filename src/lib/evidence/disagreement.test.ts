import { describe, expect, it } from 'vitest';
import { disagreements, sourcesDisagree, valuesDiffer } from './disagreement';

describe('sources disagree', () => {
  it('beyond half a percent, not for rounding', () => {
    expect(valuesDiffer(823e6, 823.4e6)).toBe(false);
    expect(valuesDiffer(890e6, 1121e6)).toBe(true);
    expect(sourcesDisagree([240e6, 240e6, 230e6])).toBe(true);
    expect(sourcesDisagree([5])).toBe(false);
  });
  it('groups rows by series, locality and period, leaving targets out', () => {
    const row = (series_id: string, period_start: string, value: number, status = 'reported', locality_id = '', source_id = 's', locator = 'line 1') => ({ series_id, locality_id, period_start, period_end: period_start, value, status, source_id, locator });
    const found = disagreements([
      row('t', '2015', 890), row('t', '2015', 1121), row('t', '2016', 823), row('t', '2016', 823.4), row('t', '2020', 5, 'target'), row('t', '2020', 3), row('t', '2015', 1, 'reported', 'vn-son-la'),
      // "từ 300–350 người": the two ends of one printed range
      row('r', '1996', 300, 'lower_bound', '', 'booklet', 'line 117'), row('r', '1996', 350, 'upper_bound', '', 'booklet', 'line 117')
    ]);
    expect(found.map((d) => d.key)).toEqual(['t||2015|2015']);
  });
});
