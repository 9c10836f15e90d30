/**
 * The kinds of dated events (data/SCHEMA.md, milestones.csv), in the order the site lists them.
 * schema.ts validates against this list; the timeline's filter reads it in the browser.
 */
export const MILESTONE_KINDS = [
  'founding',
  'relations',
  'treaty',
  'visit',
  'border',
  'defence',
  'war',
  'trade',
  'investment',
  'education',
  'aid',
  'locality'
] as const;

export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
