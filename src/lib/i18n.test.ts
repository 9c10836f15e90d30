import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnsOf, intlLocale, isLang, langFromPath, langNames, langs, localized, localizedPath, preferredLang, switchLangHref, textIn } from './i18n';

describe('i18n paths', () => {
  it('recognises only the published languages', () => {
    expect(isLang('vi')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('lo')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang('LO')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
  it('reads the language from the first segment', () => {
    expect(langFromPath('/en/trade/')).toBe('en');
    expect(langFromPath('/lo/provinces/houaphanh/')).toBe('lo');
    expect(langFromPath('/trade/')).toBeUndefined();
    expect(langFromPath('/')).toBeUndefined();
  });
  it('prefixes paths', () => {
    expect(localizedPath('vi', '/trade/')).toBe('/vi/trade/');
    expect(localizedPath('en')).toBe('/en/');
    expect(localizedPath('lo', 'twinning/34/')).toBe('/lo/twinning/34/');
  });
  it('keeps page and query when switching language', () => {
    expect(switchLangHref('/vi/trade/', '?from=2006&to=2025', 'en')).toBe('/en/trade/?from=2006&to=2025');
    expect(switchLangHref('/en/provinces/son-la/', '', 'vi')).toBe('/vi/provinces/son-la/');
    expect(switchLangHref('/', '', 'en')).toBe('/en/');
    expect(switchLangHref('/vi/twinning/34/', '?p=son-la', 'lo')).toBe('/lo/twinning/34/?p=son-la');
    expect(switchLangHref('/lo/timeline/', '?q=1977', 'vi')).toBe('/vi/timeline/?q=1977');
  });
});

describe('languages', () => {
  it('are the locales Paraglide compiles (svelte.config.js builds and crawls from the same list)', () => {
    const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as { baseLocale: string; locales: string[] };
    expect(settings.locales).toEqual([...langs]);
    expect(settings.baseLocale).toBe(langs[0]);
  });
  it('formats Lao numbers and months through Intl with lo-LA', () => {
    expect(intlLocale.lo).toBe('lo-LA');
    // Node's ICU: '.' groups, ',' marks decimals, as Lao official publications print them.
    expect(new Intl.NumberFormat(intlLocale.lo, { maximumFractionDigits: 1 }).format(1234567.5)).toBe('1.234.567,5');
    expect(new Intl.DateTimeFormat(intlLocale.lo, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 11, 1)))).toBe('ທັນວາ');
  });
  it('names every language in itself', () => {
    expect(langs.map((l) => langNames[l])).toEqual(['Tiếng Việt', 'English', 'ພາສາລາວ']);
  });
  it('sends a browser to the first language it lists that the site has', () => {
    expect(preferredLang(['lo-LA', 'en-US'])).toBe('lo');
    expect(preferredLang(['lo'])).toBe('lo');
    expect(preferredLang(['th-TH', 'lo-LA', 'vi'])).toBe('lo');
    expect(preferredLang(['en-US', 'en'])).toBe('en');
    expect(preferredLang(['vi-VN', 'lo'])).toBe('vi');
    expect(preferredLang(['fr-FR', 'de'])).toBe('vi');
    expect(preferredLang([])).toBe('vi');
  });
});

describe('localized texts', () => {
  it('builds and reads a text in every language', () => {
    expect(localized((l) => l.toUpperCase())).toEqual({ vi: 'VI', en: 'EN', lo: 'LO' });
    expect(columnsOf({ label_vi: 'Tổng', label_en: 'Total', label_lo: 'ລວມ' }, 'label')).toEqual({ vi: 'Tổng', en: 'Total', lo: 'ລວມ' });
  });
  it('shows a text the data has only in Vietnamese and English in English on a Lao page, and says so', () => {
    const note = { vi: 'Theo sách', en: 'As the book says' };
    expect(textIn(note, 'vi')).toEqual({ text: 'Theo sách', lang: 'vi' });
    expect(textIn(note, 'en')).toEqual({ text: 'As the book says', lang: 'en' });
    expect(textIn(note, 'lo')).toEqual({ text: 'As the book says', lang: 'en' });
    expect(textIn({ vi: 'Tổng', en: 'Total', lo: 'ລວມ' }, 'lo')).toEqual({ text: 'ລວມ', lang: 'lo' });
  });
});
