import { describe, expect, it } from 'vitest';
import raw from '$lib/data/generated/dataset.json';
import rawMap from '$lib/data/generated/map.json';
import type { Dataset } from '$lib/data/types';
import { nameWithUnit, unitName } from './labels';
import { buildTwinningModel, type MapData } from './model';

const model = buildTwinningModel(raw as unknown as Dataset, rawMap as unknown as MapData);
const province = (slug: string) => model.provinces.find((p) => p.slug === slug)!;

// Messages in the base locale (Vietnamese), as a test run has no request.
describe('nameWithUnit', () => {
  it('says where a merged province went, and what an absorbing one took in, never that it belongs to itself', () => {
    expect(nameWithUnit(province('quang-binh'), 'vi')).toBe('Quảng Bình (từ 1/7/2025 thuộc tỉnh Quảng Trị)');
    expect(nameWithUnit(province('quang-tri'), 'vi')).toBe('Quảng Trị (từ 1/7/2025 hợp nhất với Quảng Bình)');
    expect(nameWithUnit(province('binh-duong'), 'vi')).toBe('Bình Dương (từ 1/7/2025 thuộc thành phố Hồ Chí Minh)');
    expect(nameWithUnit(province('son-la'), 'vi')).toBe('Sơn La');
    expect(nameWithUnit(province('houaphanh'), 'vi')).toBe('Hủa Phăn');
    for (const p of model.provinces) {
      if (p.unit) expect(nameWithUnit(p, 'vi'), p.slug).not.toContain(`thuộc ${unitName({ name: p.name, city: p.unit.city }, 'vi')}`);
    }
  });
});
