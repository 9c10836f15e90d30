/**
 * The typed dataset the build writes to generated/dataset.json. The row types come from the
 * validation schemas (scripts/data/schemas.ts), so the site reads exactly what was checked.
 */
export type { Dataset } from '../../../scripts/data/build';
export type { Locality, Milestone, Observation, Series, Source, TwinningLink } from '../../../scripts/data/schemas';
