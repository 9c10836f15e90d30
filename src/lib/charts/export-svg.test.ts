import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { composeChartSvg, layoutChart, legendGlyphSvg, palettes, resolveColor, type ExportOptions } from './export-svg';
import { wrapText } from './text';
import { buildChartModel, type DatasetInput } from './series';
import type { ViewState } from './view-state';
import { observation, source } from './testing';

const obs = observation;

const data: DatasetInput = {
  series: [
    { series_id: 'trade.total', label_vi: 'Tổng kim ngạch', label_en: 'Total trade', label_lo: 'Total trade', unit: 'USD', kind: 'flow' },
    { series_id: 'trade.exports_vn_to_la', label_vi: 'Việt Nam xuất sang Lào', label_en: 'Exports to Laos', label_lo: 'Exports to Laos', unit: 'USD', kind: 'flow' }
  ],
  sources: [
    source('book', 'Ban Tuyên giáo', '2017'),
    source('customs', 'Tổng cục Hải quan', '2021-01')
  ],
  milestones: [],
  disagreements: [],
  observations: [
    obs('a', 'trade.total', '2010', 400e6),
    obs('b', 'trade.total', '2011', 500e6),
    obs('c', 'trade.total', '2012', 620e6, { status: 'estimate' }),
    // 2013 missing: a gap
    obs('d', 'trade.total', '2014', 1.1e9, { source_id: 'customs' }),
    obs('d2', 'trade.total', '2014', 1.3e9, { status: 'approximate' }),
    obs('e', 'trade.total', '2015', 1.2e9, { status: 'lower_bound', source_id: 'customs' }),
    obs('f', 'trade.total', '2001', 2e9, { end: '2005' }),
    obs('x1', 'trade.exports_vn_to_la', '2010', 250e6),
    obs('x2', 'trade.exports_vn_to_la', '2011', 300e6)
  ]
};

const model = buildChartModel(
  { id: 'trade', series: [{ id: 'trade.total', color: 'var(--c1)' }, { id: 'trade.exports_vn_to_la', color: 'var(--c2)' }] },
  data
);
const view: ViewState = { from: 2001, to: 2015, series: ['total', 'exports'], notes: true, secondary: true };
const base: ExportOptions = {
  lang: 'vi',
  theme: 'light',
  width: 900,
  height: 560,
  title: 'Thương mại hai chiều Việt Nam – Lào, 2001–2015'
};

