import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citation, citationText, placeOf, placeText, type CiteSource } from './cite';
import { outlineOf } from './outline';

const book = outlineOf(readFileSync('data/documents/000_b713fa1086e36c6c.txt', 'utf8').split('\n'));
const booklet = outlineOf(readFileSync('data/documents/001_94a1f6e44f95dd26.txt', 'utf8').split('\n'));

const bookSource: CiteSource = {
  source_id: 'seed-000',
  tier: 'official',
  title_vi: 'Lịch sử quan hệ đặc biệt Việt Nam – Lào (1930 - 2017)',
  title_en: 'History of the Special Relationship between Viet Nam and Laos (1930–2017)',
  publisher_vi: 'Ban Tuyên giáo Trung ương',
  publisher_en: 'Central Propaganda Department of the Communist Party of Viet Nam',
  publisher_lo: 'ຄະນະໂຄສະນາອົບຮົມສູນກາງພັກກອມມູນິດຫວຽດນາມ',
  reports_for_vi: '',
  reports_for_en: '',
  published: '2017',
  url: '',
  language: 'vi'
};

describe('placeOf: five real lines of the book', () => {
  const cases: [number, string, string][] = [
    [30, 'Lời mở đầu', 'Introduction'],
    [500, 'Chương II, mục I', 'Chapter II, section I'],
    [1984, 'Chương III, mục II', 'Chapter III, section II'], // 240 million USD in 2006
    [2500, 'Chương III, mục III', 'Chapter III, section III'],
    [3700, 'Chương IV, mục II', 'Chapter IV, section II']
  ];
  for (const [line, vi, en] of cases)
    it(`line ${line}: ${vi}`, () => {
      expect(placeOf(book, line, 'vi').place).toBe(vi);
      expect(placeOf(book, line, 'en').place).toBe(en);
    });
  it('names the unnumbered heading apart', () => {
    expect(placeOf(book, 1984, 'vi').heading).toBe('Hợp tác trong lĩnh vực kinh tế, văn hóa, khoa học - kỹ thuật');
    expect(placeOf(book, 500, 'vi').heading).toBe('');
  });
});

describe('placeOf: the Sơn La booklet', () => {
  it('cites parts by their printed ordinal and sections by their numbers', () => {
    expect(placeOf(booklet, 172, 'vi').place).toBe('Phần thứ ba, mục 1');
    expect(placeOf(booklet, 200, 'vi').place).toBe('Phần thứ ba, mục 2.3');
    expect(placeOf(booklet, 200, 'en').place).toBe('Part 3, section 2.3');
    expect(placeOf(booklet, 15, 'vi').place).toBe('Phần thứ nhất, mục I.2');
    expect(placeOf(booklet, 3, 'vi').place).toBe('');
  });
});

