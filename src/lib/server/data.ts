// The validated dataset, for load functions that run at build time (+page.server.ts). It lives under
// $lib/server so the framework refuses to ship it (and every quote) to the browser.
import raw from '$lib/data/generated/dataset.json';
import type { Dataset, Locality, Observation, TwinningLink } from '$lib/data/types';

export const dataset = raw as unknown as Dataset;

const byPeriod = (a: Observation, b: Observation) => a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end);

export const seriesById = (id: string) => dataset.series.find((s) => s.series_id === id);
export const sourceById = (id: string) => dataset.sources.find((s) => s.source_id === id);
export const localityById = (id: string): Locality | undefined => dataset.localities.find((l) => l.locality_id === id);
export const observationsOf = (seriesId: string) => dataset.observations.filter((o) => o.series_id === seriesId).sort(byPeriod);
export const linksOf = (localityId: string): TwinningLink[] =>
  dataset.twinning.filter((l) => l.vn_locality_id === localityId || l.la_locality_id === localityId);
export const milestones = [...dataset.milestones].sort((a, b) => a.date.localeCompare(b.date));
