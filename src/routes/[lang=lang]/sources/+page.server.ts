import { dataset } from '$lib/server/data';

// Groups every observation by series and period at build time, so values that disagree for the
// same period sit next to each other on the page.
export const load = () => {
  const counts = new Map<string, number>();
  for (const o of dataset.observations) counts.set(o.source_id, (counts.get(o.source_id) ?? 0) + 1);
  for (const l of dataset.twinning) counts.set(l.source_id, (counts.get(l.source_id) ?? 0) + 1);
  for (const ms of dataset.milestones) counts.set(ms.source_id, (counts.get(ms.source_id) ?? 0) + 1);

  const sources = dataset.sources.map((s) => ({ ...s, values: counts.get(s.source_id) ?? 0 }));
  const localityName = new Map(dataset.localities.map((l) => [l.locality_id, { vi: l.name_vi, en: l.name_en }]));

  const series = dataset.series
    .map((s) => {
      const periods = new Map<string, typeof dataset.observations>();
      for (const o of dataset.observations.filter((o) => o.series_id === s.series_id)) {
        const key = `${o.locality_id ?? ''}|${o.period_start}|${o.period_end}`;
        periods.set(key, [...(periods.get(key) ?? []), o]);
      }
      const groups = [...periods.values()]
        .map((obs) => ({
          obs,
          conflict: new Set(obs.map((o) => o.value)).size > 1,
          locality: obs[0].locality_id ? (localityName.get(obs[0].locality_id) ?? null) : null
        }))
        .sort((a, b) => a.obs[0].period_start.localeCompare(b.obs[0].period_start) || a.obs[0].period_end.localeCompare(b.obs[0].period_end));
      return { ...s, groups, count: groups.reduce((n, g) => n + g.obs.length, 0) };
    })
    .filter((s) => s.count > 0);

  const links = dataset.twinning.map((l) => ({
    ...l,
    vn: localityName.get(l.vn_locality_id) ?? { vi: l.vn_locality_id, en: l.vn_locality_id },
    la: localityName.get(l.la_locality_id) ?? { vi: l.la_locality_id, en: l.la_locality_id }
  }));
  const milestones = [...dataset.milestones].sort((a, b) => a.date.localeCompare(b.date));
  return { sources, series, links, milestones, total: dataset.observations.length };
};
