import { m } from '$lib/paraglide/messages';
import { localized, type Lang } from '$lib/i18n';
import type { Localized } from '$lib/evidence/source';
import type { ChartId } from './catalog';
import type { ChartModel } from './types';
import { seriesKey, type ViewState } from './view-state';

/** The heading of each chart on its page, in a language. */
export function chartHeading(id: ChartId, lang: Lang): string {
  const titles: Record<ChartId, (i: object, o: { locale: Lang }) => string> = {
    trade: m.trade_chart_title,
    students: m.students_chart_title,
    'students-son-la': m.students_sonla_chart_title,
    'investment-projects': m.investment_projects_chart_title,
    'investment-capital': m.investment_capital_chart_title,
    experts: m.experts_chart_title
  };
  return titles[id]({}, { locale: lang });
}

/**
 * A title that stands alone, for embeds, image and slide exports and share images: it names the
 * subject, the place and the years ("Thương mại hai chiều Việt Nam – Lào, 1990–2025").
 */
export function chartStandaloneTitle(id: ChartId, from: number, to: number, lang: Lang): string {
  const titles: Record<ChartId, (i: { period: string }, o: { locale: Lang }) => string> = {
    trade: m.trade_standalone_title,
    students: m.students_standalone_title,
    'students-son-la': m.students_sonla_standalone_title,
    'investment-projects': m.investment_projects_standalone_title,
    'investment-capital': m.investment_capital_standalone_title,
    experts: m.experts_standalone_title
  };
  return titles[id]({ period: from === to ? String(from) : `${from}–${to}` }, { locale: lang });
}

/** The full page a chart lives on, below the language segment. */
export function chartPagePath(id: ChartId): string {
  return { trade: '/trade/', students: '/students/', 'students-son-la': '/students/', 'investment-projects': '/investment/', 'investment-capital': '/investment/', experts: '/experts/' }[id];
}

/** A prerendered view of a chart (one series, or recent years), for readers without JavaScript. */
export interface CommonView {
  /** Path segment: `only-exports`, `2016-2025`. */
  path: string;
  label: Localized;
  view: ViewState;
}

/** The views offered as plain links when scripts do not run: each series alone, the last 10 and 20 years. */
export function commonViews(id: ChartId, model: ChartModel): CommonView[] {
  const keys = model.series.map((s) => seriesKey(s.id));
  const [first, last] = model.defaultYears;
  const base: ViewState = { from: first, to: last, series: keys, notes: true, secondary: true };
  const out: CommonView[] = [];
  if (keys.length > 1)
    for (const s of model.series) {
      const key = seriesKey(s.id);
      out.push({ path: `only-${key}`, label: s.label, view: { ...base, series: [key] } });
    }
  for (const span of [10, 20]) {
    const from = last - span + 1;
    if (from <= first) continue;
    const period = `${from}–${last}`;
    out.push({ path: `${from}-${last}`, label: localized(() => period), view: { ...base, from } });
  }
  void id;
  return out;
}

export function viewPagePath(id: ChartId, view: string): string {
  return `/views/${id}/${view}/`;
}
