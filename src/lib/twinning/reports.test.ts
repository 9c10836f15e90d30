import { describe, expect, it } from 'vitest';
import raw from '$lib/data/generated/dataset.json';
import rawMap from '$lib/data/generated/map.json';
import type { Dataset } from '$lib/data/types';
import { buildTwinningModel, type MapData } from './model';
import { figureGroups } from './figures';
import { linkReport, provinceReport } from './reports';

const dataset = raw as unknown as Dataset;
const model = buildTwinningModel(dataset, rawMap as unknown as MapData);
const gate = model.links.find((l) => l.id === 'gate-cau-treo-nam-phao')!;

describe('linkReport', () => {
  it('names the page (its path, no origin being configured), the record as a reader sees it and its current values', () => {
    const r = linkReport(gate, '/en/provinces/ha-tinh/', 'en');
    expect(r.subject).toMatch(/^Correction: Ha Tinh \(.+\) – .+ \(.+\)$/);
    expect(r.body).toMatch(/^Page: \/en\/provinces\/ha-tinh\/\nRecord: Ha Tinh/);
    expect(r.body).toContain('border-gate pair');
    expect(r.body).not.toMatch(/gate-cau-treo|border_gate|link-/);
  });

  it('is written in the page language: a Vietnamese report has no English field names or ids', () => {
    const r = linkReport(gate, '/vi/provinces/ha-tinh/', 'vi');
    expect(r.body).toMatch(/^Trang: \/vi\/provinces\/ha-tinh\/\nBản ghi: Hà Tĩnh \(Cửa khẩu quốc tế Cầu Treo\) – /);
    expect(r.body).toContain('cặp cửa khẩu');
    expect(r.body).toContain('nguồn: ');
    expect(r.body).not.toMatch(/\b(level|kind|since|status|source|quote|link-)\b/);
  });
});

describe('provinceReport', () => {
  it('lists links and figures in the page language, by name', () => {
    const son = model.provinces.find((p) => p.slug === 'son-la')!;
    const links = model.links.filter((l) => l.vn.slug === 'son-la');
    const r = provinceReport(son.name.vi, links, figureGroups(dataset, son.localityId), '/vi/provinces/son-la/', 'vi');
    expect(r.subject).toBe('Báo lỗi: Sơn La');
    expect(r.body).toContain('Sơn La – Hủa Phăn');
    expect(r.body.replace(/https:\S+/g, '')).not.toMatch(/\b(province|obs-|link-)\b/);
    expect(r.body).toContain('cặp cửa khẩu, từ 1/3/1990');
  });
});
