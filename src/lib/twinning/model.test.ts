import { describe, expect, it } from 'vitest';
import raw from '$lib/data/generated/dataset.json';
import rawMap from '$lib/data/generated/map.json';
import type { Dataset } from '$lib/data/types';
import { buildTwinningModel, curvePath, linksOfProvince, linksToCsv, selectionMembers, selectionPartners, type MapData } from './model';

const data = raw as unknown as Dataset;
const model = buildTwinningModel(data, rawMap as unknown as MapData);
const NORTHERN = ['houaphanh', 'luang-prabang', 'bokeo', 'oudomxay', 'phongsaly', 'luang-namtha', 'xayaboury', 'xiangkhouang'];

describe('buildTwinningModel', () => {
  it('keeps every link of the dataset, each with a curve for both maps (a gate pair: its point)', () => {
    expect(model.links).toHaveLength(data.twinning.length);
    for (const l of model.links) {
      if (l.gate && l.la.place) continue;
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

  it('holds all 65 pairs: by level and kind as the data has them', () => {
    expect(model.links).toHaveLength(65);
    const count = (key: 'level' | 'kind') => Object.fromEntries([...new Set(model.links.map((l) => l[key]))].sort().map((k) => [k, model.links.filter((l) => l[key] === k).length]));
    expect(count('level')).toEqual({ border_gate: 8, city: 1, commune: 2, district: 10, former_province: 5, province: 39 });
    expect(count('kind')).toEqual({ border_gate_pair: 8, cooperation: 41, friendship: 2, twinning: 14 });
    expect(model.links.filter((l) => l.since)).toHaveLength(10);
  });

  it('draws every border-gate pair as a point on the border, exact where the data has coordinates', () => {
    const gates = model.links.filter((l) => l.level === 'border_gate');
    expect(gates.every((l) => l.gate)).toBe(true);
    expect(model.links.filter((l) => l.level !== 'border_gate').every((l) => l.gate === null)).toBe(true);
    expect(gates.filter((l) => !l.gate!.approximate).map((l) => l.id)).toEqual(['gate-lao-bao-densavan']);
    // A gate paired with a gate is its point; one paired with a whole Lao province has a line to it.
    const laoBao = gates.find((l) => l.id === 'gate-lao-bao-densavan')!;
    expect(laoBao.curve['63']).toBe('');
    expect(laoBao.vn.place?.name.vi).toBe('Cửa khẩu quốc tế Lao Bảo');
    expect(laoBao.la.place?.names).toContain('Densavan');
    const namCan = gates.find((l) => l.id === 'gate-nam-can-xiangkhouang')!;
    expect(namCan.la.place).toBeNull();
    expect(namCan.curve['63']).toMatch(new RegExp(`^M${namCan.gate!.at[0]},${namCan.gate!.at[1]}Q`));
    // Two gates on the Sơn La–Houaphanh border are spread along it, not drawn on one spot.
    const [a, b] = ['gate-long-sap-pa-hang', 'gate-chieng-khuong-ban-dan'].map((id) => gates.find((l) => l.id === id)!.gate!.at);
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(5);
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
    expect(sonLa?.unit).toEqual({ id: 'son-la', name: { vi: 'Sơn La', en: 'Sơn La', lo: 'ເຊີນລາ' }, city: false, role: 'unchanged', others: [] });
    const quangBinh = model.provinces.find((p) => p.slug === 'quang-binh');
    expect(quangBinh?.unit).toMatchObject({ name: { vi: 'Quảng Trị', en: 'Quảng Trị', lo: 'ກວາງຈິ' }, role: 'merged', others: [{ vi: 'Quảng Trị', en: 'Quảng Trị', lo: 'ກວາງຈິ' }] });
    // Quảng Trị gave the new unit its name: it took Quảng Bình in, it does not "belong to itself".
    expect(model.provinces.find((p) => p.slug === 'quang-tri')?.unit).toMatchObject({ name: { vi: 'Quảng Trị' }, role: 'absorbing', others: [{ vi: 'Quảng Bình', en: 'Quảng Bình', lo: 'ກວາງບິ່ງ' }] });
    expect(model.provinces.find((p) => p.slug === 'binh-duong')?.unit).toMatchObject({ name: { vi: 'Hồ Chí Minh', en: 'Hồ Chí Minh' }, city: true, role: 'merged' });
    expect(model.provinces.filter((p) => p.country === 'LA').every((p) => p.unit === null)).toBe(true);
    expect(new Set(model.provinces.flatMap((p) => (p.unit ? [p.unit.id] : []))).size).toBe(34);
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
    expect(csv[0]).toBe('link_id,vn_province,vn_former_province,vn_place,la_province,la_place,level,kind,since,status,record,source,locator,quote');
    expect(csv).toHaveLength(4);
    expect(csv[1].startsWith(`${model.links[0].id},Son La,`)).toBe(true);
  });

  it('adds the 2025 unit of each Viet Nam end in the 34-unit view, and names gates and districts', () => {
    const links = model.links.filter((l) => ['quang-binh-khammouane', 'gate-cau-treo-nam-phao'].includes(l.id));
    const csv = linksToCsv(links, 'vi', { units: true }).slice(1).trim().split('\n');
    expect(csv[0]).toBe('link_id,vn_province,vn_former_province,vn_place,vn_unit_2025,la_province,la_place,level,kind,since,status,record,source,locator,quote');
    expect(csv.find((r) => r.startsWith('quang-binh-khammouane,'))).toMatch(/^quang-binh-khammouane,Quảng Bình,,,Quảng Trị,Khăm Muộn,,province,/);
    expect(csv.find((r) => r.startsWith('gate-cau-treo-nam-phao,'))).toMatch(/^gate-cau-treo-nam-phao,Hà Tĩnh,,Cửa khẩu quốc tế Cầu Treo,Hà Tĩnh,Bô Ly Khăm Xay,Cửa khẩu quốc tế Nặm Phạo,border_gate,/);
  });
});
