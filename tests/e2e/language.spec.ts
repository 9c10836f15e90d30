import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { englishWordsIn, languageSelfCheck, namesOnTheEnglishSide, namesOnTheLaoSide, pageType, prerenderedPages, vietnameseWordsIn } from './language';

// WCAG 3.1.2, language of parts: every word on a page is in the page's language, or inside an
// element whose `lang` names its own (a quote, an English title kept as published). Checked on
// every prerendered Vietnamese page and embed, as a reader sees it with JavaScript on (notes in
// <details> opened), text and the attributes that are read aloud (aria-label, title, alt,
// placeholder) alike. English pages are checked for Vietnamese interface text on a sample that
// holds every page type, and Lao pages for English and Vietnamese interface text on a sample too.

interface Piece {
  text: string;
  lang: string;
  where: string;
}

/** Every visible text and read-aloud attribute of the page, with the language it is marked as. */
async function pieces(page: Page): Promise<Piece[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return page.evaluate(() => {
    const out: { text: string; lang: string; where: string }[] = [];
    const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? '';
    const describe = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 3; e = e.parentElement)
        parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/)[0]}` : ''));
      return parts.join(' > ');
    };
    const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text || skip.has(el.tagName) || !el.checkVisibility()) continue;
      out.push({ text, lang: langOf(el), where: describe(el) });
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], meta[name="description"]')) {
      if (el.tagName !== 'META' && !el.checkVisibility() && el.tagName !== 'svg') continue;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'content']) {
        const v = el.getAttribute(a)?.trim();
        if (v && (a !== 'content' || el.tagName === 'META') && !(a === 'title' && el.tagName === 'LINK')) out.push({ text: v, lang: langOf(el), where: `${describe(el)} @${a}` });
      }
    }
    out.push({ text: document.title, lang: document.documentElement.lang, where: 'title' });
    return out;
  });
}

test('the English word list holds no word the Vietnamese documents use', () => {
  expect(languageSelfCheck()).toEqual([]);
});

test('the detectors find what they look for, and leave names, addresses and Vietnamese alone', () => {
  expect(englishWordsIn('Ban Tuyên giáo Trung ương, 2017, line 1495 · undated · reporter: VNA')).toEqual(['line', 'undated', 'reporter']);
  expect(englishWordsIn('Embassy of Viet Nam in Laos')).toEqual(['of']);
  expect(englishWordsIn('Theo Vientiane Times và CafeF, kim ngạch tăng to lớn so với năm trước; in ấn; an ninh; do đó')).toEqual([]);
  expect(englishWordsIn('https://en.vietnamplus.vn/border-gates-between-son-la-and-lao-province-to-reopen; tin quan-he-voi-malaysia')).toEqual([]);
  const names = new Set(['sơn', 'la', 'hủa', 'phăn']);
  expect(vietnameseWordsIn('Sơn La and Hủa Phăn: nguồn chính thức', names)).toEqual(['nguồn', 'chính', 'thức']);
});

test.describe('Vietnamese pages', () => {
  test.describe.configure({ mode: 'parallel' });
  const paths = prerenderedPages('vi');
  test('the build has every page type and enough pages to check', () => {
    expect(new Set(paths.map(pageType)).size).toBeGreaterThanOrEqual(12);
    expect(paths.length).toBeGreaterThanOrEqual(30);
  });
  for (const path of paths) {
    test(`${path} has no English outside lang="en"`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      const found = (await pieces(page))
        .filter((p) => p.lang === 'vi')
        .map((p) => ({ ...p, words: englishWordsIn(p.text) }))
        .filter((p) => p.words.length);
      const report = found.map((p) => `  [${p.words.join(', ')}] "${p.text.slice(0, 140)}" — ${p.where}`);
      expect(report, `${path}: English words on a Vietnamese page\n${report.join('\n')}`).toEqual([]);
    });
  }
});

test.describe('English pages', () => {
  test.describe.configure({ mode: 'parallel' });
  const dataset = JSON.parse(readFileSync('src/lib/data/generated/dataset.json', 'utf8'));
  const names = namesOnTheEnglishSide(dataset);
  // Every page type, and at most six pages of each (the profiles and province embeds are many).
  const all = prerenderedPages('en');
  const byType = new Map<string, string[]>();
  for (const p of all) byType.set(pageType(p), [...(byType.get(pageType(p)) ?? []), p]);
  const sample = [...byType.values()].flatMap((ps) => ps.slice(0, 6));
  for (const path of sample) {
    test(`${path} has no Vietnamese interface text outside lang="vi"`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      const found = (await pieces(page))
        .filter((p) => p.lang === 'en')
        .map((p) => ({ ...p, words: vietnameseWordsIn(p.text, names) }))
        .filter((p) => p.words.length);
      const report = found.map((p) => `  [${p.words.join(', ')}] "${p.text.slice(0, 140)}" — ${p.where}`);
      expect(report, `${path}: Vietnamese words on an English page\n${report.join('\n')}`).toEqual([]);
    });
  }
});

test.describe('Lao pages', () => {
  test.describe.configure({ mode: 'parallel' });
  const dataset = JSON.parse(readFileSync('src/lib/data/generated/dataset.json', 'utf8'));
  const names = namesOnTheLaoSide(dataset);
  // Every page type, three pages of each (a Lao page's words are mostly the same messages).
  const byType = new Map<string, string[]>();
  for (const p of prerenderedPages('lo')) byType.set(pageType(p), [...(byType.get(pageType(p)) ?? []), p]);
  const sample = [...byType.values()].flatMap((ps) => ps.slice(0, 3));
  test('the build has every page type in Lao', () => {
    expect([...byType.keys()].sort()).toEqual([...new Set(prerenderedPages('vi').map(pageType))].sort());
  });
  for (const path of sample) {
    test(`${path} has no English or Vietnamese interface text outside an element marked so`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      const found = (await pieces(page))
        .filter((p) => p.lang === 'lo')
        .map((p) => ({ ...p, words: [...englishWordsIn(p.text), ...vietnameseWordsIn(p.text, names)] }))
        .filter((p) => p.words.length);
      const report = found.map((p) => `  [${p.words.join(', ')}] "${p.text.slice(0, 140)}" — ${p.where}`);
      expect(report, `${path}: English or Vietnamese words on a Lao page\n${report.join('\n')}`).toEqual([]);
    });
  }
});
