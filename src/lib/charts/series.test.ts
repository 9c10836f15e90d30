import { describe, expect, it } from 'vitest';
import { buildChartModel, lineRuns, resolveSeries, type DatasetInput } from './series';
import { placePeriod } from './time';
import { observation, source } from './testing';

const obs = (id: string, start: string, value: number, extra: Record<string, unknown> = {}) => observation(id, 'trade.total', start, value, extra);

const data: DatasetInput = {
  series: [
    { series_id: 'trade.total', label_vi: 'Tổng', label_en: 'Total', label_lo: 'Total', unit: 'USD', kind: 'flow' },
    { series_id: 'trade.total_growth', label_vi: 'Tăng', label_en: 'Growth', label_lo: 'Growth', unit: 'percent', kind: 'rate' }
  ],
  sources: [
    source('book', 'Ban Tuyên giáo', '2017'),
    source('customs', 'Customs', '2016-01')
  ],
  milestones: [
    { milestone_id: 'm1', date: '2007', kind: 'trade', importance: 1, title_vi: 'Năm', title_en: 'Year', title_lo: 'Year' },
    { milestone_id: 'm2', date: '2008', kind: 'education', importance: 1, title_vi: 'Học', title_en: 'School', title_lo: 'School' }
  ],
  observations: [
    obs('a', '2010', 100e6),
    obs('b', '2011', 110e6),
    // 2012 missing: a gap
    obs('c', '2013', 150e6),
    obs('d', '2015', 890e6),
    obs('e', '2015', 1121e6, { source_id: 'customs' }),
    obs('f', '2014', 1290e6, { status: 'approximate' }),
    obs('g', '2001', 687.8e6, { end: '2005', status: 'estimate' }),
    obs('h', '2025-01', 2.36e9, { end: '2025-09' }),
    obs('i', '2011', 10, { series_id: 'trade.total_growth', unit: 'percent' }),
    obs('j', '2013', -20, { series_id: 'trade.total_growth', unit: 'percent', status: 'approximate', source_id: 'customs' }),
    obs('k', '2013', 36, { series_id: 'trade.total_growth', unit: 'percent' })
  ]
};

const model = buildChartModel(
  { id: 'trade', milestones: { kinds: { trade: 2 } }, series: [{ id: 'trade.total', color: 'var(--c1)', growthSeriesId: 'trade.total_growth' }] },
  data
);
const total = resolveSeries(model.series[0], model.sources);

describe('placing periods', () => {
  it('puts a year at its middle and a school year between its two years', () => {
    expect(placePeriod('2015', '2015').x).toBe(2015.5);
    expect(placePeriod('2010', '2011').x).toBe(2011);
    expect(placePeriod('1996', '2000').years).toBe(5);
  });
});

describe('buildChartModel', () => {
  it('keeps multi-year and part-year totals off the scale, as spans', () => {
    expect(total.spans.map((s) => s.id).sort()).toEqual(['g', 'h']);
    expect(total.points.find((p) => p.id === 'g')).toBeUndefined();
  });
  it('keeps both values when sources disagree; the line rule picks one (same tier: the later publication)', () => {
    const y2015 = total.points.filter((p) => p.periodStart === '2015');
    expect(y2015).toHaveLength(2);
    expect(y2015.every((p) => p.disputed)).toBe(true);
    expect(y2015.find((p) => p.onLine)?.id).toBe('d');
  });
  it('leaves secondary sources out of a view that asks so, and the line moves to the next value', () => {
    const withBlog = buildChartModel(
      { id: 'trade', series: [{ id: 'trade.total', color: 'var(--c1)' }] },
      { ...data, sources: [...data.sources, source('blog', 'Blog', '2026', 'secondary')], observations: [...data.observations, obs('z', '2016', 5e9, { source_id: 'blog' })] }
    );
    expect(resolveSeries(withBlog.series[0], withBlog.sources).points.find((p) => p.id === 'z')).toMatchObject({ onLine: true, tier: 'secondary' });
    expect(resolveSeries(withBlog.series[0], withBlog.sources, { secondary: false }).points.find((p) => p.id === 'z')).toBeUndefined();
  });
  it('breaks the line where a year is missing', () => {
    const runs = lineRuns(total.points).map((r) => r.map((p) => p.id));
    expect(runs).toEqual([['a', 'b'], ['c', 'f', 'd']]);
  });
  it('computes changes only between neighbouring years and attaches printed growth', () => {
    const b = total.points.find((p) => p.id === 'b')!;
    expect(b.computedChange).toBeCloseTo(0.1);
    expect(b.printedGrowth).toEqual([{ value: 10, id: 'i', status: 'reported', sourceId: 'book' }]);
    expect(total.points.find((p) => p.id === 'c')!.computedChange).toBeUndefined();
    // "dropped about 20%" stays an approximation; two sources' rates for one year are both kept, the
    // one from the point's own source first.
    expect(total.points.find((p) => p.id === 'c')!.printedGrowth).toEqual([
      { value: 36, id: 'k', status: 'reported', sourceId: 'book' },
      { value: -20, id: 'j', status: 'approximate', sourceId: 'customs' }
    ]);
  });
  it('spans the data in whole years and labels its sources', () => {
    expect(model.years).toEqual([2001, 2025]);
    expect(model.sources.book.label.vi).toBe('Ban Tuyên giáo, 2017');
    // Only the kinds that belong to the chart's topic.
    expect(model.milestones.map((m) => m.id)).toEqual(['m1']);
  });
});

describe('drawnSpans', () => {
  const span = (id: string, x0: number, x1: number, value = 1) => ({
    id, x0, x1, value, status: 'reported' as const, tier: 'official' as const, periodStart: '', periodEnd: '', sourceId: 's', locator: '', perYear: false
  });
  it('keeps multi-year totals and only the latest-ending part-year totals of each year', async () => {
    const { drawnSpans } = await import('./series');
    const spans = [span('five-years', 2001, 2006), span('jan-jul', 2025, 2025 + 7 / 12), span('jan-oct-a', 2025, 2025 + 10 / 12), span('jan-oct-b', 2025, 2025 + 10 / 12, 2), span('jan-oct-same', 2025, 2025 + 10 / 12, 2), span('h1-2024', 2024, 2024.5)];
    expect(drawnSpans(spans).map((s) => s.id)).toEqual(['five-years', 'jan-oct-a', 'jan-oct-b', 'h1-2024']);
  });
});
