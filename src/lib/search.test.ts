import { describe, expect, it } from 'vitest';
import { foldName, nameScore, recordMatches, searchNames } from './search';

const provinces = [
  { id: 'son-la', names: ['Sơn La', 'Son La', 'Tỉnh Sơn La'] },
  { id: 'houaphanh', names: ['Hủa Phăn', 'Houaphanh', 'Houaphan', 'Huaphanh', 'Hua Phan'] },
  { id: 'luang-prabang', names: ['Luông Pha Băng', 'Luang Prabang'] },
  { id: 'lang-son', names: ['Lạng Sơn', 'Lang Son'] },
  { id: 'da-nang', names: ['Đà Nẵng', 'Da Nang'] },
  { id: 'ho-chi-minh', names: ['Hồ Chí Minh', 'Ho Chi Minh City', 'TP HCM', 'HCM'] },
  { id: 'xiangkhouang', names: ['Xiêng Khoảng', 'Xiangkhouang', 'Xieng Khouang'] }
];
const ids = (q: string) => searchNames(provinces, q).map((p) => p.id);

describe('foldName', () => {
  it('drops diacritics, đ, case and punctuation', () => {
    expect(foldName('Sơn La')).toBe('son la');
    expect(foldName('  ĐÀ-NẴNG ')).toBe('da nang');
    expect(foldName('Bình - Trị - Thiên')).toBe('binh tri thien');
  });
});

describe('searchNames', () => {
  it('finds provinces whatever the diacritics and case', () => {
    expect(ids('son la')[0]).toBe('son-la');
    expect(ids('SƠN LA')[0]).toBe('son-la');
    expect(ids('houaphan')[0]).toBe('houaphanh');
    expect(ids('hua phan')[0]).toBe('houaphanh');
    expect(ids('luangprabang')[0]).toBe('luang-prabang');
    expect(ids('da nang')).toEqual(['da-nang']);
  });

  it('ranks an exact or prefix match before a match inside a name', () => {
    // "son" starts Sơn La but sits inside Lạng Sơn.
    expect(ids('son')).toEqual(['son-la', 'lang-son']);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('paris')).toEqual([]);
  });
});

describe('administrative words', () => {
  it('finds a place written with or without "TP.", "tỉnh", "province"', () => {
    expect(ids('TP. Hồ Chí Minh')[0]).toBe('ho-chi-minh');
    expect(ids('tp hcm')[0]).toBe('ho-chi-minh');
    expect(ids('hcm')[0]).toBe('ho-chi-minh');
    expect(ids('tỉnh Sơn La')[0]).toBe('son-la');
    expect(ids('Luang Prabang province')[0]).toBe('luang-prabang');
    expect(ids('Xiengkhouang')[0]).toBe('xiangkhouang');
  });
  it('keeps a name that starts like such a word', () => {
    // "tp" alone is not stripped to nothing.
    expect(nameScore(['TP HCM'], 'tp')).toBe(1);
  });
});

describe('recordMatches', () => {
  const row = { names: ['Sơn La', 'Hủa Phăn', 'Houaphanh'], text: 'ký văn bản hợp tác tại Viêng Xay' };
  it('matches a row by any of its names, or by words of its text', () => {
    expect(recordMatches(row, 'houaphan')).toBe(true);
    expect(recordMatches(row, 'vieng xay')).toBe(true);
    expect(recordMatches(row, 'TP HCM')).toBe(false);
    expect(recordMatches(row, '')).toBe(true);
  });
});
