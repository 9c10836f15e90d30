import { error } from '@sveltejs/kit';
import { decadeAnchors, groupByPeriod } from '$lib/timeline/model';
import { kindEntries, startYears, timelineEvents, timelineFacets } from '$lib/timeline/server';
import type { EntryGenerator } from './$types';

// /{lang}/timeline/ lists every event; /{lang}/timeline/{kind}/ those of one kind, the way to filter
// by kind without a script. The events themselves are not page data: the page has them as HTML
// (#timeline-markup), so this is only what the controls and the headings need.
export const entries: EntryGenerator = kindEntries;

const facets = timelineFacets();

export const load = ({ params }) => {
  const kind = facets.kinds.find((k) => k.kind === params.kind)?.kind ?? null;
  if (params.kind && !kind) error(404, 'Unknown kind of event');
  const events = timelineEvents('vi').filter((e) => kind === null || e.kind === kind);
  return {
    kind,
    facets,
    count: events.length,
    ...startYears(events),
    periods: groupByPeriod(events).map((g) => g.period.id),
    /** Decades with an anchor in the list (#decade-1970), for the links offered without a script. */
    anchoredDecades: [...decadeAnchors(events).values()]
  };
};
