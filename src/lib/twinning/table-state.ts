/**
 * The twinning table's filters and sort as URL query parameters, so a link reproduces the list a
 * reader narrowed down: `?q=hua+phan&country=LA&province=khammouane&level=district&sort=since&order=desc`.
 * Unknown or hostile values are ignored; parsing never throws. Only what differs from the full
 * list goes into the URL, and the map's own parameters (`p`, `units`) are left as they are.
 */
export const SORT_KEYS = ['vn', 'la', 'level', 'kind', 'since', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TableState {
  q: string;
  country: '' | 'VN' | 'LA';
  /** A province's slug: links with it at the chosen side (or either side). */
  province: string;
  level: string;
  kind: string;
  status: string;
  sort: SortKey;
  desc: boolean;
}

export const defaultTableState: TableState = { q: '', country: '', province: '', level: '', kind: '', status: '', sort: 'vn', desc: false };

/** The values each filter may take: anything else in a URL is dropped. */
export interface TableChoices {
  provinces: string[];
  levels: string[];
  kinds: string[];
  statuses: string[];
}

const PARAMS = ['q', 'country', 'province', 'level', 'kind', 'status', 'sort', 'order'] as const;
const MAX_QUERY = 100;

export function readTableState(params: URLSearchParams, choices: TableChoices): TableState {
  const pick = (name: string, allowed: readonly string[]) => {
    const v = params.get(name);
    return v !== null && allowed.includes(v) ? v : '';
  };
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const sort = pick('sort', SORT_KEYS) as SortKey | '';
  return {
    q,
    country: pick('country', ['VN', 'LA']) as TableState['country'],
    province: pick('province', choices.provinces),
    level: pick('level', choices.levels),
    kind: pick('kind', choices.kinds),
    status: pick('status', choices.statuses),
    sort: sort || 'vn',
    desc: params.get('order') === 'desc'
  };
}

/** The state written into query parameters, replacing the table's own and keeping every other. */
export function writeTableState(state: TableState, params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const p of PARAMS) out.delete(p);
  const set = (name: string, value: string) => value && out.set(name, value);
  set('q', state.q.trim());
  set('country', state.country);
  set('province', state.province);
  set('level', state.level);
  set('kind', state.kind);
  set('status', state.status);
  if (state.sort !== 'vn') out.set('sort', state.sort);
  if (state.desc) out.set('order', 'desc');
  return out;
}

export function sameTableState(a: TableState, b: TableState): boolean {
  return (Object.keys(defaultTableState) as (keyof TableState)[]).every((k) => a[k] === b[k]);
}
