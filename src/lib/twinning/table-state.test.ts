import { describe, expect, it } from 'vitest';
import { defaultTableState, readTableState, sameTableState, writeTableState } from './table-state';

const choices = { provinces: ['son-la', 'khammouane'], levels: ['province', 'district', 'border_gate'], kinds: ['twinning', 'cooperation'], statuses: ['active', 'historical'] };
const read = (q: string) => readTableState(new URLSearchParams(q), choices);

describe('readTableState', () => {
  it('reads every filter and the sort', () => {
    expect(read('q=hua+phan&country=LA&province=khammouane&level=district&kind=twinning&status=active&sort=since&order=desc')).toEqual({
      q: 'hua phan', country: 'LA', province: 'khammouane', level: 'district', kind: 'twinning', status: 'active', sort: 'since', desc: true
    });
  });
  it('ignores unknown and hostile values, and never throws', () => {
    expect(read('country=FR&province=%3Cscript%3E&level=planet&sort=__proto__&order=up')).toEqual(defaultTableState);
    expect(read('q=' + 'x'.repeat(500)).q).toHaveLength(100);
    expect(read('')).toEqual(defaultTableState);
  });
});

describe('writeTableState', () => {
  it('writes only what differs from the full list, and keeps the map’s parameters', () => {
    const state = { ...defaultTableState, q: ' tp hcm ', level: 'district', sort: 'since' as const, desc: true };
    expect(writeTableState(state, new URLSearchParams('p=son-la&level=province')).toString()).toBe('p=son-la&q=tp+hcm&level=district&sort=since&order=desc');
    expect(writeTableState(defaultTableState, new URLSearchParams('p=son-la&q=x')).toString()).toBe('p=son-la');
  });
  it('round-trips', () => {
    const state = { ...defaultTableState, q: 'Xiengkhouang', country: 'VN' as const, province: 'son-la', kind: 'cooperation' };
    expect(sameTableState(readTableState(writeTableState(state, new URLSearchParams()), choices), state)).toBe(true);
  });
});
