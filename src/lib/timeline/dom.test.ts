// The filter working on the list exactly as the build renders it: the markup is rendered by Svelte's
// server renderer (so this runs in node) into a happy-dom document.
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFilter, loadList, readIndex } from './dom';
import { timelineMarkup } from './markup.node';
import { emptyState } from './state';

let document: Document;
beforeEach(() => {
  const window = new Window();
  document = window.document as unknown as Document;
  vi.stubGlobal('document', document);
  vi.stubGlobal('DOMParser', window.DOMParser);
});

function mountList(lang: 'vi' | 'en' = 'vi') {
  const list = document.createElement('div');
  list.id = 'timeline-events';
  list.innerHTML = timelineMarkup(lang, null);
  document.body.replaceChildren(list);
  return list;
}
const visibleIds = (list: HTMLElement) => [...list.querySelectorAll<HTMLElement>('[data-event]:not([hidden])')].map((li) => li.id);

afterEach(() => vi.unstubAllGlobals());

describe('readIndex', () => {
  it('reads every event with its kind, years and folded text', () => {
    const index = readIndex(mountList());
    expect(index.length).toBeGreaterThan(300);
    const treaty = index.find((e) => e.id === 'ev-1945-10-16-mutual-assistance-treaty')!;
    expect(treaty.kind).toBe('treaty');
    expect(treaty.years).toEqual([1945, 1945]);
    expect(treaty.text).toContain('hiep uoc tuong tro');
    // The citation and the date are not searched: only title, quote and note.
    expect(treaty.text).not.toContain('ban tuyen giao');
    expect(treaty.text).not.toContain('1930 2017');
  });
});

describe('applyFilter', () => {
  it('shows the events that match, hides the rest and every period left empty', () => {
    const list = mountList();
    const index = readIndex(list);
    const { shown, periods } = applyFilter(list, index, { kinds: ['border'], decade: 1980, q: '' });
    const ids = visibleIds(list);
    expect(shown).toBe(ids.length);
    expect(ids).toContain('ev-1986-01-24-border-demarcation-completed');
    expect(ids).toContain('ev-1986-11-24-border-demarcation-completed');
    for (const li of list.querySelectorAll<HTMLElement>('[data-event]:not([hidden])')) expect(li.dataset.kind).toBe('border');
    const openPeriods = [...list.querySelectorAll<HTMLElement>('[data-period]:not([hidden])')].map((s) => s.id);
    expect(openPeriods).toEqual(periods);
    expect(periods).toContain('period-1986-2010');
    expect(list.querySelector('#period-before-1930')!.hasAttribute('hidden')).toBe(true);
  });
  it('searches without diacritics, on an English page too (quotes stay Vietnamese)', () => {
    const list = mountList('en');
    const index = readIndex(list);
    applyFilter(list, index, { ...emptyState, q: 'hiep uoc huu nghi' });
    expect(visibleIds(list)).toContain('ev-1977-07-18-friendship-treaty');
    applyFilter(list, index, { ...emptyState, q: 'Treaty of Friendship' });
    expect(visibleIds(list)).toContain('ev-1977-07-18-friendship-treaty');
  });
  it('shows everything again when the filter is cleared, and reports zero when nothing matches', () => {
    const list = mountList();
    const index = readIndex(list);
    expect(applyFilter(list, index, { ...emptyState, q: 'zzzz không có' })).toEqual({ shown: 0, periods: [] });
    expect(list.querySelectorAll('[data-period]:not([hidden])')).toHaveLength(0);
    expect(applyFilter(list, index, emptyState).shown).toBe(index.length);
    expect(list.querySelectorAll('[hidden]')).toHaveLength(0);
  });
});

describe('loadList', () => {
  it('takes the list from the prerendered page of the address', async () => {
    const page = `<html><body><div id="timeline-events">${timelineMarkup('vi', 'trade')}</div></body></html>`;
    const fetch = vi.fn(async () => new Response(page, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const list = document.createElement('div');
    list.id = 'timeline-events';
    list.textContent = ' ';
    await loadList(list, '/vi/timeline/trade/');
    expect(fetch).toHaveBeenCalledWith('/vi/timeline/trade/', expect.anything());
    expect(readIndex(list).every((e) => e.kind === 'trade')).toBe(true);
    expect(readIndex(list).length).toBeGreaterThan(5);
  });
  it('fails loudly on a missing page', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    await expect(loadList(document.createElement('div'), '/vi/timeline/')).rejects.toThrow('404');
  });
});