function parse(svg: string) {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

/** A strict little well-formedness check: every tag closes in order and text has no raw `<` or stray `&`. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const re = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const mt of xml.matchAll(re)) {
    const [, close, name, , self, text, stray] = mt;
    if (stray) return false;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) return false;
      continue;
    }
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

describe('composeChartSvg', () => {
  const svg = composeChartSvg(model, view, base);

  it('is well-formed XML that parses as SVG with the requested size', () => {
    expect(wellFormed(svg)).toBe(true);
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('width')).toBe('900');
    expect(root.getAttribute('height')).toBe('560');
    expect(root.getAttribute('viewBox')).toBe('0 0 900 560');
  });

  it('carries the title, line-end labels and source line as text, in the page language', () => {
    const texts = [...parse(svg).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Thương mại hai chiều Việt Nam – Lào, 2001–2015');
    expect(texts.join(' ')).toContain('Nguồn: Ban Tuyên giáo (2017); Tổng cục Hải quan (2021). Giai đoạn 2001–2015.');
    // Localized axis numbers: "1,5" with a decimal comma in "tỷ USD".
    expect(texts).toContain('tỷ USD');
    expect(texts.some((t) => /^\d,\d+$/.test(t ?? ''))).toBe(true);
    // Each line is named at its end: no colour key needed.
    expect(texts).toContain('Tổng kim ngạch');
    const en = composeChartSvg(model, view, { ...base, lang: 'en', title: 'Trade by year' });
    const enTexts = [...parse(en).querySelectorAll('text')].map((t) => t.textContent);
    expect(enTexts).toContain('billion USD');
    expect(enTexts.join(' ')).toContain('Source: Ban Tuyên giáo (2017)');
    expect(enTexts).toContain('Total trade');
  });

  it('draws one solid path per shown series, dashes estimates, and breaks at gaps', () => {
    const doc = parse(svg);
    const lines = [...doc.querySelectorAll('path.line')];
    expect(lines.map((p) => p.getAttribute('data-series'))).toEqual(['total', 'exports']);
    const total = lines[0].getAttribute('d') ?? '';
    // 2010–2011 firm; 2011–2012 is dashed; 2012–2014 is a gap; 2014–2015 touches a bound: dashed.
    expect(total.match(/M/g)?.length).toBe(1);
    const dashed = doc.querySelector('path.line-uncertain[data-series="total"]');
    expect(dashed?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(dashed?.getAttribute('d')?.match(/M/g)?.length).toBe(2);
    // The other source's different value for 2014 is a diamond; the span a bracket with its label.
    expect(doc.querySelector('rect[data-obs="d2"]')).not.toBeNull();
    // The bracket shows what fits it: here the value alone (the full label needs a wider plot).
    expect(svg).toContain('>2 tỷ USD</text>');
    expect(composeChartSvg(model, view, { ...base, width: 1400 })).toContain('2001–2005: 2 tỷ USD (tổng cả giai đoạn)');
    expect(doc.querySelector('[data-obs="f"]')).not.toBeNull();
    // Only the series in the view.
    const one = parse(composeChartSvg(model, { ...view, series: ['exports'] }, base));
    expect(one.querySelectorAll('path.line').length).toBe(1);
  });

  it('uses the theme colours of app.css', () => {
    const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
    for (const [theme, p] of Object.entries(palettes)) {
      const block = theme === 'light' ? css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))) : css.slice(css.indexOf(`:root[data-theme='${theme}']`));
      for (const [name, value] of Object.entries(p.c)) expect(block, `${theme} --${name}`).toMatch(new RegExp(`--${name}: ${value};`));
      expect(block).toMatch(new RegExp(`--bg: ${p.bg};`));
      expect(block).toMatch(new RegExp(`--text-muted: ${p.muted};`));
    }
    expect(resolveColor('var(--c2)', 'dark')).toBe('#fb923c');
    const dark = composeChartSvg(model, view, { ...base, theme: 'dark' });
    expect(dark).toContain('fill="#11151b"');
    expect(dark).toContain('stroke="#7cb3ea"');
  });

  it('makes a 1920×1080 slide with large type and thick lines', () => {
    const slide = parse(composeChartSvg(model, view, { ...base, theme: 'slide', width: 1920, height: 1080 }));
    const root = slide.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1920', '1080']);
    const title = [...slide.querySelectorAll('text')].find((t) => t.textContent === base.title);
    expect(Number(title?.getAttribute('font-size'))).toBeGreaterThanOrEqual(48);
    expect(Number(slide.querySelector('path.line')?.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(4.5);
    const screenTitle = [...parse(svg).querySelectorAll('text')].find((t) => t.textContent === base.title);
    expect(Number(screenTitle?.getAttribute('font-size'))).toBeLessThan(24);
  });

  it('keeps every mark inside the canvas', () => {
    for (const [w, h] of [
      [360, 300],
      [900, 560],
      [1920, 1080]
    ]) {
      const doc = parse(composeChartSvg(model, view, { ...base, width: w, height: h }));
      for (const t of doc.querySelectorAll('text')) {
        const x = Number(t.getAttribute('x'));
        const y = Number(t.getAttribute('y'));
        expect(x, t.textContent ?? '').toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(w);
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThanOrEqual(h);
      }
    }
  });

  it('embeds font CSS and escapes text', () => {
    const out = composeChartSvg(model, view, { ...base, title: 'A < B & "C"', fontCss: "@font-face{font-family:'Be Vietnam Pro';src:url(data:font/woff2;base64,AAAA) format('woff2')}" });
    expect(wellFormed(out)).toBe(true);
    const doc = parse(out);
    expect(doc.querySelector('style')?.textContent).toContain('@font-face');
    expect([...doc.querySelectorAll('text')].some((t) => t.textContent === 'A < B & "C"')).toBe(true);
  });
});

describe('frame', () => {
  const withNote = buildChartModel(
    { id: 'trade', series: [{ id: 'trade.total', color: 'var(--c1)' }], milestones: { kinds: { trade: 1 } } },
    { ...data, milestones: [{ milestone_id: 'm1', date: '2012-06', kind: 'trade', importance: 1, title_vi: 'Hiệp định', title_en: 'Agreement', title_lo: 'Agreement' }] }
  );

  it('names legend items and lists what each numbered flag marks', () => {
    const doc = parse(composeChartSvg(withNote, { ...view, series: ['total'] }, base));
    const legend = [...doc.querySelectorAll('[data-legend]')].map((t) => t.getAttribute('data-legend'));
    expect(legend).toContain('firm');
    expect(legend).toContain('span');
    expect([...doc.querySelectorAll('[data-milestone-note]')].map((t) => t.textContent)).toEqual(['6/2012: Hiệp định']);
    // Each period label says which bracket it belongs to.
    expect(doc.querySelector('text[data-label-for="f"]')).not.toBeNull();
  });

  it('bare: no title, legend, milestone list, source line or background; the key stays with the slide', () => {
    const opts = { ...base, width: 1600, height: 700, bare: true, fontSize: 26 };
    const { frame } = layoutChart(withNote, { ...view, series: ['total'] }, opts);
    const svg = composeChartSvg(withNote, { ...view, series: ['total'] }, opts);
    const doc = parse(svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).not.toContain(base.title);
    expect(doc.querySelectorAll('[data-legend], [data-milestone-note]')).toHaveLength(0);
    expect(texts.join(' ')).not.toContain('Nguồn');
    expect(svg).not.toContain('<rect width="100%"');
    expect(frame.notes).toEqual([]);
    // The same values as the full picture.
    const obs = (d: ReturnType<typeof parse>) => [...new Set([...d.querySelectorAll('[data-obs]')].map((e) => e.getAttribute('data-obs')))].sort();
    expect(obs(doc)).toEqual(obs(parse(composeChartSvg(withNote, { ...view, series: ['total'] }, base))));
  });

  it('a legend glyph alone is a small SVG of its own', () => {
    const g = parse(legendGlyphSvg('disputed', 'light', 24));
    expect(g.documentElement.getAttribute('width')).toBe('45.6');
    expect(g.querySelectorAll('circle')).toHaveLength(3);
  });
});

describe('wrapText', () => {
  it('wraps at the width and ends the last line with an ellipsis', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy tám chín mười', 10, 60, 2);
    expect(lines.length).toBe(2);
    expect(lines[1].endsWith('…')).toBe(true);
  });
});
