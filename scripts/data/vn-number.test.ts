import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbersInText, readNumbers, statusConflict, valueInQuote } from './vn-number';

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
  it('reads a number with its multiplier only, and years never', () => {
    expect(vi('năm 2015 đạt 890 triệu USD')).toEqual([890e6]);
    expect(vi('Năm học 2010-2011, có 4.709 lưu học sinh')).toEqual([4709]);
    expect(valueInQuote(240, 'tăng lên 240 triệu USD vào năm 2006', 'vi')).toMatchObject({
      ok: false,
      why: 'is the quote\'s "240 triệu" without its multiplier; write 240000000'
    });
    expect(valueInQuote(2006, 'tăng lên 240 triệu USD vào năm 2006', 'vi')).toMatchObject({
      ok: false,
      why: 'is a year in the quote ("năm 2006"), not a figure'
    });
  });
  it('tells a year from a count', () => {
    const years = (s: string, lang: 'vi' | 'en' = 'vi') => readNumbers(s, lang).filter((n) => n.year).map((n) => n.written);
    expect(years('2012 đạt 866 triệu USD')).toEqual([2012]);
    expect(years('tính đến tháng 1/2025, Việt Nam')).toEqual([2025]);
    expect(years('in the 2001-2005 period', 'en')).toEqual([2001, 2005]);
    expect(years('including 2012’s US$ 900 million', 'en')).toEqual([2012]);
    expect(years('1995 students enrolled', 'en')).toEqual([]);
    expect(years('có 12 tỉnh', 'vi')).toEqual([]);
  });
  it('does not read "tỉnh" (province) as "tỉ" (billion)', () => {
    expect(vi('có 1.046 học sinh Lào học tập tại 12 tỉnh')).toEqual([1046, 12]);
  });
  it('does not read a sentence end as a thousands separator', () => {
    expect(vi('đạt 734 triệu USD. Năm sau')).toEqual([734e6]);
  });
  it('reads a percentage as a percentage only', () => {
    expect(valueInQuote(16, 'up 16 percent', 'en', { unit: 'percent' }).ok).toBe(true);
    expect(valueInQuote(16, 'tăng 16%', 'vi', { unit: 'USD' })).toMatchObject({ ok: false, why: 'is the percentage "16%" in the quote, but the unit is USD' });
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
    expect(valueInQuote(1.2e6, '1.2 billion', 'en')).toMatchObject({ ok: false, why: 'is not a number in the quote (numbers read: 1200000000)' });
    expect(valueInQuote(1.2, '1.2 billion', 'en')).toMatchObject({ ok: false, why: 'is the quote\'s "1.2 billion" without its multiplier; write 1200000000' });
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

describe('qualifier words and the status', () => {
  const conflict = (status: Parameters<typeof statusConflict>[0], value: number, quote: string, lang: 'vi' | 'en' = 'vi') =>
    statusConflict(status, valueInQuote(value, quote, lang).matches);
  it.each([
    ['hơn 14.209 người', 14209, 'lower_bound', 'hơn'],
    ['trên 1.000 người', 1000, 'lower_bound', 'trên'],
    ['gần 2,5 tỷ USD', 2.5e9, 'upper_bound', 'gần'],
    ['dưới 500 người', 500, 'upper_bound', 'dưới'],
    ['khoảng 2,8 tỷ USD', 2.8e9, 'approximate', 'khoảng'],
    ['xấp xỉ 34%', 34, 'approximate', 'xấp xỉ'],
    ['năm 2024 ước đạt 2,2 tỷ USD', 2.2e9, 'estimate', 'ước đạt'],
    ['dự kiến cả năm đạt 2,2 tỷ USD', 2.2e9, 'estimate', 'dự kiến'],
    ['mục tiêu đạt 5 tỷ USD', 5e9, 'target', 'mục tiêu']
  ] as const)('"%s" is %s under %s', (quote, value, expected, words) => {
    expect(conflict('reported', value, quote)).toMatchObject({ expected, words });
    expect(conflict(expected, value, quote)).toBeUndefined();
  });
  it.each([
    ['more than 10,000 Lao students', 10000, 'lower_bound'],
    ['reached about US$723.5 million', 723.5e6, 'approximate'],
    ['almost US$3 billion', 3e9, 'upper_bound'],
    ['nearly 1,000 experts', 1000, 'upper_bound'],
    ['over 800 projects', 800, 'lower_bound'],
    ['some 1.7 billion USD', 1.7e9, 'approximate'],
    ['is estimated at US$ 1.1-1.2 billion', 1.1e9, 'estimate'],
    ['under 50 percent', 50, 'upper_bound']
  ] as const)('"%s" is %s (English)', (quote, value, expected) => {
    expect(conflict('reported', value, quote, 'en')?.expected).toBe(expected);
  });
  it('reads the qualifier of the number itself, not of its neighbour', () => {
    expect(conflict('reported', 1.37e9, 'from some 1 billion USD in 2020 to 1.37 billion USD in 2021', 'en')).toBeUndefined();
    expect(conflict('reported', 1.6e9, 'Năm 2023 đạt 1,6 tỷ USD, dự kiến năm 2024 đạt 2,2 tỷ USD')).toBeUndefined();
    expect(conflict('reported', 1e3, 'trên địa bàn tỉnh có 1.000 lưu học sinh')).toBeUndefined();
  });
  it('accepts any status when the quote has no qualifier word', () => {
    expect(conflict('lower_bound', 3e9, 'lần đầu tiên cán mốc 3 tỷ USD năm 2025')).toBeUndefined();
  });
  it('refuses a bound of the wrong side', () => {
    expect(conflict('upper_bound', 14209, 'hơn 14.209 người')).toMatchObject({ expected: 'lower_bound' });
  });
});

describe('numbers written the Vietnamese way (property-based)', () => {
  const vnFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
  const enFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
  const amount = fc.oneof(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 9_999_999 }).map((n) => n / 1000));
  const scales = [
    ['', 'persons', 1],
    ['nghìn', 'thousand', 1e3],
    ['triệu', 'million', 1e6],
    ['tỷ', 'billion', 1e9]
  ] as const;
  const scale = fc.constantFrom(...scales);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

  it('reads a number formatted with Intl vi-VN and a scale word back, multiplied, and only multiplied', () => {
    fc.assert(
      fc.property(amount, scale, fc.constantFrom('đạt ', 'kim ngạch đạt ', 'tăng lên ', ''), (x, [vi], lead) => {
        const s = scales.find((k) => k[0] === vi)![2];
        const quote = `${lead}${vnFormat.format(x)}${vi ? ` ${vi}` : ''} USD`;
        expect(valueInQuote(x * s, quote, 'vi').ok).toBe(true);
        if (s !== 1 && !close(x, x * s)) expect(valueInQuote(x, quote, 'vi').ok).toBe(false);
      }),
      { numRuns: 500 }
    );
  });
  it('reads the English way too (en-US grouping and million/billion)', () => {
    fc.assert(
      fc.property(amount, scale, (x, [, en]) => {
        const s = scales.find((k) => k[1] === en)![2];
        const quote = `trade reached ${enFormat.format(x)} ${en === 'persons' ? 'USD' : `${en} USD`}`;
        expect(valueInQuote(x * s, quote, 'en').ok).toBe(true);
      }),
      { numRuns: 300 }
    );
  });
  it('never takes the year of "năm YYYY" or "in YYYY" for a figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), amount, (year, x) => {
        expect(valueInQuote(year, `Năm ${year} đạt ${vnFormat.format(x)} triệu USD`, 'vi').ok).toBe(year * 1 === x * 1e6);
        expect(valueInQuote(year, `${enFormat.format(x)} million USD in ${year}`, 'en').ok).toBe(year === x * 1e6);
      }),
      { numRuns: 300 }
    );
  });
  it('calls for the status of the qualifier word right before any number', () => {
    const words = [['hơn', 'lower_bound'], ['trên', 'lower_bound'], ['gần', 'upper_bound'], ['khoảng', 'approximate'], ['ước đạt', 'estimate']] as const;
    fc.assert(
      fc.property(amount.filter((x) => x > 0), scale, fc.constantFrom(...words), (x, [vi], [word, status]) => {
        const s = scales.find((k) => k[0] === vi)![2];
        const quote = `kim ngạch ${word} ${vnFormat.format(x)}${vi ? ` ${vi}` : ''} USD`;
        const found = valueInQuote(x * s, quote, 'vi');
        expect(statusConflict('reported', found.matches)?.expected).toBe(status);
        expect(statusConflict(status, found.matches)).toBeUndefined();
      }),
      { numRuns: 300 }
    );
  });
});

describe('numbers printed as words', () => {
  it('reads small numbers before a counted noun, and ordinals', async () => {
    const { valueInQuote } = await import('./vn-number');
    expect(valueInQuote(6, 'năm 2005 có sáu dự án với số vốn đóng góp của Lào là 4,3 triệu USD', 'vi').ok).toBe(true);
    expect(valueInQuote(3, 'tổng số vốn đăng ký là 1.020 triệu USD, xếp thứ ba trong tổng số 30 nước', 'vi').ok).toBe(true);
    expect(valueInQuote(5, 'Last year, there were five newly-registered projects', 'en').ok).toBe(true);
    expect(valueInQuote(3, 'Vietnam is the third biggest investor in Laos', 'en').ok).toBe(true);
  });
  it('never reads a year word, a name or a lone word as a number', async () => {
    const { valueInQuote } = await import('./vn-number');
    expect(valueInQuote(5, 'năm 2006 đạt 240 triệu USD', 'vi').ok).toBe(false);
    expect(valueInQuote(3, 'tỉnh Ba Vì', 'vi').ok).toBe(false);
    expect(valueInQuote(1, 'one of the provinces', 'en').ok).toBe(false);
  });
});
