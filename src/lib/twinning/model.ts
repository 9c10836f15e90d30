/**
 * The twinning map and province profiles, assembled at build time from the dataset (who is linked
 * to whom, on what record) and the projected boundaries (where to draw it). Pages only show this.
 */
import { toCsv } from '$lib/csv';
import type { Dataset, Locality, Observation, TwinningLink } from '$lib/data/types';
import { citation, type Citation } from '$lib/evidence/cite';
import { pageNote, type ShownNote } from '$lib/evidence/note';
import { noteRefs } from '$lib/evidence/note-refs';
import { localizedSourceLabel, titleOf, type Localized } from '$lib/evidence/source';
import { columnsOf, langs, localized, textIn, type Lang, type ViEn } from '$lib/i18n';

export type Country = 'VN' | 'LA';
export type Mode = '63' | '34';
/** A place's name in each language (Lao in Lao script: ຫົວພັນ, ເຊີນລາ). */
export type Names = Localized;

/** The projected map written by the data build (scripts/data/map.ts). */
export interface MapData {
  width: number;
  height: number;
  vn: MapProvince[];
  la: MapProvince[];
  neighbours: { iso3: string; name_vi: string; name_en: string; d: string }[];
  units2025: { new_id: string; name_vi: string; name_lo: string; c: [number, number] }[];
  units2025Outline: string;
  border: string;
  labels: Record<'vn' | 'la', [number, number]>;
  islands: MapIsland[];
  gates: { link: string; at: [number, number]; la?: [number, number]; approximate: boolean }[];
  locator: { width: number; height: number; shapes: { iso: string; d: string }[] };
}

/** An archipelago drawn at sea: the frame around its islands and where its label goes. */
export interface MapIsland {
  id: 'hoangSa' | 'truongSa';
  /** The province it belongs to (Đà Nẵng, Khánh Hòa). */
  province: string;
  box: [number, number, number, number];
  /** Each island, as a point. */
  dots: [number, number][];
  label: [number, number];
  /** The label's side of the point: centred below it, or ending left of it. */
  place: 'below' | 'left';
}
interface MapProvince {
  iso: string;
  country: Country;
  name_vi: string;
  name_en: string;
  d: string;
  c: [number, number];
  b: [number, number, number, number];
  onBorder: boolean;
  new_id?: string;
}

/** The six centrally governed cities (thành phố trực thuộc trung ương) among the 34 units of 2025. */
const CITIES_2025 = new Set(['ha-noi', 'hai-phong', 'hue', 'da-nang', 'ho-chi-minh', 'can-tho']);

/** A 2025 unit a Viet Nam province now belongs to. */
export interface Unit2025 {
  id: string;
  /** The unit's name: Vietnamese on Vietnamese and English pages (the units have no English names), Lao on Lao ones. */
  name: Names;
  /** A centrally governed city (thành phố), not a province (tỉnh). */
  city: boolean;
  /**
   * What the merger did to this province: kept its borders ('unchanged'), took the others in under
   * its own name ('absorbing': Quảng Trị with Quảng Bình), or joined a unit named after another
   * ('merged': Quảng Bình into Quảng Trị).
   */
  role: 'unchanged' | 'absorbing' | 'merged';
  /** The unit's other pre-2025 provinces, by their names (Vietnamese on English pages, as the units are named). */
  others: Names[];
}

export interface ProvinceInfo {
  localityId: string;
  slug: string;
  iso: string;
  country: Country;
  name: Names;
  /** Every spelling a search should answer to. */
  names: string[];
  onBorder: boolean;
  unit: Unit2025 | null;
  linkCount: number;
}

/** A province on the map: its outline is drawn from geometry.ts, which loads with the map's script. */
export interface ProvinceShape extends ProvinceInfo {
  c: [number, number];
  /** Bounding box [x0, y0, x1, y1] in map coordinates. */
  b: [number, number, number, number];
}

/** The place a link names below its province: a district, city, commune or border gate. */
export interface LinkPlace {
  localityId: string;
  level: Locality['level'];
  name: Names;
  /** Every spelling a search should answer to. */
  names: string[];
}

