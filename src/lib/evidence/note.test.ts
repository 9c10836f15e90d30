import { describe, expect, it } from 'vitest';
import { noteParts, noteText, pageNote, type NoteRefs } from './note';

const refs: NoteRefs = new Map([
  ['seed-001', { label: 'Ban Tuyên giáo Tỉnh ủy Sơn La (2017)', href: '/vi/sources/#src-seed-001' }],
  ['x-x014', { label: 'Xuất khẩu sang Lào 2021: 594,7 triệu USD', href: '/vi/sources/#obs-x-x014' }]
]);

describe('noteParts', () => {
  it('names the records a note points to by id, with a link', () => {
    const parts = noteParts('Cũng nêu ở Seed-001 dòng 157 và (x-x014).', 'vi', refs);
    expect(noteText(parts)).toBe('Cũng nêu ở Ban Tuyên giáo Tỉnh ủy Sơn La (2017) dòng 157 và (Xuất khẩu sang Lào 2021: 594,7 triệu USD).');
    expect(parts.filter((p) => p.href).map((p) => p.href)).toEqual(['/vi/sources/#src-seed-001', '/vi/sources/#obs-x-x014']);
  });
  it('leaves a longer token that only contains an id alone', () => {
    expect(noteText(noteParts('mã x-x0145 và seed-0011', 'vi', refs))).toBe('mã x-x0145 và seed-0011');
  });
  it('marks a phrase quoted in English on a Vietnamese page', () => {
    expect(noteParts('“Last year” (năm ngoái) là năm 2022; nguồn ghi là giảm ("down").', 'vi', refs)).toEqual([
      { text: '“' },
      { text: 'Last year', lang: 'en' },
      { text: '” (năm ngoái) là năm 2022; nguồn ghi là giảm ("' },
      { text: 'down', lang: 'en' },
      { text: '").' }
    ]);
  });
  it('keeps Vietnamese quotes, numbers and address slugs unmarked', () => {
    expect(noteParts('ghi "từ tháng 11 năm 1969", "2.184" và "quan-he-voi-malaysia"', 'vi', refs).some((p) => p.lang)).toBe(false);
  });
  it('marks a Vietnamese phrase on an English page, and a French one as French', () => {
    expect(noteParts('the book says "Sơn La hợp tác với sáu tỉnh"', 'en', refs)[1]).toEqual({ text: 'Sơn La hợp tác với sáu tỉnh', lang: 'vi' });
    expect(noteParts('tiêu đề gốc: "Le Laos affiche un excédent record"', 'vi', refs, 'fr')[1]).toEqual({ text: 'Le Laos affiche un excédent record', lang: 'fr' });
  });
});

describe('pageNote', () => {
  const note = { vi: 'Cũng nêu ở seed-001 dòng 157.', en: 'Also seed-001 line 157 ("from November 1969").' };
  const en: NoteRefs = new Map([['seed-001', { label: 'Propaganda Department of the Sơn La Provincial Party Committee (2017)', href: '/lo/sources/#src-seed-001' }]]);
  it('shows a note in the page language where the data has it', () => {
    expect(pageNote(note, 'vi', refs)).toEqual({ parts: noteParts(note.vi, 'vi', refs) });
  });
  it('shows the English note on a Lao page, marked as English, its records named in English and linked on the Lao page', () => {
    const shown = pageNote(note, 'lo', en);
    expect(shown.lang).toBe('en');
    expect(noteText(shown.parts)).toBe('Also Propaganda Department of the Sơn La Provincial Party Committee (2017) line 157 ("from November 1969").');
    expect(shown.parts.find((p) => p.href)?.href).toBe('/lo/sources/#src-seed-001');
  });
});
