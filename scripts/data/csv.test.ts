// Property-based tests of the strict CSV reader against the site's one CSV writer: any table the
// writer writes, the reader reads back exactly; and the downloads' formula escaping changes a text
// cell only by a leading ' and never touches a number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../src/lib/csv';
import { readCsv } from './csv';
import { textProblem } from './text';

// Characters a data file holds, and the ones that make quoting hard: commas, quotes, spaces,
// Vietnamese and Lao letters, formula starts, an emoji outside the BMP.
const alphabet = [...'aAzZ09 .,;:"\'=+-@#%&()/\\|ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐƠƯ–—“”‘’ກຂຄ€😀'];
const text = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }).filter((s) => textProblem(s) === undefined);
const header = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,9}$/), { minLength: 1, maxLength: 6 });
const table = header.chain((h) => fc.tuple(fc.constant(h), fc.array(fc.array(text, { minLength: h.length, maxLength: h.length }), { maxLength: 12 })));

describe('CSV writer and strict reader (property-based)', () => {
  it('read(write(table)) is the table, for any text the reader accepts', () => {
    fc.assert(
      fc.property(table, ([h, rows]) => {
        const csv = toCsv(h, rows, { bom: false, escapeFormulas: false });
        const { table: read, problems } = readCsv('t.csv', csv, h);
        expect(problems).toEqual([]);
        expect(read!.header).toEqual(h);
        expect(read!.rows.map((r) => h.map((c) => r.values[c]))).toEqual(rows);
        // Each record on its own physical line, numbered from 2.
        expect(read!.rows.map((r) => r.line)).toEqual(rows.map((_, i) => i + 2));
      }),
      { numRuns: 300 }
    );
  });
  it('the same bytes read back from a Uint8Array (UTF-8 decoding is exact)', () => {
    fc.assert(
      fc.property(table, ([h, rows]) => {
        const bytes = new TextEncoder().encode(toCsv(h, rows, { bom: false, escapeFormulas: false }));
        const { table: read } = readCsv('t.csv', bytes, h);
        expect(read!.rows.map((r) => h.map((c) => r.values[c]))).toEqual(rows);
      }),
      { numRuns: 100 }
    );
  });
  it('a download differs only by its BOM, a leading \' on formula-like text, and numbers kept as numbers', () => {
    const number = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(
        header.filter((h) => h.length >= 2),
        fc.array(fc.tuple(number, text), { maxLength: 10 }),
        (h, pairs) => {
          const cols = h.slice(0, 2);
          const csv = toCsv(cols, pairs);
          expect(csv.startsWith(BOM)).toBe(true);
          const { table: read, problems } = readCsv('t.csv', csv.slice(1), cols);
          expect(problems).toEqual([]);
          read!.rows.forEach((r, i) => {
            const [n, s] = pairs[i];
            expect(Number(r.values[cols[0]])).toBe(n === 0 ? 0 : n);
            expect(r.values[cols[1]]).toBe(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
          });
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe('the strict reader refuses what a lenient one would mis-read', () => {
  it.each([
    ['a,b\n"x"y,z\n', 't.csv:2: field 1 (a): after its closing " comes "y,z"; only a comma may follow (is a comma missing, or an inner " not doubled?)'],
    ['a,b\nx"y,z\n', 't.csv:2: field 1 (a) has a " inside it: wrap the whole field in quotes and double each inner " ("like ""this""")'],
    ['a,b\n"x,z\n', 't.csv:2: quoted field is never closed (unbalanced ")'],
    ['a,b\nx,"y""\n', 't.csv:2: quoted field is never closed (unbalanced ")']
  ])('%j', (csv, message) => {
    const { problems } = readCsv('t.csv', csv, ['a', 'b']);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([message]);
  });
  it('keeps an empty last field and a quoted empty field', () => {
    const { table } = readCsv('t.csv', 'a,b\nx,\n"",y\n', ['a', 'b']);
    expect(table!.rows.map((r) => r.values)).toEqual([{ a: 'x', b: '' }, { a: '', b: 'y' }]);
  });
});
