import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { watchPage } from './site';

/** Height the exporter adds to the on-screen chart box for title, legend and source (EXPORT_FRAME_HEIGHT in export-browser.ts). */
const FRAME = 190;

interface Png {
  width: number;
  height: number;
  /** RGBA pixel at (x, y). */
  at: (x: number, y: number) => [number, number, number, number];
}

/** A tiny PNG reader (8-bit RGB or RGBA, non-interlaced, as canvas.toBlob writes): enough to count pixels. */
function readPng(buf: Buffer): Png {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8], 'bit depth').toBe(8);
      colorType = data[9];
      expect([2, 6], 'colour type').toContain(colorType);
      expect(data[12], 'interlace').toBe(0);
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? px[y * stride + x - bpp] : 0;
      const b = y > 0 ? px[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? px[(y - 1) * stride + x - bpp] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter];
      px[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return {
    width,
    height,
    at: (x, y) => {
      const i = y * stride + x * bpp;
      return [px[i], px[i + 1], px[i + 2], bpp === 4 ? px[i + 3] : 255];
    }
  };
}

/** Share of pixels unlike the corner (background) and the number of distinct colours, on a grid. */
function pixelStats(png: Png) {
  const bg = png.at(0, 0).join();
  const colours = new Set<string>();
  let other = 0;
  let total = 0;
  for (let y = 0; y < png.height; y += 3) {
    for (let x = 0; x < png.width; x += 3) {
      const c = png.at(x, y).join();
      colours.add(c);
      if (c !== bg) other++;
      total++;
    }
  }
  return { bg, inked: other / total, colours: colours.size };
}

async function download(page: Page, kind: 'png' | 'svg' | 'slide' | 'pptx') {
  await page.getByRole('button', { name: /^(Tải về|Download)/ }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-download="${kind}"]`).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

test.describe('chart downloads', () => {
  test.use({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

  test('PNG of the trade chart is twice the on-screen size and not blank', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto('/vi/trade/');
    const box = await page.locator('[data-chart="trade"]').boundingBox();
    expect(box).not.toBeNull();
    const { name, bytes } = await download(page, 'png');
    expect(name).toBe('trade-vi-1990-2025.png');
    const png = readPng(bytes);
    expect(png.width).toBe(2 * Math.round(box!.width));
    expect(png.height).toBe(2 * (Math.round(box!.height) + FRAME));
    const stats = pixelStats(png);
    expect(stats.bg).toBe('255,255,255,255');
    expect(stats.inked).toBeGreaterThan(0.02);
    expect(stats.colours).toBeGreaterThan(50);
    watch.expectClean();
  });

  test('SVG keeps its text, the source line and an embedded font', async ({ page }) => {
    await page.goto('/en/trade/');
    const { name, bytes } = await download(page, 'svg');
    expect(name).toBe('trade-en-1990-2025.svg');
    const svg = bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        style: doc.querySelector('style')?.textContent ?? '',
        lines: doc.querySelectorAll('path.line').length
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toContain('Viet Nam–Laos two-way trade, 1990–2025');
    expect(parsed.texts.join(' ')).toMatch(/^.*Source: .*Period 1990–2025/);
    expect(parsed.texts).toContain('billion USD');
    expect(parsed.lines).toBe(3);
    expect(parsed.style).toContain('@font-face');
    expect(parsed.style).toMatch(/font-family:'Be Vietnam Pro'.*src:url\(data:font\/woff2;base64,/);
  });

  test('slide PNG is 1920×1080 and follows a dark theme', async ({ page }) => {
    await page.goto('/vi/trade/?theme=dark');
    const { name, bytes } = await download(page, 'slide');
    expect(name).toBe('trade-vi-1990-2025-slide.png');
    const png = readPng(bytes);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    const stats = pixelStats(png);
    expect(stats.bg).toBe('17,21,27,255');
    expect(stats.inked).toBeGreaterThan(0.02);
  });
});

test.describe('Lao downloads', () => {
  test.use({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

  test('a Lao chart downloads in Lao, with Noto Sans Lao inside the SVG and Lao drawn in the PNG', async ({ page }) => {
    await page.goto('/lo/trade/');
    const openMenu = () => page.locator('.menu-wrap > button').first().click();
    const get = async (kind: 'png' | 'svg') => {
      await openMenu();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-download="${kind}"]`).click()]);
      return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
    };
    const svg = await get('svg');
    expect(svg.name).toBe('trade-lo-1990-2025.svg');
    const text = svg.bytes.toString('utf8');
    // Lao labels (the line's short name, the axis unit) and both Lao faces, limited to the Lao block.
    expect(text).toContain('>ລວມ<');
    expect(text).toContain('ຕື້ USD');
    expect(text.match(/font-family:'Noto Sans Lao';font-style:normal;font-weight:(400|600);[^}]*unicode-range:U\+0?E80-0?EFF[^}]*src:url\(data:font\/woff2;base64,/g)).toHaveLength(2);
    const png = readPng((await get('png')).bytes);
    expect(pixelStats(png).inked).toBeGreaterThan(0.02);
    // The same chart in English carries no Lao face.
    await page.goto('/en/trade/');
    await openMenu();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="svg"]').click()]);
    expect(readFileSync(await dl.path(), 'utf8')).not.toContain("'Noto Sans Lao';font-style");
  });
});

