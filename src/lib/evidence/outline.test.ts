import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingsAt, outlineOf, romanValue } from './outline';

const read = (file: string) => readFileSync(`data/documents/${file}`, 'utf8').split('\n');
const book = outlineOf(read('000_b713fa1086e36c6c.txt'));
const booklet = outlineOf(read('001_94a1f6e44f95dd26.txt'));
const path = (outline: typeof book, line: number) => headingsAt(outline, line).map((h) => `${h.kind} ${h.number}`.trim());

describe('outlineOf on the book (000)', () => {
  it('finds the four chapters with their titles in capitals, joined onto one line', () => {
    const chapters = book.filter((h) => h.kind === 'chapter');
    expect(chapters.map((h) => [h.line, h.number])).toEqual([
      [66, 'I'],
      [401, 'II'],
      [1136, 'III'],
      [2771, 'IV']
    ]);
    expect(chapters[2].label).toBe('HỢP TÁC TOÀN DIỆN VIỆT NAM – LÀO (1975 – 2017)');
  });

  it('finds the Roman sections, a title running onto a second line included', () => {
    const sections = book.filter((h) => h.kind === 'section').map((h) => `${h.line} ${h.number}`);
    expect(sections).toEqual(['76 I', '198 II', '409 I', '642 II', '1142 I', '1512 II', '2280 III', '2779 I', '3616 II']);
    expect(book.find((h) => h.line === 409)?.label).toBe('LIÊN MINH CHIẾN ĐẤU VIỆT NAM – LÀO CHỐNG THỰC DÂN PHÁP XÂM LƯỢC (1945 – 1954)');
  });

  it('keeps footnotes and lines of a poem out', () => {
    // 1808 is a footnote "2. Biên bản thỏa thuận …"; 825–831 a poem of four short lines.
    expect(book.some((h) => h.line === 1808)).toBe(false);
    expect(book.some((h) => h.line >= 825 && h.line <= 831)).toBe(false);
  });

  it('finds the unnumbered headings of a section, a dash heading on two lines included', () => {
    expect(book.find((h) => h.line === 1902)?.label).toBe('Hợp tác trong lĩnh vực kinh tế, văn hóa, khoa học - kỹ thuật');
    expect(book.find((h) => h.line === 2472)?.label).toBe('Hợp tác trong lĩnh vực kinh tế, văn hóa, giáo dục, khoa học – công nghệ');
    expect(book.find((h) => h.line === 3457)?.label).toBe('Ý nghĩa lịch sử');
  });

  it('places real lines under their chapter and section', () => {
    expect(path(book, 30)).toEqual(['front']); // the introduction
    expect(path(book, 500)).toEqual(['chapter II', 'section I']); // the Lao resistance front, 1950
    expect(path(book, 1984)).toEqual(['chapter III', 'section II', 'heading']); // trade: 240 million USD in 2006
    expect(path(book, 2200)).toEqual(['chapter III', 'section II', 'heading']); // twinned provinces
    expect(path(book, 2500)).toEqual(['chapter III', 'section III', 'heading']); // the intergovernmental committee
  });
});

describe('outlineOf on the Sơn La booklet (001)', () => {
  it('reads "Phần thứ ba" and "PHẦN THỨ TƯ" as parts 3 and 4', () => {
    expect(booklet.filter((h) => h.kind === 'part').map((h) => [h.line, h.number])).toEqual([
      [6, '1'],
      [73, '2'],
      [154, '3'],
      [238, '4']
    ]);
  });
  it('nests "2.3-" under "2-" under the part', () => {
    expect(path(booklet, 200)).toEqual(['part 3', 'subsection 2', 'subsection 2.3']);
    expect(path(booklet, 15)).toEqual(['part 1', 'section I', 'subsection 2']);
  });
});

describe('outlineOf on made-up text', () => {
  it('needs numbers in sequence', () => {
    expect(outlineOf(['Chương I', '', '3. Không phải đề mục', '']).map((h) => h.kind)).toEqual(['chapter']);
    expect(outlineOf(['I. MỘT', 'chữ', 'II. HAI', 'IV. BỐN']).map((h) => h.number)).toEqual(['I', 'II']);
  });
  it('reads Roman numbers', () => {
    expect([romanValue('IV'), romanValue('IX'), romanValue('XIV')]).toEqual([4, 9, 14]);
  });
});
