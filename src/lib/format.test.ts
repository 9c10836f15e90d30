import { describe, expect, it } from 'vitest';
import { axisTickFormatter, formatChange, formatObservedValue, formatOnAxis, formatPeriod, formatValue, monthNames, statusName, tierName } from './format';

describe('formatValue', () => {
  it('writes money in the scale words of each language', () => {
    expect(formatValue(1.1e9, 'USD', 'vi')).toBe('1,1 tỷ USD');
    expect(formatValue(1.1e9, 'USD', 'en')).toBe('1.1 billion USD');
    expect(formatValue(823.4e6, 'USD', 'vi')).toBe('823,4 triệu USD');
    expect(formatValue(1125e6, 'USD', 'vi')).toBe('1,125 tỷ USD');
    expect(formatValue(45e6, 'USD', 'en', { short: true })).toBe('45m USD');
  });
  it('groups counts by the page convention', () => {
    expect(formatValue(14050, 'persons', 'vi')).toBe('14.050 người');
    expect(formatValue(14050, 'persons', 'en')).toBe('14,050 people');
    expect(formatValue(1, 'projects', 'en')).toBe('1 project');
  });
  it('makes bounds and estimates read as such', () => {
    expect(formatObservedValue(3e9, 'USD', 'lower_bound', 'vi')).toBe('hơn 3 tỷ USD');
    expect(formatObservedValue(3e9, 'USD', 'lower_bound', 'en')).toBe('more than 3 billion USD');
    expect(formatObservedValue(2.2e9, 'USD', 'estimate', 'en')).toBe('est. 2.2 billion USD');
  });
});

describe('formatPeriod', () => {
  it('joins ends with an en dash', () => {
    expect(formatPeriod('2010', '2011', 'vi')).toBe('2010–2011');
    expect(formatPeriod('2015', '2015', 'en')).toBe('2015');
    expect(formatPeriod('2025-01', '2025-09', 'vi')).toBe('1–9/2025');
    expect(formatPeriod('2025-01', '2025-09', 'en')).toBe('Jan–Sep 2025');
    expect(formatPeriod('1977-07-18', '1977-07-18', 'en')).toBe('18 Jul 1977');
  });
  it('keeps the days of both ends, writing the year (and a shared month) once', () => {
    expect(formatPeriod('1950-08-13', '1950-08-15', 'vi')).toBe('13–15/8/1950');
    expect(formatPeriod('1950-08-13', '1950-08-15', 'en')).toBe('13–15 Aug 1950');
    expect(formatPeriod('1955-03-22', '1955-04-06', 'vi')).toBe('22/3–6/4/1955');
    expect(formatPeriod('1955-03-22', '1955-04-06', 'en')).toBe('22 Mar–6 Apr 1955');
  });
  it('writes both ends in full when their precision differs or the years do', () => {
    expect(formatPeriod('1977-08', '1978-11-13', 'vi')).toBe('8/1977–13/11/1978');
    expect(formatPeriod('2016-07', '2016-08-02', 'en')).toBe('Jul 2016–2 Aug 2016');
    expect(formatPeriod('1969-10', '1970-04', 'en')).toBe('Oct 1969–Apr 1970');
  });
});

describe('numbers for axes and changes', () => {
  it('uses one scale across an axis', () => {
    const { format, title } = axisTickFormatter('USD', 3e9, 'vi');
    expect(format(500e6)).toBe('0,5');
    expect(title).toBe('tỷ USD');
    expect(axisTickFormatter('USD', 800e6, 'en').title).toBe('million USD');
  });
  it('signs computed changes', () => {
    expect(formatChange(0.085, 'vi')).toBe('+8,5%');
    expect(formatChange(-0.129, 'en')).toBe('-12.9%');
  });
});

describe('formatOnAxis', () => {
  it('writes a value in its axis scale with every digit formatValue keeps', () => {
    expect(formatOnAxis(823.4e6, 'USD', 3e9, 'vi')).toBe('0,8234');
    expect(formatOnAxis(380e6, 'USD', 3e9, 'en')).toBe('0.38');
    expect(formatOnAxis(1.02e9, 'USD', 6e9, 'vi')).toBe('1,02');
    expect(formatOnAxis(45e6, 'USD', 500e6, 'vi')).toBe('45');
    expect(formatOnAxis(87, 'projects', 500, 'en')).toBe('87');
  });
});

describe('Lao', () => {
  it('writes numbers as Intl writes lo-LA, and as Vietnamese pages do (the stand-in where a browser lacks Lao)', () => {
    for (const [value, options] of [
      [1234567.5, { maximumFractionDigits: 1 }],
      [1234, {}],
      [0.5, { maximumFractionDigits: 2 }],
      [0.085, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }],
      [-0.129, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }]
    ] as [number, Intl.NumberFormatOptions][])
      expect(new Intl.NumberFormat('lo-LA', options).format(value)).toBe(new Intl.NumberFormat('vi-VN', options).format(value));
    expect(formatValue(1.1e9, 'USD', 'lo')).toBe('1,1 ຕື້ USD');
    expect(formatValue(823.4e6, 'USD', 'lo', { short: true })).toBe('823,4 ລ້ານ USD');
    expect(formatValue(14050, 'persons', 'lo')).toBe('14.050 ຄົນ');
    expect(formatChange(0.085, 'lo')).toBe('+8,5%');
  });
  it('makes bounds and estimates read as such', () => {
    expect(formatObservedValue(3e9, 'USD', 'lower_bound', 'lo')).toBe('ຫຼາຍກວ່າ 3 ຕື້ USD');
    expect(formatObservedValue(2.2e9, 'USD', 'estimate', 'lo')).toBe('ຄາດຄະເນ 2,2 ຕື້ USD');
    expect(axisTickFormatter('USD', 3e9, 'lo').title).toBe('ຕື້ USD');
  });
  it('names the months as CLDR does for lo-LA (Node’s Intl), in full', () => {
    const intl = new Intl.DateTimeFormat('lo-LA', { month: 'long', timeZone: 'UTC' });
    expect(monthNames.lo).toEqual(Array.from({ length: 12 }, (_, i) => intl.format(new Date(Date.UTC(2025, i, 15)))));
    expect(formatPeriod('2025-01', '2025-09', 'lo')).toBe('ມັງກອນ–ກັນຍາ 2025');
    expect(formatPeriod('1977-07-18', '1977-07-18', 'lo')).toBe('18 ກໍລະກົດ 1977');
    expect(formatPeriod('1950-08-13', '1950-08-15', 'lo')).toBe('13–15 ສິງຫາ 1950');
    expect(formatPeriod('1955-03-22', '1955-04-06', 'lo')).toBe('22 ມີນາ–6 ເມສາ 1955');
    expect(formatPeriod('2010', '2011', 'lo')).toBe('2010–2011');
    // The day a page was updated, as Intl's long date writes it.
    expect(formatPeriod('2026-12-01', '2026-12-01', 'lo')).toBe(new Intl.DateTimeFormat('lo-LA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 11, 1))));
  });
  it('names statuses and tiers in Lao', () => {
    expect(statusName('lower_bound', 'lo')).toBe('ຂອບເຂດລຸ່ມ (“ຫຼາຍກວ່າ”)');
    expect(tierName('press', 'lo')).toBe('ສື່ມວນຊົນ');
  });
});
