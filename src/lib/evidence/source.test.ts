import { describe, expect, it } from 'vitest';
import { nameSources, sourceCitation, type SourceInput } from './source';

const source = (id: string, over: Partial<SourceInput> = {}): SourceInput => ({
  source_id: id,
  tier: 'official',
  title_vi: 'Lịch sử quan hệ đặc biệt Việt Nam – Lào (1930 - 2017)',
  title_en: 'History of the Special Relationship between Viet Nam and Laos (1930–2017)',
  publisher_vi: 'Ban Tuyên giáo Trung ương',
  publisher_en: 'Central Propaganda Department',
  publisher_lo: 'ຄະນະໂຄສະນາອົບຮົມສູນກາງພັກກອມມູນິດຫວຽດນາມ',
  reports_for_vi: '',
  reports_for_en: '',
  published: '2017',
  ...over
});
const book = source('seed-000');
const booklet = source('seed-001', { publisher_vi: 'Ban Tuyên giáo Tỉnh ủy Sơn La', publisher_en: 'Sơn La Propaganda Department' });

describe('sourceCitation', () => {
  it('names publisher, year and title in the page language', () => {
    expect(sourceCitation(book, 'vi')).toBe('Ban Tuyên giáo Trung ương (2017), Lịch sử quan hệ đặc biệt Việt Nam – Lào (1930 - 2017)');
    expect(sourceCitation(book, 'en')).toBe('Central Propaganda Department (2017), History of the Special Relationship between Viet Nam and Laos (1930–2017)');
  });
  it('leaves the year out of an undated source', () => {
    expect(sourceCitation(source('x-1', { published: 'undated' }), 'vi')).toBe('Ban Tuyên giáo Trung ương, Lịch sử quan hệ đặc biệt Việt Nam – Lào (1930 - 2017)');
  });
});

describe('nameSources', () => {
  const sources = [book, booklet];
  it('replaces source ids by the names readers know', () => {
    expect(nameSources('Cũng có ở seed-001 (dòng 16).', sources, 'vi')).toBe('Cũng có ở Ban Tuyên giáo Tỉnh ủy Sơn La, 2017 (dòng 16).');
    expect(nameSources('The book (seed-000, line 200) says', sources, 'en')).toBe('The book (Central Propaganda Department, 2017, line 200) says');
  });
  it('matches an id at the start of a sentence, in any case', () => {
    expect(nameSources('Seed-001 (dòng 55) ghi', sources, 'vi')).toBe('Ban Tuyên giáo Tỉnh ủy Sơn La, 2017 (dòng 55) ghi');
  });
  it('leaves unknown ids, parts of words and plain text alone', () => {
    expect(nameSources('seed-009 và xseed-001 và seed-0012', sources, 'vi')).toBe('seed-009 và xseed-001 và seed-0012');
    expect(nameSources('Giai đoạn 2011-2020', sources, 'vi')).toBe('Giai đoạn 2011-2020');
    expect(nameSources('', sources, 'vi')).toBe('');
  });
});