test.describe('PowerPoint and citation', () => {
  test.use({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

  test('the deck has one 16:9 slide: title, chart as SVG with a PNG fallback, legend, notes with every value and its quote', async ({ page }) => {
    const watch = watchPage(page);
    const js: string[] = [];
    page.on('request', (r) => r.url().endsWith('.js') && js.push(r.url()));
    await page.goto('/en/trade/?from=2006');
    const before = js.length;
    const shown = await page.locator('[data-chart="trade"] [data-obs]:not(.same)').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-obs')!))]);
    const { name, bytes } = await download(page, 'pptx');
    expect(name).toBe('trade-en-2006-2025.pptx');
    // pptxgenjs came only now, with the first deck.
    expect(js.length).toBeGreaterThan(before);
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(1);
    const pres = await zip.file('ppt/presentation.xml')!.async('string');
    const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(pres)!;
    expect(Number(cx) / Number(cy)).toBeCloseTo(16 / 9, 2);
    const slide = await zip.file(slides[0])!.async('string');
    expect(slide).toContain('type="title"');
    expect(slide).toContain('Viet Nam–Laos two-way trade, 2006–2025');
    expect(slide).toContain('svgBlip');
    expect(slide).toContain('reported');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/'));
    const svgs = await Promise.all(media.filter((f) => f.endsWith('.svg')).map((f) => zip.file(f)!.async('string')));
    const chartSvg = svgs.find((s) => s.includes('data-chart="trade"'))!;
    expect(chartSvg).toBeTruthy();
    // The fallback is a real picture of the chart, not pptxgenjs's placeholder.
    const pngs = await Promise.all(media.filter((f) => f.endsWith('.png')).map((f) => zip.file(f)!.async('nodebuffer')));
    const big = pngs.map(readPng).sort((a, b) => b.width - a.width)[0];
    expect(big.width).toBeGreaterThan(2000);
    expect(pixelStats(big).inked).toBeGreaterThan(0.02);
    const notesFile = Object.keys(zip.files).find((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))!;
    const notes = await zip.file(notesFile)!.async('string');
    const listed = [...new Set([...notes.matchAll(/#obs-([\w.-]+)/g)].map((m) => m[1]))];
    expect(listed.sort()).toEqual(shown.sort());
    expect(notes).toMatch(/“[^”]+”/);
    watch.expectClean();
  });

  test('Cite gives a ready citation of the view in the page language, with a copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/vi/trade/?from=2010&series=exports');
    await page.locator('[data-cite]').click();
    const text = await page.getByRole('textbox', { name: /Trích dẫn/ }).inputValue();
    expect(text).toContain('Số liệu hợp tác Việt Nam – Lào. “Thương mại hai chiều Việt Nam – Lào, 2010–2025”.');
    expect(text).toContain('/vi/trade/?from=2010&series=exports.');
    expect(text).toMatch(/Truy cập ngày \d{1,2}\/\d{1,2}\/\d{4}\./);
    expect(text).toMatch(/Nguồn số liệu: .+\./);
    await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await expect(page.getByRole('status')).toHaveText('Đã sao chép trích dẫn.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await page.goto('/en/twinning/?p=son-la');
    await page.locator('[data-cite]').click();
    const tw = await page.getByRole('textbox', { name: /Cite/ }).inputValue();
    expect(tw).toMatch(/^Viet Nam – Laos cooperation statistics\. “Twinned localities of Viet Nam and Laos”\. http.*\/en\/twinning\/\?p=son-la\. Accessed .+\. Data: .+\.$/);
  });
});
