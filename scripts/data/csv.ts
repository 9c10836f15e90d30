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

  // Where each record starts, tracking quotes so a newline inside a quoted field is not a record break.
  const starts: number[] = [1];
  let line = 1;
  let inQuote = false;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (!inQuote) quoteLine = line;
      inQuote = !inQuote;
    } else if (c === '\n') {
      line++;
      if (!inQuote && i + 1 < text.length) starts.push(line);
    }
  }
  if (inQuote) {
    at(quoteLine, 'quoted field is never closed (unbalanced ")');
    return { problems };
  }

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
