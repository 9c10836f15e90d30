import type { Problem } from './problems';
import { textProblem } from './text';

export interface CsvTable {
  file: string;
  header: string[];
  /**
   * Each record with the 1-based physical line it is on. A `broken` record (wrong field count,
   * bad text) has already been reported: its id is known, so references to it are not reported
   * again, but it is not checked further.
   */
  rows: { line: number; values: Record<string, string>; broken?: boolean }[];
}

/** A data file larger than this is a mistake (a pasted dump, a 10 MB note), not data. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ReadOptions {
  /** The longest text a column may hold, in characters. */
  maxLength?: (column: string) => number;
}

/**
 * Decodes a file's bytes as UTF-8 and refuses anything else: a file saved as Windows-1258 or
 * Windows-1252 has bytes that are not UTF-8, and reading it leniently would put U+FFFD (�) in
 * every Vietnamese name. Names the line of the first bad byte.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; problems: Problem[] } {
  if (bytes.length > MAX_FILE_BYTES)
    return { problems: [{ file, line: 0, message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a data file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB` }] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), problems: [] };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
    const hex = bytes[at].toString(16).toUpperCase().padStart(2, '0');
    return {
      problems: [
        { file, line, message: `not UTF-8 text (byte 0x${hex}); the file was saved in another encoding (such as Windows-1258 or Windows-1252): save it as UTF-8` }
      ]
    };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const [n, min, max] = c < 0x80 ? [0, 0, 0] : c >= 0xc2 && c <= 0xdf ? [1, 0x80, 0xbf] : c === 0xe0 ? [2, 0xa0, 0xbf] : c === 0xed ? [2, 0x80, 0x9f] : c >= 0xe1 && c <= 0xef ? [2, 0x80, 0xbf] : c === 0xf0 ? [3, 0x90, 0xbf] : c === 0xf4 ? [3, 0x80, 0x8f] : c > 0xf0 && c < 0xf4 ? [3, 0x80, 0xbf] : [-1, 0, 0];
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (d === undefined || d < lo || d > hi) return i;
    }
    i += n + 1;
  }
  return b.length - 1;
}

type Record4180 = { fields: string[] } | { error: string };

/**
 * One record of RFC 4180, strictly: a field is either plain (no `"` in it) or wrapped in `"` with
 * inner `"` doubled, and after the closing `"` comes a comma or the end of the line. A lenient
 * reader would take `"Customs"Office` or `"Tổng cục"Hải quan` as something, silently.
 */
function parseRecord(line: string, header?: string[]): Record4180 {
  const fields: string[] = [];
  const name = (i: number) => `field ${i + 1}${header?.[i] ? ` (${header[i]})` : ''}`;
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) return { error: 'quoted field is never closed (unbalanced ")' };
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i < line.length && line[i] !== ',') {
        const next = line.slice(i, i + 12);
        return { error: `${name(fields.length - 1)}: after its closing " comes "${next}"; only a comma may follow (is a comma missing, or an inner " not doubled?)` };
      }
    } else {
      const end = line.indexOf(',', i);
      const value = end < 0 ? line.slice(i) : line.slice(i, end);
      if (value.includes('"'))
        return { error: `${name(fields.length)} has a " inside it: wrap the whole field in quotes and double each inner " ("like ""this""")` };
      fields.push(value);
      i = end < 0 ? line.length : end;
    }
    if (i >= line.length) return { fields };
    i++; // the comma
    if (i === line.length) {
      fields.push('');
      return { fields };
    }
  }
}

/**
 * Parses a CSV file strictly: UTF-8 without BOM, LF line endings, a header naming exactly the
 * expected columns, RFC 4180 quoting, the same number of fields on every row, and no invisible or
 * broken characters in any field. Problems are reported with the physical line they occur on
 * (fields never hold line breaks here, which keeps every line number exact). A file whose text
 * cannot be read at all gives no table: nothing else is checked against it.
 */
export function readCsv(
  file: string,
  input: string | Uint8Array,
  required: string[],
  optional: string[] = [],
  opts: ReadOptions = {}
): { table?: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (line: number, message: string) => problems.push({ file, line, message });
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeUtf8(file, input);
    if (!decoded.text && decoded.text !== '') return { problems: decoded.problems };
    text = decoded.text;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    at(1, 'file starts with a byte-order mark; save it as UTF-8 without BOM');
    return { problems };
  }
  if (text.trim() === '') {
    at(1, 'file is empty; expected a header row');
    return { problems };
  }
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    at(text.slice(0, cr).split('\n').length, 'line ends with CR (Windows line endings); use LF only');
    return { problems };
  }

  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const head = parseRecord(lines[0]);
  if ('error' in head) {
    at(1, head.error);
    return { problems };
  }
  const header = head.fields.map((h) => h.trim());
  const allowed = new Set([...required, ...optional]);
  const missing = required.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !allowed.has(c));
  const dupes = header.filter((c, i) => header.indexOf(c) !== i);
  if (missing.length) at(1, `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  if (unknown.length) at(1, `unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  if (dupes.length) at(1, `column named twice: ${dupes.join(', ')}`);
  if (problems.length) return { problems };

  const rows: CsvTable['rows'] = [];
  lines.slice(1).forEach((l, i) => {
    const lineNo = i + 2;
    if (l === '') {
      at(lineNo, 'empty line');
      return;
    }
    const rec = parseRecord(l, header);
    const idOnly = (id: string) => rows.push({ line: lineNo, values: Object.fromEntries(header.map((h, j) => [h, j === 0 ? id : ''])), broken: true });
    if ('error' in rec) {
      at(lineNo, rec.error);
      idOnly(/^[^",]*/.exec(l)![0]);
      return;
    }
    if (rec.fields.length !== header.length) {
      at(lineNo, `row has ${rec.fields.length} fields, the header has ${header.length}`);
      idOnly(rec.fields[0]);
      return;
    }
    const values: Record<string, string> = {};
    let bad = false;
    header.forEach((h, j) => {
      const v = rec.fields[j];
      const max = opts.maxLength?.(h) ?? Infinity;
      if (v.length > max) {
        at(lineNo, `${h} is ${v.length.toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} are allowed`);
        bad = true;
        return;
      }
      const wrong = textProblem(v);
      if (wrong) {
        at(lineNo, `${h} ${wrong}`);
        bad = true;
      }
      values[h] = v;
    });
    // A row with broken text is not checked further: its other problems would be echoes.
    rows.push({ line: lineNo, values, ...(bad ? { broken: true } : {}) });
  });
  return { table: { file, header, rows }, problems };
}
