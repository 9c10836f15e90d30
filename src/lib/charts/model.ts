// Building a chart's model from the dataset happens where pages are built (and in the export and
// share-image scripts): the browser receives models, it never builds them. Kept apart from the
// catalog, which pages import for the charts' names and options.
import { chartCatalog, type ChartId } from './catalog';
import { buildChartModel, type ChartConfig, type DatasetInput } from './series';
import type { ChartModel } from './types';
import type { Localized } from '$lib/i18n';

/**
 * The name written at the end of a series' line (the toggles and the table keep the full name):
 * short enough to leave a phone's plot its width, in each language.
 */
const shortNames: Record<string, Localized> = {
  'trade.total': { vi: 'Tổng', en: 'Total', lo: 'ລວມ' },
  'trade.exports_vn_to_la': { vi: 'Xuất khẩu', en: 'Exports', lo: 'ສົ່ງອອກ' },
  'trade.imports_vn_from_la': { vi: 'Nhập khẩu', en: 'Imports', lo: 'ນຳເຂົ້າ' },
  'students.lao_in_vn': { vi: 'Đang học', en: 'Studying', lo: 'ກຳລັງຮຽນ' },
  'students.lao_in_vn_lao_side': { vi: 'Theo phía Lào', en: 'Lao count', lo: 'ຕົວເລກຝ່າຍລາວ' },
  'students.scholarships_offered': { vi: 'Học bổng', en: 'Scholarships', lo: 'ທຶນການສຶກສາ' },
  'province.medical_college_enrolled': { vi: 'Đang học (CĐ Y tế)', en: 'Enrolled (college)', lo: 'ກຳລັງຮຽນ (ວິທະຍາໄລ)' },
  'province.medical_college_intake': { vi: 'Tuyển mới (CĐ Y tế)', en: 'Admitted (college)', lo: 'ຮັບໃໝ່ (ວິທະຍາໄລ)' },
  'province.students_trained': { vi: 'Tỉnh đã đào tạo', en: 'Trained by the province', lo: 'ແຂວງໄດ້ບຳລຸງສ້າງ' },
  'investment.projects_period': { vi: 'Dự án mới trong kỳ', en: 'New in the period', lo: 'ໂຄງການໃໝ່ໃນໄລຍະ' },
  'investment.projects_cumulative': { vi: 'Còn hiệu lực (VN)', en: 'Valid (VN count)', lo: 'ຍັງມີຜົນ (ຫວຽດນາມ)' },
  'investment.projects_cumulative_lao_mpi': { vi: 'Được cấp phép (Lào)', en: 'Licensed (Lao count)', lo: 'ໄດ້ຮັບອະນຸຍາດ (ລາວ)' },
  'investment.capital_registered_period': { vi: 'Đăng ký trong kỳ', en: 'Registered in the period', lo: 'ຈົດທະບຽນໃນໄລຍະ' },
  'investment.capital_registered_cumulative': { vi: 'Đăng ký lũy kế (VN)', en: 'Registered (VN count)', lo: 'ຈົດທະບຽນສະສົມ (ຫວຽດນາມ)' },
  'investment.capital_registered_cumulative_lao_mpi': { vi: 'Đăng ký lũy kế (Lào)', en: 'Registered (Lao count)', lo: 'ຈົດທະບຽນສະສົມ (ລາວ)' },
  'investment.capital_realised_cumulative': { vi: 'Đã thực hiện', en: 'Realised', lo: 'ປະຕິບັດຕົວຈິງ' },
  'experts.sent': { vi: 'Chuyên gia', en: 'Experts', lo: 'ຊ່ຽວຊານ' }
};

/**
 * The model of one chart from the dataset. Series the data does not (yet) have are left out, and a
 * series may only be drawn where it has values, so a chart never shows an empty legend entry.
 */
export function chartModel(id: ChartId, data: DatasetInput): ChartModel | null {
  const config = chartCatalog[id] as ChartConfig;
  const present = config.series.filter((s) =>
    data.observations.some((o) => o.series_id === s.id && (s.localityId ? o.locality_id === s.localityId : !o.locality_id))
  );
  if (!present.length) return null;
  return buildChartModel({ ...config, series: present.map((s) => ({ ...s, short: shortNames[s.id] })) }, data);
}
