import { describe, expect, it } from 'vitest';
import raw from '$lib/data/generated/dataset.json';
import rawMap from '$lib/data/generated/map.json';
import type { Dataset } from '$lib/data/types';
import { buildTwinningModel, type MapData } from './model';
import { MapSelection } from './selection.svelte';

const model = buildTwinningModel(raw as unknown as Dataset, rawMap as unknown as MapData);

describe('MapSelection', () => {
  it('reads a known province and the 34-unit view from the URL, and ignores an unknown one', () => {
    const s = new MapSelection(() => model);
    s.read(new URLSearchParams('p=quang-binh&units=34&from=2010'));
    expect(s.slug).toBe('quang-binh');
    expect(s.memberSlugs.sort()).toEqual(['quang-binh', 'quang-tri']);
    expect(s.links.map((l) => l.la.slug)).toContain('savannakhet');
    expect(s.query).toBe('?p=quang-binh&units=34');
    expect(s.write(new URLSearchParams('from=2010')).toString()).toBe('from=2010&p=quang-binh&units=34');
    const t = new MapSelection(() => model);
    t.read(new URLSearchParams('p=%3Cscript%3E'));
    expect(t.slug).toBeNull();
    expect(t.query).toBe('');
  });
});
