/**
 * The one CSV writer of the site: the build's downloads (static/data/*.csv), each chart's CSV and
 * the twinning lists all go through `toCsv`.
 *
 * - A UTF-8 byte-order mark first, so Excel reads the file as UTF-8 and shows Vietnamese names
 *   ("Sơn La", not "SÆ¡n La").
 * - RFC 4180 quoting: a field with a comma, a double quote, a line break or a leading/trailing space
 *   is wrapped in `"`, with inner `"` doubled. Lines end with LF (as the data files do).
 * - Spreadsheet formula injection (OWASP): a text cell starting with `=`, `+`, `-`, `@`, a tab or a
 *   carriage return would run as a formula in Excel or LibreOffice (`=HYPERLINK("http://…"&A1)`), so
 *   it is written as text with a leading `'`. Numbers are written as numbers: -2.1 stays -2.1.
 */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true: every download has one). */
  bom?: boolean;
  /** Prefix formula-like text cells with `'` (default true). */
  escapeFormulas?: boolean;
}

export const BOM = '\ufeff';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted as RFC 4180 requires. */
export function csvField(cell: CsvCell, escapeFormulas = true): string {
  if (cell === null || cell === undefined) return '';
  let s: string;
  if (typeof cell === 'number') s = Number.isFinite(cell) ? String(cell) : '';
  else if (typeof cell === 'boolean') s = String(cell);
  else s = escapeFormulas && FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\n\r]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole table: the header row, then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], opts: CsvOptions = {}): string {
  const { bom = true, escapeFormulas = true } = opts;
  // A row of one empty field is written `""`: an empty line would read as no row at all.
  const line = (cells: readonly CsvCell[]) => cells.map((c) => csvField(c, escapeFormulas)).join(',') || (cells.length ? '""' : '');
  return (bom ? BOM : '') + [line(header), ...rows.map(line)].join('\n') + '\n';
}
