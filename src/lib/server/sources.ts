/**
 * The Sources page, assembled at build time: every source with the quotes it gives, each quote once
 * with every value, link and event it supports, the citation of each, and the periods where sources
 * disagree with the reason recorded for them. The page renders this once, as HTML that is never
 * shipped again as data (see src/lib/sources/markup.server.ts).
 */
import type { Dataset, Milestone, Observation, Source, Tier, TwinningLink } from '$lib/data/types';
import { TIERS, TOPICS } from '$lib/data/schema';
import { citation, locatorLine, type Citation } from '$lib/evidence/cite';
import { disagreementKey, disagreements } from '$lib/evidence/disagreement';
import { rankForLine } from '$lib/evidence/line-rule';
import { reportsFor } from '$lib/evidence/source';
import { formatObservedValue, formatPeriod, statusName, type Status } from '$lib/format';
import { textIn, type Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { Facets } from '$lib/sources/filter';
import { pageNote, type ShownNote } from '$lib/evidence/note';
import { noteRefs } from '$lib/evidence/note-refs';

export type Topic = (typeof TOPICS)[number];

/** One value, link or event a quote supports: its own entry, reachable by its anchor. */
export interface SourceItem {
  /** `obs-…`, `link-…` or `ms-…`: what charts, tables and the timeline link to. */
  anchor: string;
  topic: Topic;
  /** The years the entry is about, for the year filter. */
  years: number[];
  /** What it is: a series label, "Kết nghĩa · cấp tỉnh", "Sự kiện". */
  what: string;
  /** The value in words ("hơn 3 tỷ USD"), the pair of places, or the event's title. */
  value: string;
  /** The period, date or year. */
  when: string;
  /** The status in words, when it is not a plain reported figure. */
  status: string;
  locality: string;
  note: ShownNote;
  /** Anchor of the comparison, when sources disagree for this period. */
  disagreement: string;
}

export interface SourceQuote {
  quote: string;
  /** The quote's language, for `lang` on the blockquote. */
  lang: string;
  /** Where the quote stands: chapter, section, heading and line for a document; the address for a web page. */
  cite: Citation;
  items: SourceItem[];
}

export interface SourceGroup {
  id: string;
  tier: Tier;
  cite: Citation;
  /** Whose figures the page reports, when it says so (and its language, on a Lao page: English). */
  reportsFor: { text: string; lang?: string };
  note: ShownNote;
  /** A document kept with the dataset (cited by line) rather than a web page. */
  document: boolean;
  counts: { values: number; links: number; events: number };
  quotes: SourceQuote[];
}

export interface DisagreementView {
  anchor: string;
  what: string;
  locality: string;
  when: string;
  /** The values side by side, the one that carries the chart's line first. */
  values: { anchor: string; value: string; source: string; line: boolean }[];
  reason: string;
  note: ShownNote;
}

export interface SourcesPage {
  tiers: { tier: Tier; groups: SourceGroup[] }[];
  disagreements: DisagreementView[];
  facets: Facets;
  total: number;
}

const msgOpts = (lang: Lang) => ({ locale: lang });

/** The topic an event belongs to, for the topic filter. */
const eventTopic: Record<Milestone['kind'], Topic> = {
  founding: 'relations',
  relations: 'relations',
  treaty: 'relations',
  visit: 'relations',
  defence: 'relations',
  war: 'relations',
  border: 'border',
  trade: 'trade',
  investment: 'investment',
  education: 'students',
  aid: 'aid',
  locality: 'province'
};

const yearOf = (p: string) => Number(p.slice(0, 4));
function yearsBetween(start: string, end: string): number[] {
  const out: number[] = [];
  for (let y = yearOf(start); y <= yearOf(end || start); y++) out.push(y);
  return out;
}

/** An anchor id from a disagreement key (series|locality|start|end). */
export const disagreementAnchor = (key: string) => `dis-${key.replace(/\|+/g, '-').replace(/[^a-z0-9._-]/gi, '')}`;

export function buildSourcesPage(data: Dataset, lang: Lang): SourcesPage {
  const series = new Map(data.series.map((s) => [s.series_id, s]));
  const places = new Map(data.localities.map((l) => [l.locality_id, l[`name_${lang}`]]));
  const sourceById = new Map(data.sources.map((s) => [s.source_id, s]));
  const o = msgOpts(lang);
  const refs = noteRefs(data, lang);
  /** A text and its language, the language only when it is not the page's. */
  const shown = (t: { text: string; lang: Lang }) => (t.lang === lang ? { text: t.text } : t);
  const foreignOf = (sourceId: string) => (sourceById.get(sourceId)?.language === 'fr' ? 'fr' : 'en');
  const note = (vi: string, en: string, sourceId = '') => pageNote({ vi, en }, lang, refs, foreignOf(sourceId));

  // Periods where sources disagree, and the reason recorded for each.
  const disputed = disagreements(data.observations.map((x) => ({ ...x, locality_id: x.locality_id || undefined })));
  const reasons = new Map(data.disagreements.map((d) => [disagreementKey({ ...d, locality_id: d.locality_id || undefined }), d]));
  const disputedAnchor = new Map<string, string>();
  for (const d of disputed) for (const r of d.rows) disputedAnchor.set(r.obs_id, disagreementAnchor(d.key));

  const obsItem = (x: Observation): SourceItem => {
    const s = series.get(x.series_id);
    return {
      anchor: `obs-${x.obs_id}`,
      topic: (s?.topic ?? 'trade') as Topic,
      years: yearsBetween(x.period_start, x.period_end),
      what: s ? s[`label_${lang}`] : '',
      value: formatObservedValue(x.value, x.unit, x.status as Status, lang),
      when: formatPeriod(x.period_start, x.period_end, lang),
      status: x.status === 'reported' ? '' : statusName(x.status as Status, lang),
      locality: x.locality_id ? (places.get(x.locality_id) ?? '') : '',
      note: note(x.note_vi, x.note_en, x.source_id),
      disagreement: disputedAnchor.get(x.obs_id) ?? ''
    };
  };
  const linkKind = { twinning: m.kind_twinning, cooperation: m.kind_cooperation, friendship: m.kind_friendship, border_gate_pair: m.kind_border_gate_pair };
  const linkLevel = {
    province: m.level_province,
    former_province: m.level_former_province,
    district: m.level_district,
    border_gate: m.level_border_gate,
    city: m.level_city,
    commune: m.level_commune
  };
  const linkItem = (l: TwinningLink): SourceItem => ({
    anchor: `link-${l.link_id}`,
    topic: 'province',
    years: l.since ? [yearOf(l.since)] : [],
    what: `${m.src_kind_link({}, o)} · ${linkKind[l.kind]({}, o)}, ${linkLevel[l.level]({}, o)}`,
    value: `${places.get(l.vn_locality_id) ?? ''} – ${places.get(l.la_locality_id) ?? ''}`,
    when: l.since ? m.tw_since({ since: formatPeriod(l.since, l.since, lang) }, o) : m.tw_since_unknown({}, o),
    status: l.status === 'historical' ? m.link_status_historical({}, o) : '',
    locality: '',
    note: note(l.note_vi, l.note_en, l.source_id),
    disagreement: ''
  });
  const eventItem = (e: Milestone): SourceItem => ({
    anchor: `ms-${e.milestone_id}`,
    topic: eventTopic[e.kind],
    years: yearsBetween(e.date, e.date_end || e.date),
    what: m.src_kind_event({}, o),
    value: e[`title_${lang}`],
    when: e.date_end ? formatPeriod(e.date, e.date_end, lang) : formatPeriod(e.date, e.date, lang),
    status: '',
    locality: '',
    note: note(e.note_vi, e.note_en, e.source_id),
    disagreement: ''
  });

  // Every record of a source, grouped by the quote it rests on (same place, same words).
  type Record = { sourceId: string; locator: string; quote: string; item: SourceItem; order: string };
  const records: Record[] = [
    ...data.observations.map((x) => ({ sourceId: x.source_id, locator: x.locator, quote: x.quote, item: obsItem(x), order: x.period_start })),
    ...data.twinning.map((l) => ({ sourceId: l.source_id, locator: l.locator, quote: l.quote, item: linkItem(l), order: l.since || '9999' })),
    ...data.milestones.map((e) => ({ sourceId: e.source_id, locator: e.locator, quote: e.quote, item: eventItem(e), order: e.date }))
  ];
  const bySource = new Map<string, Map<string, Record[]>>();
  for (const r of records) {
    const quotes = bySource.get(r.sourceId) ?? new Map<string, Record[]>();
    bySource.set(r.sourceId, quotes);
    const key = `${r.locator}\u0000${r.quote.normalize('NFC').replace(/\s+/g, ' ').trim()}`;
    quotes.set(key, [...(quotes.get(key) ?? []), r]);
  }

  const group = (s: Source): SourceGroup => {
    const outline = data.outlines?.[s.source_id];
    const quotes = [...(bySource.get(s.source_id)?.values() ?? [])]
      .map((rs) => {
        const c = citation(s, rs[0].locator, outline, lang);
        const items = [...rs].sort((a, b) => a.order.localeCompare(b.order)).map((r) => r.item);
        const quote: SourceQuote = { quote: rs[0].quote, lang: s.language, cite: c, items };
        return { quote, line: locatorLine(rs[0].locator) ?? 0, first: items[0]?.years[0] ?? 9999 };
      })
      // A document reads in its own order, by line; a web page's quotes by what they are about.
      .sort((a, b) => a.line - b.line || a.first - b.first)
      .map((x) => x.quote);
    const all = quotes.flatMap((q) => q.items);
    const rf = reportsFor(s);
    return {
      id: s.source_id,
      tier: s.tier,
      cite: citation(s, '', undefined, lang),
      reportsFor: rf ? shown(textIn(rf, lang)) : { text: '' },
      note: note(s.note_vi, s.note_en, s.source_id),
      document: !!s.file,
      counts: {
        values: all.filter((i) => i.anchor.startsWith('obs-')).length,
        links: all.filter((i) => i.anchor.startsWith('link-')).length,
        events: all.filter((i) => i.anchor.startsWith('ms-')).length
      },
      quotes
    };
  };

  const collator = new Intl.Collator(lang);
  // Every source, even one no record quotes (notes may still name it).
  const groups = data.sources
    .map(group)
    .sort(
      (a, b) =>
        // The documents first, in their own order (the book, the Sơn La booklet, the articles).
        Number(b.document) - Number(a.document) ||
        (a.document && b.document ? a.id.localeCompare(b.id) : 0) ||
        collator.compare(a.cite.publisher, b.cite.publisher) ||
        (sourceById.get(b.id)?.published ?? '').localeCompare(sourceById.get(a.id)?.published ?? '')
    );

  const disagreementViews: DisagreementView[] = disputed.map(({ key, rows }) => {
    const first = rows[0];
    const s = series.get(first.series_id);
    const reason = reasons.get(key);
    const candidates = rows.map((r) => {
      const src = sourceById.get(r.source_id);
      return { row: r, status: r.status as Status, tier: src?.tier ?? 'secondary', published: src?.published ?? 'undated', id: r.obs_id };
    });
    const ranked = rankForLine(candidates);
    return {
      anchor: disagreementAnchor(key),
      what: s ? s[`label_${lang}`] : '',
      locality: first.locality_id ? (places.get(first.locality_id) ?? '') : '',
      when: formatPeriod(first.period_start, first.period_end, lang),
      values: ranked.map((c, i) => {
        const src = sourceById.get(c.row.source_id);
        const named = src ? citation(src, '', undefined, lang) : null;
        return {
          anchor: `obs-${c.row.obs_id}`,
          value: formatObservedValue(c.row.value, c.row.unit, c.status, lang),
          source: named ? `${named.publisher} (${named.date})` : c.row.source_id,
          line: i === 0
        };
      }),
      reason: m[`src_reason_${reason?.reason ?? 'unknown'}`]({}, o),
      note: reason ? note(reason.note_vi, reason.note_en) : { parts: [] }
    };
  });

  const items = groups.flatMap((g) => g.quotes.flatMap((q) => q.items));
  const topicCount = new Map<Topic, number>();
  for (const i of items) topicCount.set(i.topic, (topicCount.get(i.topic) ?? 0) + 1);
  const years = [...new Set(items.flatMap((i) => i.years))].sort((a, b) => b - a);
  const tiers = TIERS.map((tier) => ({ tier, groups: groups.filter((g) => g.tier === tier) })).filter((t) => t.groups.length);
  return {
    tiers,
    disagreements: disagreementViews,
    facets: {
      topics: TOPICS.filter((t) => topicCount.has(t)).map((topic) => ({ topic, count: topicCount.get(topic)! })),
      tiers: tiers.map((t) => ({ tier: t.tier, count: t.groups.length })),
      years
    },
    total: items.length
  };
}


const built = new Map<Lang, SourcesPage>();
/** The page in one language, built once per build. */
export function sourcesPage(data: Dataset, lang: Lang): SourcesPage {
  let page = built.get(lang);
  if (!page) built.set(lang, (page = buildSourcesPage(data, lang)));
  return page;
}
