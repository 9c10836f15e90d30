/**
 * How a source is named and weighed wherever a value is shown: the chart, its tooltip and table, the
 * twinning list, profiles, exports and the Sources page all use these, so one source reads the same
 * everywhere.
 */
import type { Tier } from '$lib/data/schema';

/** A text in each language the site is published in. */
export interface Localized {
  vi: string;
  en: string;
}

/** The fields of a source row the site reads (data/SCHEMA.md names them). */
export interface SourceInput {
  source_id: string;
  tier: Tier;
  title_vi: string;
  title_en: string;
  publisher_vi: string;
  publisher_en: string;
  reports_for_vi: string;
  reports_for_en: string;
  published: string;
  url?: string;
}

/** Stronger evidence first: official bodies, then news organisations, then reposts and the like. */
export const tierRank: Record<Tier, number> = { official: 0, press: 1, secondary: 2 };

/** The year a source was published, if it states one ("undated" has none). */
export function publishedYear(published: string): string {
  return /^\d{4}/.exec(published ?? '')?.[0] ?? '';
}

/** A short name for a source, its publisher and year: "Ban Tuyên giáo Trung ương, 2017". */
export function sourceLabel(s: SourceInput, lang: keyof Localized): string {
  const who = lang === 'vi' ? s.publisher_vi : s.publisher_en;
  const year = publishedYear(s.published);
  return year ? `${who}, ${year}` : who;
}

export function localizedSourceLabel(s: SourceInput): Localized {
  return { vi: sourceLabel(s, 'vi'), en: sourceLabel(s, 'en') };
}

/** Whose figures a page reports, when it says so ("Tổng cục Hải quan"), else null. */
export function reportsFor(s: SourceInput): Localized | null {
  return s.reports_for_vi || s.reports_for_en ? { vi: s.reports_for_vi, en: s.reports_for_en } : null;
}

/** Letters Vietnamese writes and English and French never do (ă đ ơ ư, the dotted and hooked vowels). */
const VIETNAMESE_ONLY = /[ăđơưĂĐƠƯĩũĨŨ\u1ea0-\u1ef9]/;

/**
 * A source's title in the page's language, and the language it is really written in: where the
 * data keeps a page's original English or French title in the Vietnamese column (it has no
 * translation), the title is that language and is marked so (WCAG 3.1.2, language of parts).
 */
export function titleOf(s: SourceInput & { language?: string }, lang: keyof Localized): { text: string; lang: string } {
  const original = s.language ?? 'vi';
  if (lang === 'vi') {
    const foreign = original !== 'vi' && (s.title_vi === s.title_en || !VIETNAMESE_ONLY.test(s.title_vi));
    return { text: s.title_vi, lang: foreign ? original : 'vi' };
  }
  const foreign = original !== 'en' && s.title_en === s.title_vi;
  return { text: s.title_en, lang: foreign ? original : 'en' };
}

/** A reference as a reader cites it: "Ban Tuyên giáo Trung ương (2017), Lịch sử quan hệ đặc biệt…". */
export function sourceCitation(s: SourceInput, lang: keyof Localized): string {
  const who = lang === 'vi' ? s.publisher_vi : s.publisher_en;
  const title = lang === 'vi' ? s.title_vi : s.title_en;
  const year = publishedYear(s.published);
  return `${year ? `${who} (${year})` : who}, ${title}`;
}

/**
 * A note with the sources it mentions by id ("Cũng có ở seed-001 (dòng 16)") named as readers know
 * them ("Cũng có ở Ban Tuyên giáo Tỉnh ủy Sơn La, 2017 (dòng 16)"): ids are for the data files, not
 * for the page. Ids are matched whole and in any case ("Seed-004 (dòng 41): …" opens a sentence).
 */
export function nameSources(text: string, sources: SourceInput[], lang: keyof Localized): string {
  if (!text) return text;
  const byId = new Map(sources.map((s) => [s.source_id.toLowerCase(), s]));
  return text.replace(/(?<![\p{L}\p{N}-])[a-z0-9][a-z0-9._-]*-\d+(?![\p{L}\p{N}-])/giu, (id) => {
    const s = byId.get(id.toLowerCase());
    return s ? sourceLabel(s, lang) : id;
  });
}
