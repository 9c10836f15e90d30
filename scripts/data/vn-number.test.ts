import { describe, expect, it } from 'vitest';
import { numbersInText, valueInQuote } from './vn-number';

const vi = (s: string) => numbersInText(s, 'vi');
const en = (s: string) => numbersInText(s, 'en');

describe('Vietnamese numbers', () => {
  it.each([
    ['1.125 triệu USD', 1125e6],
    ['823,4 triệu USD', 823.4e6],
    ['hơn 3 tỷ USD', 3e9],
    ['14.050 lưu học sinh', 14050],
    ['tăng 8,5%', 8.5],
    ['45 triệu USD/năm', 45e6],
    ['1,16 tỷ USD', 1.16e9],
    ['215.700 kíp', 215700],
    ['2.000 tấn thóc', 2000],
    ['1,2 nghìn tỷ đồng', 1.2e12],
    ['năm 2016 đạt 823,4 triệu USD.', 823.4e6],
    ['1,1-1,2 tỷ USD', 1.2e9],
    ['khoảng 2,8 tỷ USD', 2.8e9],
    ['10 nghìn người', 10000],
    ['5,63 tỷ USD', 5.63e9]
  ])('%s → %d', (text, value) => {
    expect(valueInQuote(value, text, 'vi').ok).toBe(true);
  });
  it('keeps the unscaled number and years', () => {
    expect(vi('năm 2015 đạt 890 triệu USD')).toEqual(expect.arrayContaining([2015, 890, 890e6]));
    expect(vi('Năm học 2010-2011, có 4.709 lưu học sinh')).toEqual([2010, 2011, 4709]);
  });
  it('does not read a sentence end as a thousands separator', () => {
    expect(vi('đạt 734 triệu USD. Năm sau')).toEqual([734, 734e6]);
  });
});

describe('English numbers', () => {
  it.each([
    ['892.9 million USD', 892.9e6],
    ['more than 10,000 Lao students', 10000],
    ['1.1 billion', 1.1e9],
    ['US$ 1.1-1.2 billion', 1.1e9],
    ['US$ 1.1-1.2 billion', 1.2e9],
    ['$US 1.091 billion', 1.091e9],
    ['687.8 bidirectional 2001-2005 million', 687.8e6],
    ['8,478 students', 8478],
    ['up 34.6%', 34.6]
  ])('%s → %d', (text, value) => {
    expect(valueInQuote(value, text, 'en').ok).toBe(true);
  });
  it('rejects a value the quote does not state', () => {
    expect(valueInQuote(1.2e6, '1.2 billion', 'en')).toEqual({ ok: false, read: [1.2, 1.2e9] });
    expect(en('1,125 projects')).toEqual([1125]);
  });
});

describe('quoteUnitScale', () => {
  it('reads the unit a note declares for a table row', async () => {
    const { quoteUnitScale } = await import('./vn-number');
    expect(quoteUnitScale('triệu USD', 'vi')).toBe(1e6);
    expect(quoteUnitScale('tỷ USD', 'vi')).toBe(1e9);
    expect(quoteUnitScale('million USD', 'en')).toBe(1e6);
    expect(quoteUnitScale('', 'vi')).toBe(1);
  });
});

describe('printed falls', () => {
  it('accepts a negative value only when the quote says the figure fell', async () => {
    const { valueInQuote } = await import('./vn-number');
    expect(valueInQuote(-2.1, 'a slight decrease of 2.1 per cent year on year', 'en').ok).toBe(true);
    expect(valueInQuote(-31, 'kim ngạch giảm 31%', 'vi').ok).toBe(true);
    expect(valueInQuote(-2.1, 'an increase of 2.1 per cent', 'en').ok).toBe(false);
  });
});
