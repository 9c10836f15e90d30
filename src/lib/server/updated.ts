import { formatPeriod } from '$lib/format';
import type { Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { dataset } from './data';

/**
 * "Số liệu cập nhật: 1/12/2026": the day the data last changed (its last commit, see
 * scripts/build-data.ts), not the day the site was built. Null for a dataset built without it.
 */
export function dataUpdated(lang: Lang): { iso: string; text: string } | null {
  const iso = dataset.meta?.updated;
  return iso ? { iso, text: m.updated_label({ date: formatPeriod(iso, iso, lang) }, { locale: lang }) } : null;
}