export interface LinkEnd {
  localityId: string;
  /** The profile the end belongs to: a former province's links live on its successor's page. */
  slug: string;
  name: Names;
  /** Set when the record names a former province (e.g. Hà Nam Ninh, split in 1991). */
  former: { name: Names; from: string; to: string } | null;
  /** Set when the record names a place within the province. */
  place: LinkPlace | null;
  country: Country;
  /** The Viet Nam end's 2025 unit. */
  unit: Unit2025 | null;
}

/** Where the map draws a border-gate pair: a point on the border (two, when both gates have coordinates). */
export interface GateMark {
  at: [number, number];
  la?: [number, number];
  /** Placed on the shared border of its provinces, for want of coordinates. */
  approximate: boolean;
}

export interface LinkView {
  id: string;
  vn: LinkEnd;
  la: LinkEnd;
  level: TwinningLink['level'];
  kind: TwinningLink['kind'];
  since: string;
  status: TwinningLink['status'];
  /** The source, and the language its quote is in. */
  source: { id: string; label: Localized; title: Localized; file: string; language: string };
  /** How to cite the record, in each language (evidence/cite.ts). */
  locator: string;
  quote: string;
  /** The language the quote is written in (its source's), for `lang` on the quote. */
  quoteLang: string;
  cite: Record<Lang, Citation>;
  note: ViEn;
  /**
   * The note as each language's page shows it: records named by id become named links, quoted
   * foreign phrases get `lang`; on a Lao page the English note, marked so (the data has no Lao notes).
   */
  noteParts: Record<Lang, ShownNote>;
  /** The record the source names, in Vietnamese and English only: show it through textIn. */
  record: ViEn;
  lastVerified: string;
  /**
   * Curves in map coordinates, from the Viet Nam end to the Lao end, for both administrative maps.
   * A border-gate pair is its gate mark instead, with a curve only to a Lao province it is paired with.
   */
  curve: Record<Mode, string>;
  gate: GateMark | null;
}

/** Only for a link whose source the build did not know (the data build refuses that; tests may not). */
const fallbackCitation = (id: string): Citation => ({ publisher: id, date: '', title: '', titleLang: '', place: '', heading: '', headingLang: '', line: '', url: '' });

export const slugOf = (localityId: string) => localityId.replace(/^(vn|la)-/, '');

/** Anything in each language. */
const perLang = <T>(make: (lang: Lang) => T): Record<Lang, T> => Object.fromEntries(langs.map((l) => [l, make(l)])) as Record<Lang, T>;

/** A province named as the 2025 units are: in Vietnamese on English pages too, in Lao on Lao ones. */
const unitStyleName = (l: Locality): Names => ({ vi: l.name_vi, en: l.name_vi, lo: l.name_lo });

function names(l: Locality): string[] {
  return [l.name_vi, l.name_en, l.name_lo, ...l.aliases.split('|')].map((s) => s.trim()).filter(Boolean);
}

/**
 * A quadratic curve bending to the left of the straight line, so links read as arcs and several
 * links between the same pair (province and district level) fan out instead of overlapping.
 */
export function curvePath(a: [number, number], b: [number, number], bend: number): string {
  const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const r = (v: number) => Math.round(v * 10) / 10;
  return `M${r(a[0])},${r(a[1])}Q${r(mx - dy * bend)},${r(my + dx * bend)} ${r(b[0])},${r(b[1])}`;
}

export interface TwinningModel {
  provinces: ProvinceShape[];
  links: LinkView[];
}

