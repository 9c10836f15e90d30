// The timeline's events in each language, built once per build for the prerendered pages. Not page
// data: the list is HTML in the page (markup.node.ts), and the filter reads what it needs from it.
import { dataset, sourceById } from '$lib/server/data';
import { MILESTONE_KINDS, type MilestoneKind } from '$lib/data/milestone-kinds';
import { nameSources, sourceCitationParts } from '$lib/evidence/source';
import { formatPeriod } from '$lib/format';
import { columnsOf, dataLang, langs, localizedPath, type Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { byDate, decadeOf, yearsOf, type TimelineEvent } from './model';

function locatorText(locator: string, lang: Lang): string {
  return locator.startsWith('line ') ? m.chart_line({ n: locator.slice(5) }, { locale: lang }) : m.chart_web({}, { locale: lang });
}

function buildEvents(lang: Lang): TimelineEvent[] {
  return dataset.milestones
    .map((ms) => {
      const source = sourceById(ms.source_id);
      // The data has no Lao notes: a Lao page shows the English one, with its sources named in English.
      const noteLang = dataLang[lang];
      const cited = source ? sourceCitationParts(source, lang) : { who: ms.source_id, title: { text: '', lang } };
      const where = locatorText(ms.locator, lang);
      return {
        id: ms.milestone_id,
        date: ms.date,
        dateEnd: ms.date_end,
        when: formatPeriod(ms.date, ms.date_end || ms.date, lang),
        kind: ms.kind as MilestoneKind,
        importance: Number(ms.importance),
        title: columnsOf(ms, 'title')[lang],
        quote: ms.quote,
        quoteLang: source?.language ?? 'vi',
        note: nameSources(ms[`note_${noteLang}`], dataset.sources, noteLang),
        ...(noteLang !== lang ? { noteLang } : {}),
        cite: `${cited.title.text ? `${cited.who}, ${cited.title.text}` : cited.who} — ${where}`,
        citeParts: { who: cited.who, title: cited.title.text, titleLang: cited.title.lang === lang ? '' : cited.title.lang, where },
        sourceHref: `${localizedPath(lang, '/sources/')}#ms-${ms.milestone_id}`
      };
    })
    .sort(byDate);
}

const built = Object.fromEntries(langs.map((lang) => [lang, buildEvents(lang)])) as Record<Lang, TimelineEvent[]>;

/** Every event, in date order, in the page's language. */
export const timelineEvents = (lang: Lang): TimelineEvent[] => built[lang];

/**
 * What the filter controls offer: the kinds with their counts, and the decades from the first event
 * to the last one's start (a plan for 2021–2030 is an event of the 2020s, not of 2030).
 */
export function timelineFacets() {
  const events = built.vi;
  const kinds = MILESTONE_KINDS.map((kind) => ({ kind, count: events.filter((e) => e.kind === kind).length })).filter((k) => k.count > 0);
  const { from, to } = startYears(events);
  const decades: number[] = [];
  for (let d = decadeOf(from); d <= to; d += 10) decades.push(d);
  return { total: events.length, from, to, kinds, decades };
}

/** The first and the last year an event starts in. */
export function startYears(events: TimelineEvent[]): { from: number; to: number } {
  const starts = events.map((e) => yearsOf(e.date)[0]);
  return { from: Math.min(...starts), to: Math.max(...starts) };
}

/** Entries for the prerendered pages of one kind (the no-script way to filter by kind). */
export const kindEntries = () => langs.flatMap((lang) => timelineFacets().kinds.map(({ kind }) => ({ lang, kind })));
