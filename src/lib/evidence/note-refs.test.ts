import { describe, expect, it } from 'vitest';
import raw from '$lib/data/generated/dataset.json';
import type { Dataset } from '$lib/data/types';
import { noteRefs } from './note-refs';

const data = raw as unknown as Dataset;

describe('noteRefs', () => {
  it('names records in the language of the note a page shows, and links to that page’s Sources', () => {
    expect(noteRefs(data, 'vi').get('seed-001')).toEqual({ label: 'Ban Tuyên giáo Tỉnh ủy Sơn La (2017)', href: '/vi/sources/#src-seed-001' });
    // A Lao page shows the English note (the data has no Lao notes): English names, Lao Sources page.
    expect(noteRefs(data, 'lo').get('seed-001')).toEqual({ label: noteRefs(data, 'en').get('seed-001')!.label, href: '/lo/sources/#src-seed-001' });
  });
});
