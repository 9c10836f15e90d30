/**
 * One thing wrong with the data, at a place a person can open: `data/x.csv:57: message`, or
 * `data/x.csv: message` (line 0) for the whole file (missing, cut short, no rows).
 */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`;
}