describe('citation', () => {
  it('cites a document by publisher, year, title, chapter, section and line', () => {
    const vi = citation(bookSource, 'line 1984', book, 'vi');
    expect(citationText(vi)).toBe('Ban Tuyên giáo Trung ương (2017), Lịch sử quan hệ đặc biệt Việt Nam – Lào (1930 - 2017), Chương III, mục II — dòng 1984');
    expect(placeText(vi)).toBe('Chương III, mục II — dòng 1984');
    expect(placeText(vi, { heading: true })).toBe('Chương III, mục II, “Hợp tác trong lĩnh vực kinh tế, văn hóa, khoa học - kỹ thuật” — dòng 1984');
    const en = citation(bookSource, 'line 1984', book, 'en');
    expect(citationText(en)).toBe(
      'Central Propaganda Department of the Communist Party of Viet Nam (2017), History of the Special Relationship between Viet Nam and Laos (1930–2017), Chapter III, section II — line 1984'
    );
    // The heading is in the document's words: Vietnamese, marked so on an English page.
    expect(en.headingLang).toBe('vi');
    expect(vi.headingLang).toBe('');
  });

  it('cites a line before any heading by the line alone', () => {
    expect(citationText(citation(bookSource, 'line 3', outlineOf(['a', 'b', 'c']), 'vi'))).toBe(
      'Ban Tuyên giáo Trung ương (2017), Lịch sử quan hệ đặc biệt Việt Nam – Lào (1930 - 2017) — dòng 3'
    );
  });

  it('cites a web page by publisher, date, title and address', () => {
    const page: CiteSource = {
      ...bookSource,
      tier: 'press',
      title_vi: 'Tổng Bí thư lên đường thăm Lào',
      title_en: 'General Secretary leaves for Laos',
      publisher_vi: 'Báo VnExpress',
      publisher_en: 'VnExpress',
      publisher_lo: 'VnExpress',
      published: '2025-12',
      url: 'https://vnexpress.net/x',
      language: 'vi'
    };
    expect(citationText(citation(page, 'https://vnexpress.net/x', undefined, 'vi'))).toBe('Báo VnExpress (12/2025), Tổng Bí thư lên đường thăm Lào, https://vnexpress.net/x');
    expect(citationText(citation(page, 'https://vnexpress.net/x', undefined, 'en'))).toBe('VnExpress (Dec 2025), General Secretary leaves for Laos, https://vnexpress.net/x');
    expect(citation({ ...page, published: 'undated' }, page.url, undefined, 'vi').date).toBe('không ghi ngày');
    // The source as a whole: a page keeps its address, a document its year.
    expect(citationText(citation(page, '', undefined, 'vi'))).toBe('Báo VnExpress (12/2025), Tổng Bí thư lên đường thăm Lào, https://vnexpress.net/x');
    expect(citationText(citation(bookSource, '', book, 'en'))).toBe(
      'Central Propaganda Department of the Communist Party of Viet Nam (2017), History of the Special Relationship between Viet Nam and Laos (1930–2017)'
    );
  });

  it('marks an original English title kept in the Vietnamese column as English', () => {
    const english: CiteSource = { ...bookSource, title_vi: 'Quang Tri links with Laos provinces', title_en: 'Quang Tri links with Laos provinces', language: 'en', url: 'https://x.vn/a' };
    expect(citation(english, 'https://x.vn/a', undefined, 'vi').titleLang).toBe('en');
    expect(citation(english, 'https://x.vn/a', undefined, 'en').titleLang).toBe('');
    const translated: CiteSource = { ...english, title_vi: 'Quảng Trị kết nối với các tỉnh của Lào' };
    expect(citation(translated, 'https://x.vn/a', undefined, 'vi').titleLang).toBe('');
  });

  it('cites in Lao: Lao publisher and places, the title as published, marked with its language', () => {
    const lo = citation(bookSource, 'line 1984', book, 'lo');
    expect(citationText(lo)).toBe('ຄະນະໂຄສະນາອົບຮົມສູນກາງພັກກອມມູນິດຫວຽດນາມ (2017), Lịch sử quan hệ đặc biệt Việt Nam – Lào (1930 - 2017), ບົດທີ III, ຂໍ້ II — ແຖວ 1984');
    expect(lo.titleLang).toBe('vi');
    expect(lo.headingLang).toBe('vi');
    expect(placeOf(book, 30, 'lo').place).toBe('ບົດນຳ');
    expect(placeOf(booklet, 200, 'lo').place).toBe('ພາກທີ 3, ຂໍ້ 2.3');
    const english: CiteSource = { ...bookSource, title_vi: 'Quảng Trị kết nối với các tỉnh của Lào', title_en: 'Quang Tri links with Laos provinces', language: 'en', published: '2025-01-10', url: 'https://x.vn/a' };
    const page = citation(english, 'https://x.vn/a', undefined, 'lo');
    expect([page.title, page.titleLang, page.date]).toEqual(['Quang Tri links with Laos provinces', 'en', '10 ມັງກອນ 2025']);
    expect(citation({ ...english, published: 'undated' }, english.url, undefined, 'lo').date).toBe('ບໍ່ລະບຸວັນທີ');
  });
});