export function buildTwinningModel(data: Dataset, map: MapData): TwinningModel {
  const localities = new Map(data.localities.map((l) => [l.locality_id, l]));
  const byIso = new Map(data.localities.filter((l) => l.iso_code && l.level === 'province').map((l) => [l.iso_code, l]));
  const sources = new Map(data.sources.map((s) => [s.source_id, s]));
  // The units have Vietnamese and Lao names: English pages write them in Vietnamese, as they are named.
  const unitName = new Map(map.units2025.map((u) => [u.new_id, { vi: u.name_vi, en: u.name_vi, lo: u.name_lo }]));
  const unitCentre = new Map(map.units2025.map((u) => [u.new_id, u.c]));
  const unitMembers = new Map<string, string[]>();
  for (const p of map.vn) if (p.new_id) unitMembers.set(p.new_id, [...(unitMembers.get(p.new_id) ?? []), p.iso]);
  const gates = new Map(map.gates.map((g) => [g.link, g]));

  const shapes = new Map<string, MapProvince>();
  for (const p of [...map.vn, ...map.la]) shapes.set(p.iso, p);

  const provinceAt = (iso: string): Locality => {
    const l = byIso.get(iso);
    if (!l) throw new Error(`no province with iso_code ${iso} in localities.csv`);
    return l;
  };

  const unitOf = (iso: string): Unit2025 | null => {
    const id = shapes.get(iso)?.new_id;
    if (!id) return null;
    const members = unitMembers.get(id) ?? [];
    const name = unitName.get(id) ?? localized(() => id);
    const own = provinceAt(iso).name_vi;
    const role = members.length <= 1 ? 'unchanged' : own === name.vi ? 'absorbing' : 'merged';
    const others = members.filter((m) => m !== iso).map((m) => unitStyleName(provinceAt(m)));
    return { id, name, city: CITIES_2025.has(id), role, others };
  };

  const end = (localityId: string, iso: string, country: Country): LinkEnd => {
    const named = localities.get(localityId);
    const shown = provinceAt(iso);
    const former = named && named.level === 'former_province' ? { name: columnsOf(named, 'name'), from: named.valid_from, to: named.valid_to } : null;
    const place = named && named.level !== 'province' && named.level !== 'former_province' ? { localityId: named.locality_id, level: named.level, name: columnsOf(named, 'name'), names: names(named) } : null;
    return { localityId: shown.locality_id, slug: slugOf(shown.locality_id), name: columnsOf(shown, 'name'), former, place, country, unit: country === 'VN' ? unitOf(iso) : null };
  };

  const pairCount = new Map<string, number>();
  const links: LinkView[] = data.twinning.map((t) => {
    const vn = end(t.vn_locality_id, t.vn_code, 'VN');
    const la = end(t.la_locality_id, t.la_code, 'LA');
    const pair = `${t.vn_code}|${t.la_code}`;
    const index = pairCount.get(pair) ?? 0;
    pairCount.set(pair, index + 1);
    const bend = 0.16 + 0.12 * index;
    const from = shapes.get(t.vn_code)!.c;
    const to = shapes.get(t.la_code)!.c;
    const unit = shapes.get(t.vn_code)!.new_id ?? '';
    const from34 = unitCentre.get(unit) ?? from;
    const s = sources.get(t.source_id);
    const placed = t.level === 'border_gate' ? gates.get(t.link_id) : undefined;
    const gate: GateMark | null = placed ? { at: placed.at, ...(placed.la ? { la: placed.la } : {}), approximate: placed.approximate } : null;
    // A gate paired with a whole Lao province: a short line from the gate to that province.
    const gateCurve = gate ? (la.place ? '' : curvePath(gate.at, to, 0.12)) : null;
    return {
      id: t.link_id,
      vn,
      la,
      level: t.level,
      kind: t.kind,
      since: t.since,
      status: t.status,
      source: {
        id: t.source_id,
        label: s ? localizedSourceLabel(s) : localized(() => t.source_id),
        title: localized((lang) => (s ? titleOf(s, lang).text : '')),
        file: s?.file ?? '',
        language: s?.language ?? 'vi'
      },
      locator: t.locator,
      quote: t.quote,
      quoteLang: s?.language ?? 'vi',
      cite: perLang((lang) => (s ? citation(s, t.locator, data.outlines?.[s.source_id], lang) : fallbackCitation(t.source_id))),
      note: { vi: t.note_vi, en: t.note_en },
      noteParts: perLang((lang) => pageNote({ vi: t.note_vi, en: t.note_en }, lang, noteRefs(data, lang))),
      record: { vi: t.record_vi, en: t.record_en },
      lastVerified: t.last_verified,
      curve: gateCurve !== null ? { '63': gateCurve, '34': gateCurve } : { '63': curvePath(from, to, bend), '34': curvePath(from34, to, bend) },
      gate
    };
  });

  const linkCount = new Map<string, number>();
  for (const l of links) for (const e of [l.vn, l.la]) linkCount.set(e.slug, (linkCount.get(e.slug) ?? 0) + 1);

  const provinces: ProvinceShape[] = [...map.vn, ...map.la].map((p) => {
    const l = provinceAt(p.iso);
    const slug = slugOf(l.locality_id);
    return {
      localityId: l.locality_id,
      slug,
      iso: p.iso,
      country: p.country,
      name: columnsOf(l, 'name'),
      names: names(l),
      onBorder: p.onBorder,
      unit: p.country === 'VN' ? unitOf(p.iso) : null,
      linkCount: linkCount.get(slug) ?? 0,
      c: p.c,
      b: p.b
    };
  });
  return { provinces, links };
}

