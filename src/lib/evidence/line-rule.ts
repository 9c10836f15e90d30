/**
 * The value that carries a chart's line when sources give several for one period. One rule, used
 * by every chart, table, export and the Sources page:
 *   1. final figures (reported, preliminary) before estimates, approximations and bounds;
 *   2. then the stronger source: official, then press, then secondary;
 *   3. then the latest dated publication (later reports revise earlier ones); an undated
 *      publication comes after every dated one.
 * Every other value stays on the chart as an alternative, so nothing is silently dropped.
 */
import type { Status, Tier } from '$lib/data/schema';
import { tierRank } from './source';

export interface Candidate {
  status: Status;
  tier: Tier;
  /** The source's `published`: YYYY, YYYY-MM, YYYY-MM-DD or `undated`. */
  published: string;
  /** Ties end on the id, so the choice never depends on file order. */
  id: string;
}

/** 0 for figures a source gives as final, 1 for estimates, approximations and bounds. */
export function firmness(status: Status): number {
  return status === 'reported' || status === 'preliminary' ? 0 : status === 'target' ? 2 : 1;
}

/** A sortable key of a publication date: undated sorts before every real date. */
function dateKey(published: string): string {
  return /^\d{4}/.test(published) ? published : '';
}

/** Negative when `a` should carry the line rather than `b`. */
export function compareForLine(a: Candidate, b: Candidate): number {
  return (
    firmness(a.status) - firmness(b.status) ||
    tierRank[a.tier] - tierRank[b.tier] ||
    dateKey(b.published).localeCompare(dateKey(a.published)) ||
    a.id.localeCompare(b.id)
  );
}

/** The candidates in the order the rule prefers them: the first carries the line. */
export function rankForLine<T extends Candidate>(candidates: T[]): T[] {
  return [...candidates].sort(compareForLine);
}
