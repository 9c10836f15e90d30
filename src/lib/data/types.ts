/**
 * The typed dataset the build writes to generated/dataset.json. The row types come from the
 * validation schemas (schema.ts), so the site reads exactly what was checked.
 */
import type { Heading } from '../evidence/outline';
import type { Disagreement, Locality, Milestone, Observation, Series, Source, TwinningLink } from './schema';

export type { Disagreement, Locality, Milestone, MilestoneKind, Observation, Series, Source, Status, Tier, TwinningLink } from './schema';

/** When the data was built and when it last changed (scripts/build-data.ts). */
export interface DatasetMeta {
  /** Day of the data build, YYYY-MM-DD. */
  built: string;
  /** Day the data files last changed (their last commit, or the build day for uncommitted edits), YYYY-MM-DD. */
  updated: string;
}

export interface Dataset {
  meta?: DatasetMeta;
  sources: Source[];
  series: Series[];
  observations: Observation[];
  localities: Locality[];
  twinning: TwinningLink[];
  milestones: Milestone[];
  disagreements: Disagreement[];
  /** The headings of each source document, by source_id (documents only; see evidence/outline.ts). */
  outlines: Record<string, Heading[]>;
}