/** Links drawn on a province's profile: its own, and those of the former provinces it succeeded. */
export function linksOfProvince(model: TwinningModel, slug: string): LinkView[] {
  return model.links.filter((l) => l.vn.slug === slug || l.la.slug === slug);
}

/** The links of a 2025 unit: those of every province it was formed from. */
export function linksOfUnit(model: TwinningModel, unitId: string): LinkView[] {
  const members = new Set(model.provinces.filter((p) => p.unit?.id === unitId).map((p) => p.slug));
  return model.links.filter((l) => members.has(l.vn.slug));
}

/** In the 34-unit view a Viet Nam selection stands for its whole 2025 unit. */
export function selectionMembers<P extends ProvinceInfo>(model: { provinces: P[] }, slug: string, mode: Mode): P[] {
  const p = model.provinces.find((x) => x.slug === slug);
  if (!p) return [];
  if (mode === '63' || p.country === 'LA' || !p.unit) return [p];
  return model.provinces.filter((x) => x.unit?.id === p.unit!.id);
}

/** Provinces at the other end of the selection's links (whole units, in the 34-unit view). */
export function selectionPartners(model: { provinces: ProvinceInfo[]; links: LinkView[] }, members: string[], mode: Mode): string[] {
  const out = new Set<string>();
  for (const l of model.links) {
    if (members.includes(l.vn.slug)) out.add(l.la.slug);
    if (members.includes(l.la.slug)) for (const p of selectionMembers(model, l.vn.slug, mode)) out.add(p.slug);
  }
  return [...out];
}

/** Figures the dataset holds about one locality, oldest first. */
export function figuresOf(data: Dataset, localityId: string): Observation[] {
  return data.observations
    .filter((o) => o.locality_id === localityId)
    .sort((a, b) => a.series_id.localeCompare(b.series_id) || a.period_start.localeCompare(b.period_start));
}

const CSV_COLUMNS = ['link_id', 'vn_province', 'vn_former_province', 'vn_place', 'la_province', 'la_place', 'level', 'kind', 'since', 'status', 'record', 'source', 'locator', 'quote'] as const;

/**
 * The links a reader filtered, as CSV in the page's language (names) with the record ids kept. In
 * the 34-unit view a column names the 2025 unit each Viet Nam end has belonged to since 1 July 2025.
 */
export function linksToCsv(links: LinkView[], lang: Lang, opts: { units?: boolean } = {}): string {
  const columns: string[] = [...CSV_COLUMNS];
  if (opts.units) columns.splice(columns.indexOf('vn_place') + 1, 0, 'vn_unit_2025');
  return toCsv(
    columns,
    links.map((l) => {
      const row: string[] = [l.id, l.vn.name[lang], l.vn.former?.name[lang] ?? '', l.vn.place?.name[lang] ?? ''];
      if (opts.units) row.push(l.vn.unit?.name[lang] ?? '');
      // The record has no Lao form: a Lao file gives it in English, as the Lao page does.
      row.push(l.la.name[lang], l.la.place?.name[lang] ?? '', l.level, l.kind, l.since, l.status, textIn(l.record, lang).text, l.source.label[lang], l.locator, l.quote);
      return row;
    })
  );
}
