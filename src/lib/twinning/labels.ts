import { m } from '$lib/paraglide/messages';
import { formatPeriod } from '$lib/format';
import type { Lang } from '$lib/i18n';
import type { LinkView, ProvinceInfo } from './model';

const kinds: Record<LinkView['kind'], () => string> = {
  twinning: m.kind_twinning,
  cooperation: m.kind_cooperation,
  friendship: m.kind_friendship,
  border_gate_pair: m.kind_border_gate_pair
};
const levels: Record<LinkView['level'], () => string> = {
  province: m.level_province,
  former_province: m.level_former_province,
  district: m.level_district,
  border_gate: m.level_border_gate,
  city: m.level_city,
  commune: m.level_commune
};
const statuses: Record<LinkView['status'], () => string> = {
  active: m.link_status_active,
  historical: m.link_status_historical
};

export const kindName = (k: LinkView['kind']) => kinds[k]();
export const levelName = (l: LinkView['level']) => levels[l]();
export const linkStatusName = (s: LinkView['status']) => statuses[s]();

/** "since 11/1969" / "since Nov 1969", or a plain statement that the source gives no date. */
export function sinceText(since: string, lang: Lang): string {
  return since ? m.tw_since({ since: formatPeriod(since, since, lang) }) : m.tw_since_unknown();
}

/** "Quảng Bình (since 1 July 2025 part of Quảng Trị)": the 2025 unit, where the province was merged. */
export function nameWithUnit(p: Pick<ProvinceInfo, 'name' | 'unit'>, lang: Lang): string {
  const name = p.name[lang];
  return p.unit && !p.unit.unchanged ? `${name} (${m.tw_merged_into({ unit: p.unit.name })})` : name;
}
