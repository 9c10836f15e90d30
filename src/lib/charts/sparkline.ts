/**
 * A small trend for the overview tiles: the scene of a chart's first series, reduced to what a
 * 56 px picture shows (path data in a 0–100 box). Computed where the page is built, so the overview
 * ships no chart code at all.
 */
import type { Lang } from '$lib/i18n';
import { buildScene, pathData } from './scene';
import type { ChartModel } from './types';
import { seriesKey } from './view-state';

export interface SparkData {
  area: string;
  lines: { d: string; kind: 'firm' | 'uncertain' | 'weak'; color: string }[];
  bars: { x: number; y: number; width: number; height: number; color: string; soft: boolean }[];
  /** Values a line cannot show (alone, or the latest), as dots. */
  dots: { x: number; y: number; color: string; soft: boolean }[];
}

export function sparkline(model: ChartModel, lang: Lang, bars: string[] = []): SparkData {
  const scene = buildScene(
    model,
    { from: model.defaultYears[0], to: model.defaultYears[1], series: [seriesKey(model.series[0].id)], notes: false, secondary: true },
    { lang, title: '', area: true, bars, box: { width: 240, height: 56, fontSize: 11 } }
  );
  const r = (v: number) => Math.round(v * 1000) / 10;
  const onLine = scene.marks.filter((mk) => mk.onLine);
  const last = onLine.at(-1);
  return {
    area: scene.lines.flatMap((l) => l.area).length ? `${pathData(scene.lines.flatMap((l) => l.area), 100, 100)}Z` : '',
    lines: scene.lines.flatMap((l) =>
      (['firm', 'uncertain', 'weak'] as const).filter((k) => l[k].length).map((kind) => ({ d: pathData(l[kind], 100, 100), kind, color: l.color }))
    ),
    bars: scene.bars.map((b) => ({ x: r(b.x0), y: r(b.y), width: r(b.x1 - b.x0), height: r(1 - b.y), color: b.color, soft: b.status !== 'reported' })),
    dots: onLine.filter((mk) => mk.alone || mk === last).map((mk) => ({ x: r(mk.x), y: r(mk.y), color: mk.color, soft: mk.status !== 'reported' }))
  };
}
