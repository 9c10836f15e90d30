// The prerendered list as the build writes it (markup.node.ts, TimelineList.svelte, server.ts).
import { describe, expect, it } from 'vitest';
import raw from '$lib/data/generated/dataset.json';
import type { Dataset } from '$lib/data/types';
import { timelineMarkup } from './markup.node';
import { timelineEvents, timelineFacets } from './server';

const dataset = raw as unknown as Dataset;

describe('timeline events', () => {
  it('holds every milestone of the data, once, in date order', () => {
    for (const lang of ['vi', 'en'] as const) {
      const events = timelineEvents(lang);
      expect(events.map((e) => e.id).sort()).toEqual(dataset.milestones.map((m) => m.milestone_id).sort());
      const dates = events.map((e) => e.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
  it('cites publisher (year), title and line in the page language, and links to the source entry', () => {
    const vi = timelineEvents('vi').find((e) => e.id === 'ev-1945-10-16-mutual-assistance-treaty')!;
    expect(vi.cite).toMatch(/^.+ \(\d{4}\), .+ — dòng \d+$/);
    expect(vi.sourceHref).toBe(`/vi/sources/#ms-${vi.id}`);
    const en = timelineEvents('en').find((e) => e.id === vi.id)!;
    expect(en.cite).toMatch(/^.+ \(\d{4}\), .+ — line \d+$/);
    expect(en.title).not.toBe(vi.title);
    expect(en.quote).toBe(vi.quote);
  });
  it('names sources in notes instead of showing their ids', () => {
    for (const lang of ['vi', 'en'] as const) {
      const withIds = timelineEvents(lang).filter((e) => /\bseed-\d/i.test(e.note));
      expect(withIds.map((e) => e.id)).toEqual([]);
    }
  });
  it('keeps the two dates the documents give for the border completion, each saying so', () => {
    const border = timelineEvents('vi').filter((e) => e.kind === 'border' && e.date.startsWith('1986'));
    expect(border.map((e) => e.date)).toEqual(['1986-01-24', '1986-11-24']);
    for (const e of border) {
      expect(e.note).toContain('24/1/1986');
      expect(e.note).toContain('24/11/1986');
    }
  });
  it('offers every kind and decade the data has', () => {
    const f = timelineFacets();
    expect(f.total).toBe(dataset.milestones.length);
    expect(f.kinds.reduce((n, k) => n + k.count, 0)).toBe(f.total);
    expect(f.decades[0]).toBe(1920);
    expect(f.decades.at(-1)).toBe(2020);
  });
});

describe('timelineMarkup', () => {
  const html = timelineMarkup('vi', null);
  it('renders every event with its anchor, kind, years and quote in its source language', () => {
    expect(html.match(/<li class="tl-event[^"]*" id="ev-/g)?.length).toBe(dataset.milestones.length);
    for (const m of dataset.milestones) expect(html).toContain(`id="${m.milestone_id}"`);
    expect(html).toContain('data-kind="treaty"');
    expect(html).toMatch(/<blockquote class="tl-quote" lang="vi"/);
    expect(html).toContain('id="decade-1970"');
    expect(html).toContain('id="period-1954-1975"');
  });
  it('renders one kind alone for the page of that kind', () => {
    const border = timelineMarkup('en', 'border');
    expect(border.match(/data-event/g)?.length).toBe(dataset.milestones.filter((m) => m.kind === 'border').length);
    expect(border).not.toContain('data-kind="treaty"');
    expect(border).toContain('Border');
  });
});
