import { m } from '$lib/paraglide/messages';
import { formatPeriod } from '$lib/format';
import type { Lang } from '$lib/i18n';
import type { LinkView, ProvinceInfo, Unit2025 } from './model';

type Message = (inputs?: Record<string, never>, options?: { locale?: Lang }) => string;

const kinds: Record<LinkView['kind'], Message> = {
  twinning: m.kind_twinning,
  cooperation: m.kind_cooperation,
  friendship: m.kind_friendship,
  border_gate_pair: m.kind_border_gate_pair
};
const levels: Record<LinkView['level'], Message> = {
  province: m.level_province,
  former_province: m.level_former_province,
  district: m.level_district,
  // A link at this level joins two gates (or a gate and a province): it is a pair, not one gate.
  border_gate: m.tw_level_gate_pair,
  city: m.level_city,
  commune: m.level_commune
};
const statuses: Record<LinkView['status'], Message> = {
  active: m.link_status_active,
  historical: m.link_status_historical
};

// Without a language, the request's (a page's own text); with one, that language (reports, exports).
const say = (message: Message, lang?: Lang) => (lang ? message({}, { locale: lang }) : message());
export const kindName = (k: LinkView['kind'], lang?: Lang) => say(kinds[k], lang);
export const levelName = (l: LinkView['level'], lang?: Lang) => say(levels[l], lang);
export const linkStatusName = (s: LinkView['status'], lang?: Lang) => say(statuses[s], lang);

/** "since 11/1969" / "since Nov 1969", or a plain statement that the source gives no date. */
export function sinceText(since: string, lang: Lang): string {
  return since ? m.tw_since({ since: formatPeriod(since, since, lang) }, { locale: lang }) : m.tw_since_unknown({}, { locale: lang });
}

/** "tỉnh Quảng Trị" / "thành phố Hồ Chí Minh"; "Quảng Trị province" / "Hồ Chí Minh City". */
export function unitName(unit: Pick<Unit2025, 'name' | 'city'>, lang: Lang): string {
  const name = unit.name[lang];
  return unit.city ? m.tw_unit_city({ name }) : m.tw_unit_province({ name });
}

/**
 * What the 2025 merger did to a province, as a phrase, or '' if it kept its borders: "từ 1/7/2025
 * thuộc tỉnh Quảng Trị" for Quảng Bình, "từ 1/7/2025 hợp nhất với Quảng Bình" for Quảng Trị,
 * which gave the new unit its name (never "Quảng Trị … thuộc tỉnh Quảng Trị").
 */
export function unitPhrase(unit: Unit2025 | null, lang: Lang): string {
  if (!unit || unit.role === 'unchanged') return '';
  return unit.role === 'absorbing' ? m.tw_merged_with({ others: unit.others.map((o) => o[lang]).join(', ') }) : m.tw_part_of({ unit: unitName(unit, lang) });
}

/** "Quảng Bình (since 1 July 2025 part of Quảng Trị province)": the province, and what the 2025 merger made of it. */
export function nameWithUnit(p: Pick<ProvinceInfo, 'name' | 'unit'>, lang: Lang): string {
  const name = p.name[lang];
  const phrase = unitPhrase(p.unit, lang);
  return phrase ? `${name} (${phrase})` : name;
}
