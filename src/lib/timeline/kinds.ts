// The kinds of events (data/SCHEMA.md, milestones.csv) in words, for the timeline's labels and filters.
import type { MilestoneKind } from '$lib/data/schema';
import type { Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const names: Record<MilestoneKind, (inputs: Record<string, never>, options: { locale: Lang }) => string> = {
  founding: m.timeline_kind_founding,
  relations: m.timeline_kind_relations,
  treaty: m.timeline_kind_treaty,
  visit: m.timeline_kind_visit,
  border: m.timeline_kind_border,
  defence: m.timeline_kind_defence,
  war: m.timeline_kind_war,
  trade: m.timeline_kind_trade,
  investment: m.timeline_kind_investment,
  education: m.timeline_kind_education,
  aid: m.timeline_kind_aid,
  locality: m.timeline_kind_locality
};

export const kindLabel = (kind: MilestoneKind, lang: Lang): string => names[kind]({}, { locale: lang });
