/**
 * The tables of data/ as valibot schemas: the data build checks every row against them, and the
 * site's types are inferred from them, so what is published is exactly what was checked.
 * data/SCHEMA.md explains each column for the people who edit the files.
 */
import * as v from 'valibot';
import { MILESTONE_KINDS } from './milestone-kinds';

/** The vocabularies of data/SCHEMA.md. */
export const STATUSES = ['reported', 'estimate', 'approximate', 'lower_bound', 'upper_bound', 'preliminary', 'target'] as const;
export const UNITS = ['USD', 'VND', 'LAK', 'persons', 'projects', 'percent', 'count', 'km', 'tonnes', 'hectares'] as const;
export const SERIES_KINDS = ['flow', 'school_year_flow', 'stock', 'cumulative', 'rate', 'average'] as const;
export const TOPICS = ['trade', 'students', 'investment', 'experts', 'aid', 'border', 'province', 'relations'] as const;
export const TIERS = ['official', 'press', 'secondary'] as const;
export const SOURCE_LANGUAGES = ['vi', 'en', 'fr', 'lo'] as const;
export const LOCALITY_LEVELS = ['province', 'former_province', 'district', 'city', 'border_gate', 'commune'] as const;
export const LINK_LEVELS = ['province', 'former_province', 'district', 'border_gate', 'city', 'commune'] as const;
export const LINK_KINDS = ['twinning', 'cooperation', 'friendship', 'border_gate_pair'] as const;
export const LINK_STATUSES = ['active', 'historical'] as const;
// In a module of its own, so the browser can read the list without valibot and these schemas.
export { MILESTONE_KINDS } from './milestone-kinds';
/** Why two sources give different values for one period (disagreements.csv). */
export const DISAGREEMENT_REASONS = ['definition', 'revision', 'preliminary_final', 'misprint', 'part_year', 'coverage', 'rounding', 'unknown'] as const;

export type Status = (typeof STATUSES)[number];
export type Tier = (typeof TIERS)[number];
export type { MilestoneKind } from './milestone-kinds';
export type DisagreementReason = (typeof DISAGREEMENT_REASONS)[number];

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** An input quoted in a message, cut short: a 10 MB field must not become a 10 MB message. */
const clip = (input: unknown) => {
  const s = String(input);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/**
 * The longest text a column may hold, in characters (the data build refuses longer fields): a
 * quote, note, description or record 2,000 (the longest note today has 681), an address or a list
 * of aliases 1,000, anything else (an id, a name, a title, a code) 300.
 */
export function maxLength(column: string): number {
  if (/^(quote|note_|description_|record_)/.test(column)) return 2000;
  if (/^(url|locator|coord_source|aliases|successor_ids)$/.test(column)) return 1000;
  return 300;
}

/** Why an http(s) address will not work as a link, or undefined when it will. */
export function urlProblem(s: string): string | undefined {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    const port = /^https?:\/\/[^/?#]*:(\d+)(?:[/?#]|$)/.exec(s)?.[1];
    if (port && Number(port) > 65535) return `port ${port} is out of range (at most 65535)`;
    return 'it does not parse as an address';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'it is not http(s)';
  if (!u.hostname.includes('.')) return `"${u.hostname}" is not a host name`;
  if (u.username || u.password) return 'it holds a user name or password';
  return undefined;
}

const id = (what: string) => v.pipe(v.string(), v.regex(ID, `${what} must be lower-case letters, digits, '.', '_' or '-'`));
const text = (what: string) => v.pipe(v.string(), v.minLength(1, `${what} is empty`));
const oneOf = <T extends readonly string[]>(what: string, list: T) =>
  v.picklist(list, (issue) => `${what} "${clip(issue.input)}" is not one of: ${list.join(', ')}`);
const period = (what: string) => v.pipe(v.string(), v.regex(PERIOD, `${what} must be YYYY, YYYY-MM or YYYY-MM-DD`));
const optionalPeriod = (what: string) => v.union([v.literal(''), period(what)], `${what} must be empty, YYYY, YYYY-MM or YYYY-MM-DD`);
const number = (what: string) =>
  v.pipe(
    v.string(),
    v.check((s) => NUMBER.test(s), (issue) => `${what} "${clip(issue.input)}" is not a number (plain digits, '.' as decimal mark)`),
    v.transform(Number)
  );
const optionalNumber = (what: string) =>
  v.pipe(
    v.string(),
    v.check((s) => s === '' || NUMBER.test(s), (issue) => `${what} "${clip(issue.input)}" is not a number (plain digits, '.' as decimal mark)`),
    v.transform((s) => (s === '' ? null : Number(s)))
  );
const url = (what: string) =>
  v.union(
    [
      v.literal(''),
      v.pipe(
        v.string(),
        v.regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, `${what} must be an http(s) address`),
        v.check((s) => !urlProblem(s), (issue) => `${what} "${clip(issue.input)}" is not a working address: ${urlProblem(String(issue.input))}`)
      )
    ],
    `${what} must be empty or an http(s) address`
  );

export const SourceRow = v.object({
  source_id: id('source_id'),
  tier: oneOf('tier', TIERS),
  title_vi: text('title_vi'),
  title_en: text('title_en'),
  publisher_vi: text('publisher_vi'),
  publisher_en: text('publisher_en'),
  publisher_lo: text('publisher_lo'),
  reports_for_vi: v.string(),
  reports_for_en: v.string(),
  published: v.union([v.literal('undated'), period('published')], 'published must be YYYY, YYYY-MM, YYYY-MM-DD or undated'),
  file: v.string(),
  url: url('url'),
  language: oneOf('language', SOURCE_LANGUAGES),
  sha256: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lower-case hex digits'))]),
  note_vi: v.string(),
  note_en: v.string()
});

export const SeriesRow = v.object({
  series_id: id('series_id'),
  topic: oneOf('topic', TOPICS),
  label_vi: text('label_vi'),
  label_en: text('label_en'),
  label_lo: text('label_lo'),
  unit: oneOf('unit', UNITS),
  kind: oneOf('kind', SERIES_KINDS),
  description_vi: v.string(),
  description_en: v.string(),
  description_lo: v.string()
});

export const ObservationRow = v.object({
  obs_id: id('obs_id'),
  series_id: text('series_id'),
  period_start: period('period_start'),
  period_end: period('period_end'),
  value: number('value'),
  unit: oneOf('unit', UNITS),
  status: oneOf('status', STATUSES),
  locality_id: v.string(),
  source_id: text('source_id'),
  locator: text('locator'),
  quote: text('quote'),
  quote_unit: v.string(),
  note_vi: v.string(),
  note_en: v.string()
});

export const LocalityRow = v.object({
  locality_id: v.pipe(id('locality_id'), v.regex(/^(vn|la)-/, 'locality_id must start with vn- or la-')),
  country: oneOf('country', ['VN', 'LA'] as const),
  level: oneOf('level', LOCALITY_LEVELS),
  iso_code: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^(VN|LA)-[A-Z0-9]{2}$/, 'iso_code must look like VN-05 or LA-HO'))]),
  name_vi: text('name_vi'),
  name_en: text('name_en'),
  name_lo: text('name_lo'),
  aliases: v.string(),
  parent_id: v.string(),
  valid_from: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{4}$/, 'valid_from must be a year'))]),
  valid_to: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{4}$/, 'valid_to must be a year'))]),
  successor_ids: v.string(),
  merged_into_2025: v.string(),
  lon: optionalNumber('lon'),
  lat: optionalNumber('lat'),
  coord_source: url('coord_source'),
  note_vi: v.string(),
  note_en: v.string()
});

