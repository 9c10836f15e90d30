import { describe, expect, it } from 'vitest';
import { describeSeries } from './describe';
import { buildSeries, resolveSeries } from './series';

const o = (id: string, y: string, value: number, status = 'reported') => ({
  obs_id: id, series_id: 's', period_start: y, period_end: y, value, unit: 'USD',
  status: status as 'reported', source_id: 'x', locator: 'line 1'
});
const series = resolveSeries(
  buildSeries(
    's',
    'red',
    { series_id: 's', label_vi: 'Kim ngạch', label_en: 'Trade', label_lo: 'Trade', unit: 'USD', kind: 'flow' },
    [o('a', '2013', 1125e6), o('b', '2014', 1290e6), o('c', '2015', 890e6), o('d', '2017', 892.9e6), o('e', '2025', 3e9, 'lower_bound')],
    new Map()
  ),
  { x: { label: { vi: 'x', en: 'x', lo: 'x' }, published: '2017', tier: 'official', reportsFor: null, url: '' } }
);

describe('describeSeries', () => {
  it('summarises in English', () => {
    const text = describeSeries(series, 2010, 2025, 'en');
    expect(text).toContain('Trade, 2010–2025: 5 values.');
    expect(text).toContain('First 1.125 billion USD (2013)');
    expect(text).toContain('latest more than 3 billion USD (2025)');
    expect(text).toContain('Peak more than 3 billion USD (2025)');
    expect(text).toContain('Biggest fall (computed): 2014 to 2015, -31%');
    expect(text).toContain('2 gaps');
  });
  it('summarises in Vietnamese', () => {
    const text = describeSeries(series, 2013, 2016, 'vi');
    expect(text).toContain('Kim ngạch, 2013–2016: 3 giá trị. Đầu tiên 1,125 tỷ USD (2013); gần nhất 890 triệu USD (2015).');
    expect(text).toContain('Giảm mạnh nhất (tính toán): từ 2014 đến 2015, -31%');
  });
  it('says so when the range is empty', () => {
    expect(describeSeries(series, 1990, 2000, 'en')).toBe('Trade: no figures for 1990–2000.');
  });
});
