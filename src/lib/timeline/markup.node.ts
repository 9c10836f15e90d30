// '#timeline-markup' on the server: the whole list of events as HTML, for the prerendered page.
import { render } from 'svelte/server';
import type { MilestoneKind } from '$lib/data/schema';
import type { Lang } from '$lib/i18n';
import TimelineList from './TimelineList.svelte';
import { timelineEvents } from './server';

export function timelineMarkup(lang: Lang, kind: MilestoneKind | null): string {
  const events = timelineEvents(lang).filter((e) => kind === null || e.kind === kind);
  return render(TimelineList, { props: { events, lang } }).body;
}
