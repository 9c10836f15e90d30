/**
 * Which events a state shows. Apart from state.ts (the URL), which charts import for their link to
 * the timeline without the search and the periods.
 */
import { textMatches } from '$lib/search';
import { inDecade } from './model';
import type { TimelineState } from './state';

/** What the filter knows of one event: read from the prerendered list (see dom.ts). */
export interface IndexedEvent {
  id: string;
  kind: string;
  years: [number, number];
  /** Title, quote and note, folded once with foldName. */
  text: string;
}

/** Whether an event is shown: one of the kinds, in the decade, and the search text in it. */
export function matches(e: IndexedEvent, state: TimelineState): boolean {
  return (
    (state.kinds.length === 0 || (state.kinds as string[]).includes(e.kind)) &&
    (state.decade === null || inDecade(e.years, state.decade)) &&
    textMatches(e.text, state.q)
  );
}
