import { dataset } from '$lib/server/data';
import { disagreements } from '$lib/evidence/disagreement';
import { columnsOf, isLang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { prepareReport, publicUrl } from '$lib/site';

const tradeSeries = ['trade.total', 'trade.exports_vn_to_la', 'trade.imports_vn_from_la'];

/** Calendar years 1990–2025 that have a single-year figure for a series, and those that do not. */
function coverage(seriesId: string) {
  const years = new Set(
    dataset.observations
      .filter((o) => o.series_id === seriesId && !o.locality_id && o.period_start === o.period_end && /^\d{4}$/.test(o.period_start))
      .map((o) => Number(o.period_start))
  );
  const all = Array.from({ length: 2025 - 1990 + 1 }, (_, i) => 1990 + i);
  return { covered: all.filter((y) => years.has(y)), missing: all.filter((y) => !years.has(y)) };
}

/** Compresses [1990, 1991, 1992, 1995] into "1990–1992, 1995". */
function ranges(years: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < years.length; i++) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    out.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j;
  }
  return out.join(', ');
}

export const load = ({ params }) => {
  const trade = tradeSeries
    .filter((id) => dataset.series.some((s) => s.series_id === id))
    .map((id) => {
      const s = dataset.series.find((x) => x.series_id === id)!;
      const c = coverage(id);
      return { id, label: columnsOf(s, 'label'), covered: ranges(c.covered), missing: ranges(c.missing), coveredCount: c.covered.length };
    });
  // The same rule as the charts and the Sources page: values more than half a percent apart.
  const conflicts = disagreements(dataset.observations).length;
  // The correction report, prepared here: the page's script decides nothing about it.
  const locale = isLang(params.lang) ? params.lang : 'vi';
  const report = prepareReport({
    subject: m.about_correction_subject({}, { locale }),
    body: `${m.pr_url({}, { locale })}: ${publicUrl(`/${locale}/about/`)}\n${m.about_correction_body({}, { locale })}`
  });
  return {
    report,
    trade,
    conflicts,
    counts: {
      observations: dataset.observations.length,
      series: dataset.series.length,
      sources: dataset.sources.length,
      links: dataset.twinning.length,
      milestones: dataset.milestones.length
    }
  };
};
