import { describe, expect, it } from 'vitest';
import { foldName, nameScore, recordMatches, searchNames, textMatches } from './search';

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

describe('textMatches', () => {
  const text = foldName('Theo Tổng cục Hải quan, kim ngạch năm 2015 đạt 1.121 triệu USD; Sơn La');
  it('finds every word of the query, without diacritics, in any order', () => {
    expect(textMatches(text, 'hai quan 2015')).toBe(true);
    expect(textMatches(text, '2015 Hải Quan')).toBe(true);
    expect(textMatches(text, 'kim ngach 1 121')).toBe(true);
    expect(textMatches(text, 'son la')).toBe(true);
    expect(textMatches(text, 'hai quan 2016')).toBe(false);
  });
  it('keeps words typed together together, so two common syllables do not match apart', () => {
    const apart = foldName('hai nước tăng cường quan hệ năm 2015');
    expect(textMatches(apart, 'hai quan 2015')).toBe(false);
    expect(textMatches(apart, 'quan he')).toBe(true);
    expect(textMatches(text, 'hai qua')).toBe(true);
    expect(textMatches(text, 'ai quan')).toBe(false);
  });
  it('lets an empty query through', () => {
    expect(textMatches(text, '  ')).toBe(true);
  });
});

describe('textMatches on running text (the timeline)', () => {
  const text = foldName('Ký Hiệp định về tổ chức Liên quân Lào – Việt; “Xứ ủy Ai Lao” ra đời (1934).');

  it('finds a phrase whatever the diacritics, case and punctuation', () => {
    expect(textMatches(text, 'hiep dinh')).toBe(true);
    expect(textMatches(text, 'HIỆP ĐỊNH')).toBe(true);
    expect(textMatches(text, 'lao viet')).toBe(true);
    expect(textMatches(text, 'xu uy ai lao')).toBe(true);
    expect(textMatches(text, '1934')).toBe(true);
  });

  it('matches from the start of a word, and the last word may be unfinished', () => {
    expect(textMatches(text, 'hiep di')).toBe(true);
    expect(textMatches(text, 'ai')).toBe(true);
    expect(textMatches(text, 'iep dinh')).toBe(false);
    expect(textMatches(foldName('hai nước'), 'ai')).toBe(false);
  });

  it('keeps the words of the query together and in order', () => {
    expect(textMatches(text, 'dinh hiep')).toBe(false);
    expect(textMatches(text, 'hiep quan')).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(textMatches(text, '')).toBe(true);
    expect(textMatches(text, ' – ')).toBe(true);
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
