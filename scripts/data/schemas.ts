import * as v from 'valibot';

/** The vocabularies of data/SCHEMA.md. */
export const STATUSES = ['reported', 'estimate', 'approximate', 'lower_bound', 'upper_bound', 'preliminary', 'target'] as const;
export const UNITS = ['USD', 'VND', 'LAK', 'persons', 'projects', 'percent', 'count', 'km', 'tonnes', 'hectares'] as const;
export const SERIES_KINDS = ['flow', 'school_year_flow', 'stock', 'cumulative', 'rate', 'average'] as const;
export const TOPICS = ['trade', 'students', 'investment', 'experts', 'aid', 'border', 'province', 'relations'] as const;
export const LOCALITY_LEVELS = ['province', 'former_province', 'district', 'city', 'border_gate', 'commune'] as const;
export const LINK_LEVELS = ['province', 'district', 'border_gate', 'city', 'commune'] as const;
export const LINK_KINDS = ['twinning', 'cooperation', 'friendship', 'border_gate_pair'] as const;
export const LINK_STATUSES = ['active', 'historical'] as const;
export const MILESTONE_KINDS = ['relations', 'treaty', 'visit', 'border', 'economy', 'education'] as const;

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

const id = (what: string) => v.pipe(v.string(), v.regex(ID, `${what} must be lower-case letters, digits, '.', '_' or '-'`));
const text = (what: string) => v.pipe(v.string(), v.minLength(1, `${what} is empty`));
const oneOf = <T extends readonly string[]>(what: string, list: T) =>
  v.picklist(list, (issue) => `${what} "${String(issue.input)}" is not one of: ${list.join(', ')}`);
const period = (what: string) => v.pipe(v.string(), v.regex(PERIOD, `${what} must be YYYY, YYYY-MM or YYYY-MM-DD`));
const optionalPeriod = (what: string) => v.union([v.literal(''), period(what)], `${what} must be empty, YYYY, YYYY-MM or YYYY-MM-DD`);
const number = (what: string) =>
  v.pipe(
    v.string(),
    v.check((s) => NUMBER.test(s), (issue) => `${what} "${String(issue.input)}" is not a number (plain digits, '.' as decimal mark)`),
    v.transform(Number)
  );

export const SourceRow = v.object({
  source_id: id('source_id'),
  title: text('title'),
  publisher: text('publisher'),
  published: text('published'),
  file: v.string(),
  url: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'url must be an http(s) address'))], 'url must be empty or an http(s) address'),
  language: oneOf('language', ['vi', 'en'] as const),
  sha256: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lower-case hex digits'))]),
  note: v.string()
});

export const SeriesRow = v.object({
  series_id: id('series_id'),
  topic: oneOf('topic', TOPICS),
  label_vi: text('label_vi'),
  label_en: text('label_en'),
  unit: oneOf('unit', UNITS),
  kind: oneOf('kind', SERIES_KINDS),
  description_vi: v.string(),
  description_en: v.string()
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
  note: v.string()
});

export const LocalityRow = v.object({
  locality_id: v.pipe(id('locality_id'), v.regex(/^(vn|la)-/, 'locality_id must start with vn- or la-')),
  country: oneOf('country', ['VN', 'LA'] as const),
  level: oneOf('level', LOCALITY_LEVELS),
  iso_code: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^(VN|LA)-[A-Z0-9]{2}$/, 'iso_code must look like VN-05 or LA-HO'))]),
  name_vi: text('name_vi'),
  name_en: text('name_en'),
  aliases: v.string(),
  parent_id: v.string(),
  valid_from: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{4}$/, 'valid_from must be a year'))]),
  valid_to: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{4}$/, 'valid_to must be a year'))]),
  successor_ids: v.string(),
  merged_into_2025: v.string()
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
  source_id: text('source_id'),
  locator: text('locator'),
  quote: text('quote'),
  last_verified: period('last_verified'),
  note: v.string()
});

export const MilestoneRow = v.object({
  milestone_id: id('milestone_id'),
  date: period('date'),
  kind: oneOf('kind', MILESTONE_KINDS),
  importance: v.pipe(
    v.string(),
    v.check((s) => /^[123]$/.test(s), (issue) => `importance "${String(issue.input)}" must be 1, 2 or 3`),
    v.transform(Number)
  ),
  title_vi: text('title_vi'),
  title_en: text('title_en'),
  source_id: text('source_id'),
  locator: text('locator'),
  quote: text('quote')
});

export type Source = v.InferOutput<typeof SourceRow>;
export type Series = v.InferOutput<typeof SeriesRow>;
export type Observation = v.InferOutput<typeof ObservationRow>;
export type Locality = v.InferOutput<typeof LocalityRow>;
export type TwinningLink = v.InferOutput<typeof LinkRow>;
export type Milestone = v.InferOutput<typeof MilestoneRow>;

/** Column lists come from the schemas, so the header check and the row check never disagree. */
export const columns = {
  sources: Object.keys(SourceRow.entries),
  series: Object.keys(SeriesRow.entries),
  observations: Object.keys(ObservationRow.entries),
  localities: Object.keys(LocalityRow.entries),
  twinning: Object.keys(LinkRow.entries),
  milestones: Object.keys(MilestoneRow.entries)
};
