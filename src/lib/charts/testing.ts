// Test fixtures for the chart kit: one observation row as the data build writes it.
export const observation = (id: string, series: string, start: string, value: number, extra: Record<string, unknown> = {}) => ({
  obs_id: id,
  series_id: series,
  period_start: start,
  period_end: (extra.end as string) ?? start,
  value,
  unit: 'USD',
  status: 'reported' as const,
  source_id: 'book',
  locator: 'line 1',
  ...extra
});

/** A source row as the data build writes it. */
export const source = (id: string, publisher: string, published: string, tier: 'official' | 'press' | 'secondary' = 'official') => ({
  source_id: id,
  tier,
  title_vi: id,
  title_en: id,
  publisher_vi: publisher,
  publisher_en: publisher,
  publisher_lo: publisher,
  reports_for_vi: '',
  reports_for_en: '',
  published
});
