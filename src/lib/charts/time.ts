/**
 * Periods on a continuous time axis measured in decimal years. A year `2015` covers [2015, 2016)
 * and is drawn at its middle, 2015.5; a school year `2010`–`2011` is drawn at 2011.0, between the
 * two years it spans; `2025-01` covers January only.
 */
function parts(p: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = p.split('-').map(Number);
  return [y, m, d];
}

export function periodStartYear(p: string): number {
  const [y, m, d] = parts(p);
  if (m === undefined) return y;
  return y + (m - 1) / 12 + (d === undefined ? 0 : (d - 1) / 365);
}

export function periodEndYear(p: string): number {
  const [y, m, d] = parts(p);
  if (m === undefined) return y + 1;
  if (d === undefined) return y + m / 12;
  return y + (m - 1) / 12 + d / 365;
}

/** Where a period sits on the axis (its midpoint) and how long it is, in years. */
export function placePeriod(start: string, end: string): { x: number; x0: number; x1: number; years: number } {
  const x0 = periodStartYear(start);
  const x1 = periodEndYear(end);
  return { x: (x0 + x1) / 2, x0, x1, years: x1 - x0 };
}
