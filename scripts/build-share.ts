// `npm run build` (before vite build): the share images (og:image, 1200 × 630 PNG) of every page that
// declares one (src/lib/share/paths.ts), into static/og/ (not committed). A chart page's image is its
// chart as the export draws it, from the same scene; the twinning page, the province profiles and
// the site's own pages get a card (src/lib/share/card.ts) with facts the page states. resvg draws
// them in the full chart fonts, several at a time.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { chartDisplay, chartIds, type ChartId } from '../src/lib/charts/catalog';
import { chartModel } from '../src/lib/charts/model';
import { composeChartSvg } from '../src/lib/charts/export-svg';
import { chartStandaloneTitle, commonViews } from '../src/lib/charts/titles';
import { seriesKey, type ViewState } from '../src/lib/charts/view-state';
import { langs, type Lang } from '../src/lib/i18n';
import { m } from '../src/lib/paraglide/messages';
import { cardSvg, fitList } from '../src/lib/share/card';
import { pageCharts, SHARE_SIZE, shareImagePath, sitePages, type ShareKey } from '../src/lib/share/paths';
import { dataset } from '../src/lib/server/data';
import { locatorMap, mapData, profileSlugs, provinceLinks, twinning, unitLinks, units2025 } from '../src/lib/twinning/server';
import { forResvg, resvgFonts } from './export-render';

const OUT = 'static';
const started = performance.now();
const jobs: { key: ShareKey; lang: Lang; svg: () => string }[] = [];

function chartImage(chart: ChartId, view: ViewState, lang: Lang): string {
  const model = chartModel(chart, dataset)!;
  const { width, height } = SHARE_SIZE;
  // Large type: a preview is seen at a third of its size; no milestone flags (the page lists them).
  return composeChartSvg(model, { ...view, notes: false }, { lang, theme: 'light', width, height, slide: true, title: chartStandaloneTitle(chart, view.from, view.to, lang), ...chartDisplay(chart) });
}

const fullView = (chart: ChartId): ViewState => {
  const model = chartModel(chart, dataset)!;
  return { from: model.years[0], to: model.years[1], series: model.series.map((s) => seriesKey(s.id)), notes: true, secondary: true };
};

const yearOf = (since: string) => /^\d{4}/.exec(since)?.[0];

for (const lang of langs) {
  const locale = { locale: lang };
  const site = m.site_name({}, locale);
  for (const [page, chart] of Object.entries(pageCharts) as [keyof typeof pageCharts, ChartId][]) {
    if (chartModel(chart, dataset)) jobs.push({ key: page, lang, svg: () => chartImage(chart, fullView(chart), lang) });
  }
  for (const chart of chartIds) {
    const model = chartModel(chart, dataset);
    if (!model) continue;
    for (const v of commonViews(chart, model)) jobs.push({ key: `views/${chart}/${v.path}`, lang, svg: () => chartImage(chart, v.view, lang) });
  }
  const linked = twinning.provinces.filter((p) => p.linkCount > 0);
  const years = twinning.links.map((l) => yearOf(l.since)).filter((y): y is string => !!y).sort();
  jobs.push({
    key: 'twinning',
    lang,
    svg: () =>
      cardSvg({
        lang,
        site,
        title: m.twinning_title({}, locale),
        facts: [
          m.share_card_links({ count: twinning.links.length }, locale),
          m.share_card_provinces({ vn: linked.filter((p) => p.country === 'VN').length, la: linked.filter((p) => p.country === 'LA').length }, locale),
          ...(years.length ? [m.share_card_since({ year: years[0] }, locale)] : [])
        ],
        map: {
          width: mapData.locator.width,
          height: mapData.locator.height,
          shapes: mapData.locator.shapes.map((s) => {
            const p = twinning.provinces.find((x) => x.iso === s.iso);
            return { d: s.d, role: p && p.linkCount > 0 ? (p.country === 'VN' ? 'self' : 'partner') : p?.country === 'LA' ? 'la' : 'vn' };
          })
        }
      })
  });
  for (const slug of profileSlugs) {
    jobs.push({
      key: `provinces/${slug}`,
      lang,
      svg: () => {
        const { province, links, partners, partnerSlugs } = provinceLinks(slug)!;
        const names = partners.map((p) => p.name[lang]);
        const since = links.map((l) => yearOf(l.since)).filter((y): y is string => !!y).sort()[0];
        return cardSvg({
          lang,
          site,
          kicker: province.country === 'VN' ? m.pr_country_vn({}, locale) : m.pr_country_la({}, locale),
          title: province.name[lang],
          facts: [
            m.share_card_links({ count: links.length }, locale),
            fitList(names, (shown, more) => m.share_card_partners({ names: shown.join(', ') + (more ? `, ${m.share_card_more({ count: more }, locale)}` : '') }, locale)),
            ...(since ? [m.share_card_since({ year: since }, locale)] : [])
          ],
          map: locatorMap(new Set([province.slug]), partnerSlugs)
        });
      }
    });
  }
  // A 2025 unit: the provinces it was formed from shaded as its own, their Lao partners lighter.
  for (const { id } of units2025) {
    jobs.push({
      key: `units/${id}`,
      lang,
      svg: () => {
        const { unit, members, partners, partnerSlugs } = unitLinks(id)!;
        const links = members.flatMap((x) => x.links);
        const since = links.map((l) => yearOf(l.since)).filter((y): y is string => !!y).sort()[0];
        return cardSvg({
          lang,
          site,
          kicker: unit.city ? m.un_kicker_city({}, locale) : m.un_kicker_province({}, locale),
          title: unit.name[lang],
          facts: [
            m.share_card_links({ count: links.length }, locale),
            ...(members.length > 1 ? [fitList(members.map((x) => x.province.name[lang]), (shown, more) => m.share_card_formed_from({ names: shown.join(', ') + (more ? `, ${m.share_card_more({ count: more }, locale)}` : '') }, locale))] : []),
            ...(partners.length ? [fitList(partners.map((p) => p.name[lang]), (shown, more) => m.share_card_partners({ names: shown.join(', ') + (more ? `, ${m.share_card_more({ count: more }, locale)}` : '') }, locale))] : []),
            ...(since ? [m.share_card_since({ year: since }, locale)] : [])
          ],
          map: locatorMap(new Set(unit.members), partnerSlugs)
        });
      }
    });
  }
  const titles = { home: m.overview_title({}, locale), timeline: m.timeline_title({}, locale), figures: m.figures_title({}, locale), sources: m.sources_title({}, locale), about: m.about_title({}, locale) };
  for (const page of sitePages) jobs.push({ key: page, lang, svg: () => cardSvg({ lang, site, title: titles[page], facts: [m.share_site_description({}, locale)] }) });
}

rmSync(join(OUT, 'og'), { recursive: true, force: true });
let next = 0;
let bytes = 0;
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++];
    const png = (await renderAsync(forResvg(job.svg()), { font: resvgFonts, logLevel: 'error' })).asPng();
    const file = join(OUT, shareImagePath(job.lang, job.key));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    bytes += png.length;
  }
}
await Promise.all(Array.from({ length: 4 }, worker));
console.log(`share images: ${jobs.length} PNGs (${Math.round(bytes / 1024)} KiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
