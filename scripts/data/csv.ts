import { csvParseRows } from 'd3-dsv';
import type { Problem } from './problems';

export interface CsvTable {
  file: string;
  header: string[];
  /** Each record with the 1-based physical line it starts on. */
  rows: { line: number; values: Record<string, string> }[];
}

/**
 * Parses a CSV file strictly: UTF-8 without BOM, LF line endings, a header naming exactly the
 * expected columns, and the same number of fields on every row. Problems are reported with the
 * physical line they occur on (a quoted field may span lines).
 */
export function readCsv(file: string, text: string, required: string[], optional: string[] = []): { table?: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (line: number, message: string) => problems.push({ file, line, message });
  if (text.charCodeAt(0) === 0xfeff) {
    at(1, 'file starts with a byte-order mark; save it as UTF-8 without BOM');
    return { problems };
  }
  if (text.trim() === '') {
    at(1, 'file is empty; expected a header row');
    return { problems };
  }
  const crlf = text.indexOf('\r');
  if (crlf >= 0) {
    at(text.slice(0, crlf).split('\n').length, 'line ends with CR (Windows line endings); use LF only');
    return { problems };
  }

  // One record per line: a quote left open at the end of a line is a mistake on that line (fields
  // never hold line breaks here, which keeps every problem's line number exact).
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    if ((l.match(/"/g)?.length ?? 0) % 2 === 1) at(i + 1, 'quoted field is never closed (unbalanced ")');
  });
  if (problems.length) return { problems };
  const starts = lines.map((_, i) => i + 1);

  const raw = csvParseRows(text.endsWith('\n') ? text.slice(0, -1) : text);
  const header = raw[0].map((h) => h.trim());
  const allowed = new Set([...required, ...optional]);
  const missing = required.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !allowed.has(c));
  const dupes = header.filter((c, i) => header.indexOf(c) !== i);
  if (missing.length) at(1, `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  if (unknown.length) at(1, `unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  if (dupes.length) at(1, `column named twice: ${dupes.join(', ')}`);
  if (problems.length) return { problems };

  const rows: CsvTable['rows'] = [];
  raw.slice(1).forEach((fields, i) => {
    const lineNo = starts[i + 1] ?? starts[starts.length - 1];
    if (fields.length === 1 && fields[0] === '') {
      at(lineNo, 'empty line');
      return;
    }
    if (fields.length !== header.length) {
      at(lineNo, `row has ${fields.length} fields, the header has ${header.length}`);
      return;
    }
    const values: Record<string, string> = {};
    header.forEach((h, j) => (values[h] = fields[j]));
    rows.push({ line: lineNo, values });
  });
  return { table: { file, header, rows }, problems };
}
