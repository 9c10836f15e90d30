/**
 * The filter's side of the prerendered list (TimelineList.svelte): it reads each event's kind, years
 * and text from the HTML, and shows or hides items with the `hidden` attribute. So the page ships no
 * second copy of the events, and without a script every event stays in the page, readable.
 */
import { foldName } from '$lib/search';
import { matches, type IndexedEvent } from './filter';
import type { TimelineState } from './state';

/** What the filter needs of each event, read once from the list. */
export function readIndex(list: ParentNode): IndexedEvent[] {
  return [...list.querySelectorAll<HTMLElement>('[data-event]')].map((li) => {
    const [from, to] = (li.dataset.years ?? '').split(' ').map(Number);
    const text = [...li.querySelectorAll('[data-text]')].map((el) => el.textContent ?? '').join(' ');
    return { id: li.id, kind: li.dataset.kind ?? '', years: [from, to ?? from], text: foldName(text) };
  });
}

/**
 * Shows the events that match and hides the others, and each period section with none left; returns
 * how many events are shown and which periods still show some (by section id). Elements are touched
 * only when they change, so typing in the search box does not restyle 326 items at every key.
 */
export function applyFilter(list: ParentNode, index: IndexedEvent[], state: TimelineState): { shown: number; periods: string[] } {
  const shown = new Set(index.filter((e) => matches(e, state)).map((e) => e.id));
  for (const li of list.querySelectorAll<HTMLElement>('[data-event]')) {
    const hide = !shown.has(li.id);
    if (li.hidden !== hide) li.hidden = hide;
  }
  const periods: string[] = [];
  for (const section of list.querySelectorAll<HTMLElement>('[data-period]')) {
    const hide = section.querySelector('[data-event]:not([hidden])') === null;
    if (section.hidden !== hide) section.hidden = hide;
    if (!hide) periods.push(section.id);
  }
  return { shown: shown.size, periods };
}

/**
 * A page rendered in the browser (a client-side navigation) has no prerendered list: it takes the
 * list from the prerendered page of the same address, the one the build wrote.
 */
export async function loadList(list: HTMLElement, pathname: string): Promise<void> {
  const res = await fetch(pathname, { headers: { accept: 'text/html' } });
  if (!res.ok) throw new Error(`${pathname}: ${res.status}`);
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  const source = doc.getElementById(list.id);
  if (!source) throw new Error(`${pathname}: no #${list.id}`);
  list.replaceChildren(...[...source.childNodes].map((n) => document.importNode(n, true)));
}
