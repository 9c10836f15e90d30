import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { ChartView } from './view.svelte';
import type { ChartModel } from './types';

const model = {
  id: 'trade',
  years: [1990, 2025],
  defaultYears: [1990, 2025],
  series: [{ id: 'trade.total' }, { id: 'trade.exports_vn_to_la' }, { id: 'trade.imports_vn_from_la' }]
} as unknown as ChartModel;
const base = new URL('https://example.org/vi/trade/?theme=dark#chart');

function make(compact = false) {
  const sync = vi.fn();
  const view = new ChartView(() => model, { compact: () => compact, sync });
  return { view, sync };
}

describe('ChartView', () => {
  it('starts from the full view and keeps it for a URL that asks for nothing else', () => {
    const { view } = make();
    view.read(new URLSearchParams('theme=dark'));
    flushSync();
    expect(view.chosen).toBeNull();
    expect(view.view).toEqual({ from: 1990, to: 2025, series: ['total', 'exports', 'imports'], notes: true, secondary: true });
    expect(view.query).toBe('');
  });
  it('reads a view from the URL, and an embed keeps milestones off unless asked', () => {
    const { view } = make(true);
    view.read(new URLSearchParams('from=2006&series=total&secondary=0'));
    expect(view.view).toMatchObject({ from: 2006, to: 2025, series: ['total'], notes: false, secondary: false });
  });
  it('writes changes into the URL, keeping other parameters and the hash', () => {
    const { view, sync } = make();
    view.set({ from: 2010 }, base);
    expect(sync).toHaveBeenLastCalledWith('/vi/trade/?theme=dark&from=2010#chart');
    view.toggle('exports', false, base);
    expect(view.view.series).toEqual(['total', 'imports']);
    expect(sync).toHaveBeenLastCalledWith('/vi/trade/?theme=dark&from=2010&series=total,imports#chart');
  });
  it('never switches the last series off, orders a reversed range, and forgets a view equal to the full one', () => {
    const { view, sync } = make();
    view.set({ series: [] }, base);
    expect(view.view.series).toEqual(['total']);
    view.set({ from: 2020, to: 2010 }, base);
    expect(view.view).toMatchObject({ from: 2010, to: 2020 });
    view.set({ from: 1990, to: 2025, series: ['total', 'exports', 'imports'] }, base);
    expect(view.chosen).toBeNull();
    expect(sync).toHaveBeenLastCalledWith('/vi/trade/?theme=dark#chart');
  });
});
