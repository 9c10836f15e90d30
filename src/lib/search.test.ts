import { describe, expect, it } from 'vitest';
import { foldName, matchesText, searchNames } from './search';

const provinces = [
  { id: 'son-la', names: ['Sơn La', 'Son La', 'Tỉnh Sơn La'] },
  { id: 'houaphanh', names: ['Hủa Phăn', 'Houaphanh', 'Houaphan', 'Huaphanh', 'Hua Phan'] },
  { id: 'luang-prabang', names: ['Luông Pha Băng', 'Luang Prabang'] },
  { id: 'lang-son', names: ['Lạng Sơn', 'Lang Son'] },
  { id: 'da-nang', names: ['Đà Nẵng', 'Da Nang'] }
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

describe('matchesText', () => {
  const text = foldName('Ký Hiệp định về tổ chức Liên quân Lào – Việt; “Xứ ủy Ai Lao” ra đời (1934).');

  it('finds a phrase whatever the diacritics, case and punctuation', () => {
    expect(matchesText(text, 'hiep dinh')).toBe(true);
    expect(matchesText(text, 'HIỆP ĐỊNH')).toBe(true);
    expect(matchesText(text, 'lao viet')).toBe(true);
    expect(matchesText(text, 'xu uy ai lao')).toBe(true);
    expect(matchesText(text, '1934')).toBe(true);
  });

  it('matches from the start of a word, and the last word may be unfinished', () => {
    expect(matchesText(text, 'hiep di')).toBe(true);
    expect(matchesText(text, 'ai')).toBe(true);
    expect(matchesText(text, 'iep dinh')).toBe(false);
    expect(matchesText(foldName('hai nước'), 'ai')).toBe(false);
  });

  it('keeps the words of the query together and in order', () => {
    expect(matchesText(text, 'dinh hiep')).toBe(false);
    expect(matchesText(text, 'hiep quan')).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(matchesText(text, '')).toBe(true);
    expect(matchesText(text, ' – ')).toBe(true);
  });
});
