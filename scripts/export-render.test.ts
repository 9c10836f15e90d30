// Every output of every chart, in both languages, shows what the scene shows: the same values
// (data-obs) and the same legend items in the SVG file, the SVG a PNG and a slide are drawn from, and
// the PowerPoint slide (its chart and its notes). And the deck opens in LibreOffice Impress.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { chartDisplay, chartIds } from '../src/lib/charts/catalog';
import { shownObsIds } from '../src/lib/charts/deck';
import { buildScene } from '../src/lib/charts/scene';
import { chartJob, chartSvg, deckOf, forResvg, loadDataset, quotesOf, rasterise, slideOf } from './export-render';

const data = loadDataset();
const quotes = quotesOf(data);
const jobs = chartIds.flatMap((chart) => (['vi', 'en'] as const).map((lang) => chartJob(data, chart, lang, 'light', {})));

function read(svg: string) {
  const doc = new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
  return {
    obs: [...new Set([...doc.querySelectorAll('[data-obs]')].map((e) => e.getAttribute('data-obs')!))].sort(),
    legend: [...doc.querySelectorAll('[data-legend]')].map((e) => e.textContent)
  };
}

/** The text runs of a slide or notes XML, entities decoded. */
function runs(xml: string): string[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]));
}

async function deckParts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const files = (re: RegExp) => Object.keys(zip.files).filter((f) => re.test(f)).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  const notes = await Promise.all(files(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((f) => zip.file(f)!.async('string')));
  const slides = await Promise.all(files(/^ppt\/slides\/slide\d+\.xml$/).map((f) => zip.file(f)!.async('string')));
  return { zip, notes, slides };
}

describe.each(jobs)('$chart ($lang)', (job) => {
  const scene = buildScene(job.model, job.view, { lang: job.lang, title: job.title, ...chartDisplay(job.chart) });
  const expected = { obs: shownObsIds(scene).sort(), legend: scene.legend.map((l) => l.label) };

  it('the SVG file, the PNG and slide sources and the slide show the scene’s values and legend', async () => {
    expect(expected.obs.length).toBeGreaterThan(0);
    expect(read(chartSvg(job, 1200, 750, true))).toEqual(expected);
    expect(read(chartSvg(job, 1200, 750, false))).toEqual(expected);
    expect(read(chartSvg({ ...job, theme: 'slide' }, 1920, 1080, false))).toEqual(expected);
    expect(read(chartSvg({ ...job, theme: 'dark' }, 480, 600, false))).toEqual(expected);
    const spec = slideOf(job, quotes, 'https://example.org');
    expect(spec.obsIds.sort()).toEqual(expected.obs);
    expect(read(spec.chart.svg).obs).toEqual(expected.obs);
    expect(spec.legend.map((l) => l.label)).toEqual(expected.legend);
    // The deck: legend labels are text on the slide, the notes name every value with its quote.
    const { notes, slides } = await deckParts(await deckOf([spec]));
    const texts = runs(slides[0]);
    for (const label of expected.legend) expect(texts).toContain(label);
    const said = runs(notes[0]).join('\n');
    expect([...new Set([...said.matchAll(/#obs-([\w.-]+)/g)].map((m) => m[1]))].sort()).toEqual(expected.obs);
    for (const id of expected.obs) {
      const q = quotes[id]?.quote;
      if (q) expect(said).toContain(`“${q}”`);
    }
  }, 30_000);
});

describe('PNG', () => {
  it('is drawn at the asked size from the SVG', () => {
    const png = rasterise(chartSvg(jobs[0], 1200, 750, false));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 750]);
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const ci = !!process.env.CI;
if (!soffice && !ci) console.warn('export-render.test.ts: soffice not found, so the LibreOffice check of the deck is skipped (apt-get install libreoffice-impress; CI installs it)');

describe('the deck in LibreOffice Impress', () => {
  it.skipIf(!soffice && !ci)('opens (converted to PDF) and holds one page per slide', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-'));
    try {
      const bytes = await deckOf(jobs.map((j) => slideOf(j, quotes, '')));
      const { slides } = await deckParts(bytes);
      expect(slides).toHaveLength(chartIds.length * 2);
      writeFileSync(join(dir, 'charts.pptx'), bytes);
      // A profile of its own, so a LibreOffice the developer has open does not take the job.
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'charts.pptx')], { timeout: 120_000, stdio: 'pipe' });
      const pdf = readFileSync(join(dir, 'charts.pdf'), 'latin1');
      const pages = [...pdf.matchAll(/\/Type\s*\/Page(?!s)/g)].length;
      expect(pages).toBe(slides.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('forResvg', () => {
  it('writes Lao sara am as its two parts, which resvg places right, and changes nothing else', () => {
    expect(forResvg('<text>ສຳລັບ 2025</text>')).toBe('<text>ສ\u0ECD\u0EB2ລັບ 2025</text>');
    expect(forResvg('<text>Sơn La</text>')).toBe('<text>Sơn La</text>');
  });
});
