/**
 * What the reader chose on the map (a province, and the 63- or 34-unit view) and everything that
 * follows from it. The twinning page and its embed share it, and the URL carries it (?p=&units=34).
 * On the twinning page the view is the page's address (/twinning/34/): it passes `mode`, which then
 * decides the view.
 */
import { selectionMembers, selectionPartners, type LinkView, type Mode, type ProvinceShape } from './model';

interface MapData {
  provinces: ProvinceShape[];
  links: LinkView[];
}

export class MapSelection {
  slug = $state<string | null>(null);
  #mode = $state<Mode>('63');
  #fixedMode: (() => Mode) | undefined;
  #data: () => MapData;

  constructor(data: () => MapData, mode?: () => Mode) {
    this.#data = data;
    this.#fixedMode = mode;
  }

  get mode(): Mode {
    return this.#fixedMode ? this.#fixedMode() : this.#mode;
  }
  set mode(next: Mode) {
    this.#mode = next;
  }

  /** The selected province, or in the 34-unit view every former province of its 2025 unit. */
  readonly members = $derived.by(() => (this.slug ? selectionMembers(this.#data(), this.slug, this.mode) : []));
  readonly memberSlugs = $derived(this.members.map((p) => p.slug));
  readonly partners = $derived.by(() => selectionPartners(this.#data(), this.memberSlugs, this.mode));
  /** The selection's links. */
  readonly links = $derived.by(() => this.#data().links.filter((l) => this.memberSlugs.includes(l.vn.slug) || this.memberSlugs.includes(l.la.slug)));

  /** Takes the selection from a URL; an unknown province is ignored. */
  read(params: URLSearchParams) {
    const p = params.get('p');
    if (p && this.#data().provinces.some((x) => x.slug === p)) this.slug = p;
    if (params.get('units') === '34') this.mode = '34';
  }

  /** The selection written into query parameters, leaving any others as they are. */
  write(params: URLSearchParams): URLSearchParams {
    const out = new URLSearchParams(params);
    if (this.slug) out.set('p', this.slug);
    else out.delete('p');
    if (this.mode === '34') out.set('units', '34');
    else out.delete('units');
    return out;
  }

  /** `?p=son-la&units=34`, or '' for the whole map. */
  get query(): string {
    const q = this.write(new URLSearchParams()).toString();
    return q ? `?${q}` : '';
  }
}
