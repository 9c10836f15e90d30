/**
 * When do sources disagree? Two values for the same series and period differ by more than half a
 * percent of the larger: below that it is rounding (823 vs 823.4 million). Used by the chart (the
 * ring and diamonds), the Sources page, the About page and the data build, which requires a reason
 * for every disagreement (data/disagreements.csv).
 */
export const DISAGREEMENT_SHARE = 0.005;

export function valuesDiffer(a: number, b: number): boolean {
  return Math.abs(a - b) > DISAGREEMENT_SHARE * Math.max(Math.abs(a), Math.abs(b), 1);
}

/** Whether any two of the values disagree. */
export function sourcesDisagree(values: number[]): boolean {
  return values.some((v, i) => values.slice(i + 1).some((w) => valuesDiffer(v, w)));
}

/** The key a disagreement is recorded under: series, locality and period. */
export function disagreementKey(o: { series_id: string; locality_id?: string; period_start: string; period_end: string }): string {
  return [o.series_id, o.locality_id ?? '', o.period_start, o.period_end].join('|');
}

/**
 * The periods where sources disagree, from observation rows: one entry per series, locality and
 * period with the values in conflict. Targets are plans, not measurements of the same thing.
 */
export function disagreements<
  O extends { series_id: string; locality_id?: string; period_start: string; period_end: string; value: number; status: string; source_id: string; locator: string }
>(observations: O[]): { key: string; rows: O[] }[] {
  const groups = new Map<string, O[]>();
  for (const o of observations) {
    if (o.status === 'target') continue;
    const key = disagreementKey(o);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups].filter(([, rows]) => sourcesDisagree(rows.filter((r) => !endOfRange(r, rows)).map((r) => r.value))).map(([key, rows]) => ({ key, rows }));
}

/** The upper end of a range one source prints ("từ 300–350 người"): its two ends are not two views. */
function endOfRange<O extends { status: string; source_id: string; locator: string }>(row: O, rows: O[]): boolean {
  return row.status === 'upper_bound' && rows.some((r) => r !== row && r.status === 'lower_bound' && r.source_id === row.source_id && r.locator === row.locator);
}
