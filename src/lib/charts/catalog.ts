import type { MilestoneKind } from '$lib/data/schema';
import type { Lang } from '$lib/i18n';
import { timelineHref } from '$lib/timeline/state';
import type { ChartConfig } from './series';

/**
 * Every chart the site offers, by id. Pages, embeds and exports all draw from this list, so a
 * chart looks and reads the same wherever it appears. (The short names at the ends of the lines are
 * in model.ts: they reach the page inside the model, so the page's script need not carry them.)
 */
export const chartCatalog = {
  trade: {
    id: 'trade',
    milestones: { kinds: { trade: 2, relations: 1 } },
    series: [
      { id: 'trade.total', color: 'var(--c1)', growthSeriesId: 'trade.total_growth', alsoIds: ['trade.total_yearly_average'] },
      { id: 'trade.exports_vn_to_la', color: 'var(--c2)', growthSeriesId: 'trade.exports_growth' },
      { id: 'trade.imports_vn_from_la', color: 'var(--c3)', growthSeriesId: 'trade.imports_growth' }
    ]
  },
  students: {
    id: 'students',
    milestones: { kinds: { education: 2, relations: 1 } },
    series: [
      { id: 'students.lao_in_vn', color: 'var(--c1)' },
      { id: 'students.lao_in_vn_lao_side', color: 'var(--c3)' },
      { id: 'students.scholarships_offered', color: 'var(--c2)' }
    ]
  },
  'students-son-la': {
    id: 'students-son-la',
    milestones: { kinds: { education: 2 } },
    series: [
      { id: 'province.medical_college_enrolled', color: 'var(--c3)', localityId: 'vn-son-la' },
      { id: 'province.medical_college_intake', color: 'var(--c4)', localityId: 'vn-son-la' },
      { id: 'province.students_trained', color: 'var(--c1)', localityId: 'vn-son-la' }
    ]
  },
  'investment-projects': {
    id: 'investment-projects',
    milestones: { kinds: { investment: 2, relations: 1 } },
    series: [
      { id: 'investment.projects_period', color: 'var(--c2)' },
      { id: 'investment.projects_cumulative', color: 'var(--c1)' },
      { id: 'investment.projects_cumulative_lao_mpi', color: 'var(--c3)' }
    ]
  },
  'investment-capital': {
    id: 'investment-capital',
    milestones: { kinds: { investment: 2, relations: 1 } },
    series: [
      { id: 'investment.capital_registered_period', color: 'var(--c4)' },
      { id: 'investment.capital_registered_cumulative', color: 'var(--c1)' },
      { id: 'investment.capital_registered_cumulative_lao_mpi', color: 'var(--c3)' },
      { id: 'investment.capital_realised_cumulative', color: 'var(--c2)' }
    ]
  },
  experts: {
    id: 'experts',
    milestones: { kinds: { treaty: 1, aid: 2 } },
    series: [{ id: 'experts.sent', color: 'var(--c1)', alsoIds: ['experts.sent_yearly_average'] }]
  }
} satisfies Record<string, ChartConfig>;

export type ChartId = keyof typeof chartCatalog;

/** How a chart is drawn: a light fill under its first line, and which series are period bars. */
export function chartDisplay(id: ChartId): { area: boolean; bars: string[] } {
  const display: Partial<Record<ChartId, { area?: boolean; bars?: string[] }>> = {
    trade: { area: true },
    'investment-projects': { bars: ['investment.projects_period'] },
    'investment-capital': { bars: ['investment.capital_registered_period'] },
    experts: { bars: ['experts.sent'] }
  };
  return { area: display[id]?.area ?? false, bars: display[id]?.bars ?? [] };
}
export const chartIds = Object.keys(chartCatalog) as ChartId[];

/** The kinds of events a chart annotates, in the order the catalog lists them. */
export const chartMilestoneKinds = (id: ChartId): MilestoneKind[] => Object.keys(chartCatalog[id].milestones.kinds) as MilestoneKind[];

/** The timeline showing the kinds of events a chart annotates: the "Related events" link under it. */
export const chartTimelineHref = (id: ChartId, lang: Lang): string => timelineHref(lang, { kinds: chartMilestoneKinds(id) });
