import { describe, expect, it } from 'vitest';
import raw from '$lib/data/generated/dataset.json';
import rawMap from '$lib/data/generated/map.json';
import type { Dataset } from '$lib/data/types';
import { buildTwinningModel, curvePath, linksOfProvince, linksToCsv, selectionMembers, selectionPartners, type MapData } from './model';

const data = raw as unknown as Dataset;
const model = buildTwinningModel(data, rawMap as unknown as MapData);
const NORTHERN = ['houaphanh', 'luang-prabang', 'bokeo', 'oudomxay', 'phongsaly', 'luang-namtha', 'xayaboury', 'xiangkhouang'];

describe('buildTwinningModel', () => {
  it('keeps every link of the dataset, each with a curve for both maps', () => {
    expect(model.links).toHaveLength(data.twinning.length);
    for (const l of model.links) {
      expect(l.curve['63']).toMatch(/^M[\d.]+,[\d.]+Q/);
      expect(l.curve['34']).toMatch(/^M[\d.]+,[\d.]+Q/);
    }
  });

  it('links Sơn La with all 8 northern Lao provinces (and Xaisomboun since 2022), and its border gates with theirs', () => {
    const own = linksOfProvince(model, 'son-la');
    const province = own.filter((l) => l.level === 'province').map((l) => l.la.slug);
    expect(new Set(province)).toEqual(new Set([...NORTHERN, 'xaisomboun']));
    const gates = own.filter((l) => l.level === 'border_gate').map((l) => l.la.slug);
    expect(gates.sort()).toEqual(['houaphanh', 'houaphanh']);
  });

  it('shows a former province’s link on its successor, marked historical', () => {
    const l = model.links.find((x) => x.vn.former?.name.vi === 'Hà Nam Ninh');
    expect(l?.vn.slug).toBe('nam-dinh');
    expect(l?.status).toBe('historical');
    expect(l?.vn.former?.to).toBe('1991');
  });

  it('puts all 81 provinces on the map with their 2025 unit', () => {
    expect(model.provinces).toHaveLength(81);
    const sonLa = model.provinces.find((p) => p.slug === 'son-la');
    expect(sonLa?.unit).toEqual({ id: 'son-la', name: 'Sơn La', unchanged: true });
    const quangBinh = model.provinces.find((p) => p.slug === 'quang-binh');
    expect(quangBinh?.unit?.name).toBe('Quảng Trị');
    expect(quangBinh?.unit?.unchanged).toBe(false);
    expect(model.provinces.filter((p) => p.onBorder)).toHaveLength(20);
  });

  it('in the 34-unit view a selection stands for its whole unit', () => {
    expect(selectionMembers(model, 'quang-binh', '63').map((p) => p.slug)).toEqual(['quang-binh']);
    expect(selectionMembers(model, 'quang-binh', '34').map((p) => p.slug).sort()).toEqual(['quang-binh', 'quang-tri']);
    expect(selectionMembers(model, 'houaphanh', '34').map((p) => p.slug)).toEqual(['houaphanh']);
    expect(selectionMembers(model, 'nowhere', '63')).toEqual([]);
  });

  it('partners of a Lao province include whole 2025 units on the Viet Nam side', () => {
    expect(selectionPartners(model, ['savannakhet'], '63').sort()).toEqual(['da-nang', 'nghe-an', 'quang-tri']);
    expect(selectionPartners(model, ['savannakhet'], '34').sort()).toEqual(['da-nang', 'nghe-an', 'quang-binh', 'quang-nam', 'quang-tri']);
  });
});

describe('curvePath', () => {
  it('bends to one side of the straight line', () => {
    expect(curvePath([0, 0], [10, 0], 0.2)).toBe('M0,0Q5,2 10,0');
  });
});

describe('linksToCsv', () => {
  it('writes one row per link with quotes escaped', () => {
    const text = linksToCsv(model.links.slice(0, 3), 'en');
    expect(text.startsWith('\ufeff')).toBe(true);
    const csv = text.slice(1).trim().split('\n');
    expect(csv[0]).toBe('link_id,vn_province,vn_former_province,la_province,level,kind,since,status,source,locator,quote');
    expect(csv).toHaveLength(4);
    expect(csv[1].startsWith(`${model.links[0].id},Son La,`)).toBe(true);
  });
});