export const LinkRow = v.object({
  link_id: id('link_id'),
  vn_locality_id: text('vn_locality_id'),
  vn_code: v.pipe(v.string(), v.regex(/^VN-[A-Z0-9]{2}$/, 'vn_code must look like VN-05')),
  la_locality_id: text('la_locality_id'),
  la_code: v.pipe(v.string(), v.regex(/^LA-[A-Z0-9]{2}$/, 'la_code must look like LA-HO')),
  level: oneOf('level', LINK_LEVELS),
  kind: oneOf('kind', LINK_KINDS),
  since: optionalPeriod('since'),
  status: oneOf('status', LINK_STATUSES),
  record_vi: v.string(),
  record_en: v.string(),
  source_id: text('source_id'),
  locator: text('locator'),
  quote: text('quote'),
  last_verified: period('last_verified'),
  note_vi: v.string(),
  note_en: v.string()
});

export const MilestoneRow = v.object({
  milestone_id: id('milestone_id'),
  date: period('date'),
  date_end: optionalPeriod('date_end'),
  kind: oneOf('kind', MILESTONE_KINDS),
  importance: v.pipe(
    v.string(),
    v.check((s) => /^[123]$/.test(s), (issue) => `importance "${clip(issue.input)}" must be 1, 2 or 3`),
    v.transform(Number)
  ),
  title_vi: text('title_vi'),
  title_en: text('title_en'),
  title_lo: text('title_lo'),
  source_id: text('source_id'),
  locator: text('locator'),
  quote: text('quote'),
  note_vi: v.string(),
  note_en: v.string()
});

export const DisagreementRow = v.object({
  series_id: text('series_id'),
  locality_id: v.string(),
  period_start: period('period_start'),
  period_end: period('period_end'),
  reason: oneOf('reason', DISAGREEMENT_REASONS),
  note_vi: text('note_vi'),
  note_en: text('note_en')
});

export type Source = v.InferOutput<typeof SourceRow>;
export type Series = v.InferOutput<typeof SeriesRow>;
export type Observation = v.InferOutput<typeof ObservationRow>;
export type Locality = v.InferOutput<typeof LocalityRow>;
export type TwinningLink = v.InferOutput<typeof LinkRow>;
export type Milestone = v.InferOutput<typeof MilestoneRow>;
export type Disagreement = v.InferOutput<typeof DisagreementRow>;

/** The tables in the order they are read; column lists come from the schemas. */
export const tables = {
  sources: SourceRow,
  series: SeriesRow,
  observations: ObservationRow,
  localities: LocalityRow,
  twinning: LinkRow,
  milestones: MilestoneRow,
  disagreements: DisagreementRow
} as const;
export type TableName = keyof typeof tables;
export const columns = Object.fromEntries(Object.entries(tables).map(([k, s]) => [k, Object.keys(s.entries)])) as Record<TableName, string[]>;
