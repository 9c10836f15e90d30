/**
 * Which view of a chart the reader has (years, series, milestones, secondary sources), kept in the
 * URL so a link reproduces it. Like the map's MapSelection: the state is a small tested class and
 * ChartFigure only renders it.
 *
 * The prerendered page (and a reader without JavaScript) shows the full view; a URL asking for
 * another applies once the page runs. Until the reader or the URL chooses, `chosen` stays null, so
 * server rendering and hydration see the same view and nothing is redrawn.
 */
import type { ChartModel } from './types';
import { parseViewState, sameView, seriesKey, viewStateToQuery, type ViewState } from './view-state';

/** Query parameters a chart view owns; any others in the URL are kept as they are. */
const OWN = ['from', 'to', 'series', 'notes', 'secondary'];

export class ChartView {
  chosen = $state.raw<ViewState | null>(null);
  #model: () => ChartModel;
  #compact: () => boolean;
  /** Writes a URL without navigating (SvelteKit's replaceState in the app; a spy in tests). */
  #sync: (url: string) => void;

  constructor(model: () => ChartModel, opts: { compact?: () => boolean; sync: (url: string) => void; initial?: () => ViewState | null }) {
    this.#model = model;
    this.#compact = opts.compact ?? (() => false);
    this.#sync = opts.sync;
    // A prerendered view page starts from its own view, on the server and when it hydrates.
    this.chosen = opts.initial?.() ?? null;
  }

  readonly keys = $derived.by(() => this.#model().series.map((s) => seriesKey(s.id)));
  /** What the page shows before anyone asks for more: everything, with milestones on a full page. */
  readonly full = $derived.by<ViewState>(() => ({ from: this.#model().defaultYears[0], to: this.#model().defaultYears[1], series: this.keys, notes: !this.#compact(), secondary: true }));
  readonly view = $derived(this.chosen ?? this.full);
  /** The query string of the view (empty for the full view), for links, embeds and exports. */
  readonly query = $derived.by(() => viewStateToQuery(this.view, this.#model().defaultYears, this.keys));

  /** Takes the view from a URL. An embed's milestone flags stay off unless the URL asks for them. */
  read(params: URLSearchParams) {
    const fromUrl = parseViewState(params, this.#model().years, this.keys, this.#model().defaultYears);
    if (this.#compact() && !params.has('notes')) fromUrl.notes = false;
    // The usual case, a URL without a view, must not redraw the chart right after hydration.
    if (!sameView(fromUrl, this.full)) this.chosen = fromUrl;
  }

  /** Changes part of the view and writes it into the URL (`base` is the page's path and query). */
  set(next: Partial<ViewState>, base: URL) {
    const view = { ...this.view, ...next };
    if (view.series.length === 0) view.series = [this.keys[0]];
    if (view.from > view.to) [view.from, view.to] = [view.to, view.from];
    this.chosen = sameView(view, this.full) ? null : view;
    const params = new URLSearchParams(base.search);
    for (const k of OWN) params.delete(k);
    for (const [k, v] of new URLSearchParams(viewStateToQuery(view, this.#model().defaultYears, this.keys).slice(1))) params.set(k, v);
    const q = params.toString().replace(/%2C/g, ',');
    this.#sync(`${base.pathname}${q ? `?${q}` : ''}${base.hash}`);
  }

  /** Switches one series on or off (never the last one off). */
  toggle(key: string, on: boolean, base: URL) {
    this.set({ series: this.keys.filter((k) => (k === key ? on : this.view.series.includes(k))) }, base);
  }
}
