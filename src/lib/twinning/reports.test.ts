import { describe, expect, it } from 'vitest';
import raw from '$lib/data/generated/dataset.json';
import rawMap from '$lib/data/generated/map.json';
import type { Dataset } from '$lib/data/types';
import { buildTwinningModel, type MapData } from './model';
import { linkReport } from './reports';

const model = buildTwinningModel(raw as unknown as Dataset, rawMap as unknown as MapData);

describe('linkReport', () => {
  it('names the page (its path, no origin being configured), the record and its current values', () => {
    const gate = model.links.find((l) => l.id === 'gate-cau-treo-nam-phao')!;
    const r = linkReport(gate, '/en/provinces/ha-tinh/', 'en');
    expect(r.subject).toBe('Correction: link-gate-cau-treo-nam-phao');
    expect(r.body).toMatch(/^Page: \/en\/provinces\/ha-tinh\/\nRecord: link-gate-cau-treo-nam-phao\n/);
    expect(r.body).toContain('Hà Tĩnh (Cửa khẩu quốc tế Cầu Treo) – Bô Ly Khăm Xay (Cửa khẩu quốc tế Nặm Phạo)');
    expect(r.body).toContain('level: border_gate; kind: border_gate_pair');
    expect(r.body).toContain(gate.quote);
    expect(linkReport(gate, '/vi/provinces/ha-tinh/', 'vi').body).toMatch(/^Trang: \/vi\/provinces\/ha-tinh\/\nBản ghi: /);
  });
});
