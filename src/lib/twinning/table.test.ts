import { describe, expect, it } from 'vitest';
import raw from '$lib/data/generated/dataset.json';
import rawMap from '$lib/data/generated/map.json';
import type { Dataset } from '$lib/data/types';
import { buildTwinningModel, type MapData } from './model';
import { tableRows } from './table';
import { defaultTableState } from './table-state';

const model = buildTwinningModel(raw as unknown as Dataset, rawMap as unknown as MapData);
const search = (q: string) => tableRows(model.links, model.provinces, { ...defaultTableState, q }, 'vi').map((l) => l.id);
const of = (pred: (l: (typeof model.links)[number]) => boolean) => model.links.filter(pred).map((l) => l.id).sort();

describe('tableRows', () => {
  it('finds a province by every spelling readers type, as the map search does', () => {
    const hcm = of((l) => l.vn.slug === 'ho-chi-minh');
    expect(hcm.length).toBeGreaterThan(0);
    for (const q of ['hcm', 'TP HCM', 'TP. Hồ Chí Minh', 'tp ho chi minh', 'Ho Chi Minh City']) expect(search(q).sort(), q).toEqual(hcm);
    const xieng = of((l) => l.la.slug === 'xiangkhouang');
    // Every Xiangkhouang link, and the rows whose quote names it.
    expect(search('Xiengkhouang')).toEqual(expect.arrayContaining(xieng));
    expect(search('xieng khouang')).toEqual(search('Xiengkhouang'));
    expect(search('Xiengkhouang')).toContain('nghe-an-bolikhamsai');
  });
  it('finds gates and districts by their own names, and rows by their quote', () => {
    expect(search('Lao Bảo')).toContain('gate-lao-bao-densavan');
    expect(search('densavan')).toEqual(expect.arrayContaining(['gate-lao-bao-densavan', 'ka-tang-densavan']));
    expect(search('Cau Treo')).toEqual(['gate-cau-treo-nam-phao']);
    expect(search('vieng xay')).toContain('son-la-houaphanh');
  });
  it('filters by side, level, kind and status, and sorts undated links last', () => {
    const gates = tableRows(model.links, model.provinces, { ...defaultTableState, level: 'border_gate' }, 'en');
    expect(gates).toHaveLength(8);
    const lao = tableRows(model.links, model.provinces, { ...defaultTableState, country: 'LA', province: 'houaphanh' }, 'en');
    expect(lao.every((l) => l.la.slug === 'houaphanh')).toBe(true);
    const bySince = tableRows(model.links, model.provinces, { ...defaultTableState, sort: 'since' }, 'en');
    expect(bySince[0].since).toBe('1969-11');
    expect(bySince.slice(-1)[0].since).toBe('');
  });
});
