import { m } from '$lib/paraglide/messages';
import type { ChartId } from './catalog';

/** The heading of each chart, in the current language. */
export function chartTitle(id: ChartId): string {
  const titles: Record<ChartId, () => string> = {
    trade: m.trade_chart_title,
    students: m.students_chart_title,
    'students-son-la': m.students_sonla_chart_title,
    'investment-projects': m.investment_projects_chart_title,
    'investment-capital': m.investment_capital_chart_title,
    experts: m.experts_chart_title
  };
  return titles[id]();
}

/** The full page a chart lives on, below the language segment. */
export function chartPagePath(id: ChartId): string {
  return { trade: '/trade/', students: '/students/', 'students-son-la': '/students/', 'investment-projects': '/investment/', 'investment-capital': '/investment/', experts: '/experts/' }[id];
}
