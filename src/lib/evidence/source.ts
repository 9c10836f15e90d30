/**
 * How a source is named and weighed wherever a value is shown: the chart, its tooltip and table, the
 * twinning list, profiles, exports and the Sources page all use these, so one source reads the same
 * everywhere.
 */
import type { Tier } from '$lib/data/schema';
import { localized, type Lang, type Localized, type ViEn } from '$lib/i18n';

export type { Localized } from '$lib/i18n';

/** The fields of a source row the site reads (data/SCHEMA.md names them). */
export interface SourceInput {
  source_id: string;
  tier: Tier;
  title_vi: string;
  title_en: string;
  publisher_vi: string;
  publisher_en: string;
  publisher_lo: string;
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
export function sourceLabel(s: SourceInput, lang: Lang): string {
  const who = publisher(s, lang);
  const year = publishedYear(s.published);
  return year ? `${who}, ${year}` : who;
}

/** The publisher's name in a language (every source has it in all three). */
export const publisher = (s: SourceInput, lang: Lang): string => s[`publisher_${lang}`];

export function localizedSourceLabel(s: SourceInput): Localized {
  return localized((lang) => sourceLabel(s, lang));
}

/**
 * Whose figures a page reports, when it says so ("Tổng cục Hải quan"), else null. The data has it in
 * Vietnamese and English only: a Lao page shows it through textIn (in English, marked so).
 */
export function reportsFor(s: SourceInput): ViEn | null {
  return s.reports_for_vi || s.reports_for_en ? { vi: s.reports_for_vi, en: s.reports_for_en } : null;
}

/**
 * Whose figures a source reports, in the language of a text that has no room to mark another one
 * (a chart's tooltip, source line and image). Lao has no form of it in the data, so a Lao chart
 * names the publisher alone: the Sources page says whose figures they are, marked as English.
 */
export function reportsForIn(rf: ViEn | null, lang: Lang): string {
  return rf && lang !== 'lo' ? rf[lang] : '';
}

/** Letters Vietnamese writes and English and French never do (ă đ ơ ư, the dotted and hooked vowels). */
const VIETNAMESE_ONLY = /[ăđơưĂĐƠƯĩũĨŨ\u1ea0-\u1ef9]/;

/**
 * A source's title in the page's language, and the language it is really written in: where the
 * data keeps a page's original English or French title in the Vietnamese column (it has no
 * translation), the title is that language and is marked so (WCAG 3.1.2, language of parts). The
 * data has no Lao titles: a Lao page cites a Vietnamese document by its Vietnamese title, as
 * published, and any other by its English one, each marked with its language.
 */
export function titleOf(s: SourceInput & { language?: string }, lang: Lang): { text: string; lang: string } {
  const original = s.language ?? 'vi';
  if (lang === 'lo') return titleOf(s, original === 'vi' ? 'vi' : 'en');
  if (lang === 'vi') {
    const foreign = original !== 'vi' && (s.title_vi === s.title_en || !VIETNAMESE_ONLY.test(s.title_vi));
    return { text: s.title_vi, lang: foreign ? original : 'vi' };
  }
  const foreign = original !== 'en' && s.title_en === s.title_vi;
  return { text: s.title_en, lang: foreign ? original : 'en' };
}

/** A reference as a reader cites it: "Ban Tuyên giáo Trung ương (2017), Lịch sử quan hệ đặc biệt…". */
export function sourceCitation(s: SourceInput, lang: Lang): string {
  const { who, title } = sourceCitationParts(s, lang);
  return `${who}, ${title.text}`;
}

/** The two parts of sourceCitation: who and when ("Ban Tuyên giáo Trung ương (2017)"), and the title with its language. */
export function sourceCitationParts(s: SourceInput, lang: Lang): { who: string; title: { text: string; lang: string } } {
  const who = publisher(s, lang);
  const year = publishedYear(s.published);
  return { who: year ? `${who} (${year})` : who, title: titleOf(s, lang) };
}

/**
 * A note with the sources it mentions by id ("Cũng có ở seed-001 (dòng 16)") named as readers know
 * them ("Cũng có ở Ban Tuyên giáo Tỉnh ủy Sơn La, 2017 (dòng 16)"): ids are for the data files, not
 * for the page. Ids are matched whole and in any case ("Seed-004 (dòng 41): …" opens a sentence).
 */
export function nameSources(text: string, sources: SourceInput[], lang: Lang): string {
  if (!text) return text;
  const byId = new Map(sources.map((s) => [s.source_id.toLowerCase(), s]));
  return text.replace(/(?<![\p{L}\p{N}-])[a-z0-9][a-z0-9._-]*-\d+(?![\p{L}\p{N}-])/giu, (id) => {
    const s = byId.get(id.toLowerCase());
    return s ? sourceLabel(s, lang) : id;
  });
}
