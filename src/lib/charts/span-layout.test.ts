import { describe, expect, it } from 'vitest';
import { placeSpans, spanLabel, spanRows } from './span-layout';
import type { ChartSeries, ChartSpan } from './types';

const span = (id: string, x0: number, x1: number, periodStart: string, periodEnd: string): ChartSpan => ({
  id, x0, x1, value: 45e6, status: 'approximate', periodStart, periodEnd, sourceId: 's', locator: '', perYear: true
});
const series = (spans: ChartSpan[]) =>
  ({ id: 'trade.total', label: { vi: 'Tổng', en: 'Total' }, unit: 'USD', color: 'red', kind: 'level', points: [], spans }) as unknown as ChartSeries;

describe('placeSpans', () => {
  const s = series([
    span('early', 1990, 1994, '1990', '1993'),
    span('mid', 1994, 1996, '1994', '1995'),
    span('late', 2020, 2021, '2020', '2020'),
    span('outside', 1980, 1985, '1980', '1984')
  ]);

  it('places brackets in % of the plot and drops spans outside the years shown', () => {
    const placed = placeSpans([s], 1990, 2019, 'en');
    expect(placed.map((p) => p.span.id)).toEqual(['early', 'mid']);
    expect(placed[0].left).toBeCloseTo(0);
    expect(placed[0].width).toBeCloseTo((4 / 30) * 100);
    expect(placed[0].text).toMatch(/^1990–1993: about 45m USD \(per year/);
    expect(placed.map((p) => p.key)).toEqual(['a', 'b']);
  });

  it('puts a bracket whose label would cover the next one in a new row', () => {
    const placed = placeSpans([s], 1990, 2025, 'en');
    const row = Object.fromEntries(placed.map((p) => [p.span.id, p.row]));
    expect(row).toEqual({ early: 0, mid: 1, late: 0 });
    expect(spanRows(placed)).toBe(2);
    // Near the right edge a label grows leftwards.
    expect(placed.find((p) => p.span.id === 'late')?.end).toBe(true);
  });

  it('writes the label the exports use, in either language', () => {
    expect(spanLabel(s, s.spans[0], 'vi')).toMatch(/^1990–1993: khoảng 45 triệu USD/);
  });
});
