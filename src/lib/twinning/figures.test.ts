import { describe, expect, it } from 'vitest';
import raw from '$lib/data/generated/dataset.json';
import type { Dataset } from '$lib/data/types';
import { figureGroups } from './figures';

const data = raw as unknown as Dataset;

describe('figureGroups', () => {
  it('groups every figure of a province by series, each value with status and source', () => {
    const groups = figureGroups(data, 'vn-son-la');
    const own = data.observations.filter((o) => o.locality_id === 'vn-son-la');
    expect(groups.flatMap((g) => g.values.map((v) => v.id)).sort()).toEqual(own.map((o) => o.obs_id).sort());
    expect(new Set(groups.map((g) => g.seriesId)).size).toBe(groups.length);
    for (const g of groups) for (const v of g.values) expect(v.source.vi && v.status && v.quote).toBeTruthy();
  });
  it('charts a series with several years, and only those', () => {
    const groups = figureGroups(data, 'vn-son-la');
    const intake = groups.find((g) => g.seriesId === 'province.medical_college_intake')!;
    expect(intake.chart?.model.series[0].id).toBe('province.medical_college_intake');
    expect(intake.chart?.model.years[0]).toBe(2013);
    expect(groups.find((g) => g.seriesId === 'province.border_markers_planted')?.chart).toBeNull();
    expect(groups.filter((g) => g.chart).length).toBeGreaterThanOrEqual(10);
  });
  it('gives nothing for a province the data has no figure about', () => {
    expect(figureGroups(data, 'vn-ca-mau')).toEqual([]);
  });
});

describe('figure charts', () => {
  it('come with their view and title in both languages, computed at build time', () => {
    const intake = figureGroups(data, 'vn-son-la').find((g) => g.seriesId === 'province.medical_college_intake')!.chart!;
    expect(intake.view).toMatchObject({ from: 2013, notes: false, secondary: true });
    expect(intake.title.vi).toMatch(/^Sơn La: .+, 2013–\d{4}$/);
    expect(intake.title.en).toMatch(/^Son La: .+, 2013–\d{4}$/);
  });
});
