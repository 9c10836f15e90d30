import type { MilestoneKind } from '$lib/data/schema';
import type { Lang } from '$lib/i18n';
import { timelineHref } from '$lib/timeline/state';
import type { ChartConfig } from './series';

/**
 * Every chart the site offers, by id. `short` names a series at the end of its line (the toggles
 * and the table keep the full name): short enough to leave a phone's plot its width. Pages, embeds and exports all draw from this list, so a
 * chart looks and reads the same wherever it appears.
 */
export const chartCatalog = {
  trade: {
    id: 'trade',
    milestones: { kinds: { trade: 2, relations: 1 } },
    series: [
      { id: 'trade.total', color: 'var(--c1)', growthSeriesId: 'trade.total_growth', alsoIds: ['trade.total_yearly_average'], short: { vi: 'Tổng', en: 'Total', lo: 'ລວມ' } },
      { id: 'trade.exports_vn_to_la', color: 'var(--c2)', growthSeriesId: 'trade.exports_growth', short: { vi: 'Xuất khẩu', en: 'Exports', lo: 'ສົ່ງອອກ' } },
      { id: 'trade.imports_vn_from_la', color: 'var(--c3)', growthSeriesId: 'trade.imports_growth', short: { vi: 'Nhập khẩu', en: 'Imports', lo: 'ນຳເຂົ້າ' } }
    ]
  },
  students: {
    id: 'students',
    milestones: { kinds: { education: 2, relations: 1 } },
    series: [
      { id: 'students.lao_in_vn', color: 'var(--c1)', short: { vi: 'Đang học', en: 'Studying', lo: 'ກຳລັງຮຽນ' } },
      { id: 'students.lao_in_vn_lao_side', color: 'var(--c3)', short: { vi: 'Theo phía Lào', en: 'Lao count', lo: 'ຕົວເລກຝ່າຍລາວ' } },
      { id: 'students.scholarships_offered', color: 'var(--c2)', short: { vi: 'Học bổng', en: 'Scholarships', lo: 'ທຶນການສຶກສາ' } }
    ]
  },
  'students-son-la': {
    id: 'students-son-la',
    milestones: { kinds: { education: 2 } },
    series: [
      { id: 'province.medical_college_enrolled', color: 'var(--c3)', localityId: 'vn-son-la', short: { vi: 'Đang học (CĐ Y tế)', en: 'Enrolled (college)', lo: 'ກຳລັງຮຽນ (ວິທະຍາໄລ)' } },
      { id: 'province.medical_college_intake', color: 'var(--c4)', localityId: 'vn-son-la', short: { vi: 'Tuyển mới (CĐ Y tế)', en: 'Admitted (college)', lo: 'ຮັບໃໝ່ (ວິທະຍາໄລ)' } },
      { id: 'province.students_trained', color: 'var(--c1)', localityId: 'vn-son-la', short: { vi: 'Tỉnh đã đào tạo', en: 'Trained by the province', lo: 'ແຂວງໄດ້ບຳລຸງສ້າງ' } }
    ]
  },
  'investment-projects': {
    id: 'investment-projects',
    milestones: { kinds: { investment: 2, relations: 1 } },
    series: [
      { id: 'investment.projects_period', color: 'var(--c2)', short: { vi: 'Dự án mới trong kỳ', en: 'New in the period', lo: 'ໂຄງການໃໝ່ໃນໄລຍະ' } },
      { id: 'investment.projects_cumulative', color: 'var(--c1)', short: { vi: 'Còn hiệu lực (VN)', en: 'Valid (VN count)', lo: 'ຍັງມີຜົນ (ຫວຽດນາມ)' } },
      { id: 'investment.projects_cumulative_lao_mpi', color: 'var(--c3)', short: { vi: 'Được cấp phép (Lào)', en: 'Licensed (Lao count)', lo: 'ໄດ້ຮັບອະນຸຍາດ (ລາວ)' } }
    ]
  },
  'investment-capital': {
    id: 'investment-capital',
    milestones: { kinds: { investment: 2, relations: 1 } },
    series: [
      { id: 'investment.capital_registered_period', color: 'var(--c4)', short: { vi: 'Đăng ký trong kỳ', en: 'Registered in the period', lo: 'ຈົດທະບຽນໃນໄລຍະ' } },
      { id: 'investment.capital_registered_cumulative', color: 'var(--c1)', short: { vi: 'Đăng ký lũy kế (VN)', en: 'Registered (VN count)', lo: 'ຈົດທະບຽນສະສົມ (ຫວຽດນາມ)' } },
      { id: 'investment.capital_registered_cumulative_lao_mpi', color: 'var(--c3)', short: { vi: 'Đăng ký lũy kế (Lào)', en: 'Registered (Lao count)', lo: 'ຈົດທະບຽນສະສົມ (ລາວ)' } },
      { id: 'investment.capital_realised_cumulative', color: 'var(--c2)', short: { vi: 'Đã thực hiện', en: 'Realised', lo: 'ປະຕິບັດຕົວຈິງ' } }
    ]
  },
  experts: {
    id: 'experts',
    milestones: { kinds: { treaty: 1, aid: 2 } },
    series: [{ id: 'experts.sent', color: 'var(--c1)', alsoIds: ['experts.sent_yearly_average'], short: { vi: 'Chuyên gia', en: 'Experts', lo: 'ຊ່ຽວຊານ' } }]
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
