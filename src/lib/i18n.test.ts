import { describe, expect, it } from 'vitest';
import { isLang, langFromPath, localizedPath, switchLangHref } from './i18n';

describe('i18n paths', () => {
  it('recognises only the published languages', () => {
    expect(isLang('vi')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
  it('reads the language from the first segment', () => {
    expect(langFromPath('/en/trade/')).toBe('en');
    expect(langFromPath('/trade/')).toBeUndefined();
    expect(langFromPath('/')).toBeUndefined();
  });
  it('prefixes paths', () => {
    expect(localizedPath('vi', '/trade/')).toBe('/vi/trade/');
    expect(localizedPath('en')).toBe('/en/');
  });
  it('keeps page and query when switching language', () => {
    expect(switchLangHref('/vi/trade/', '?from=2006&to=2025', 'en')).toBe('/en/trade/?from=2006&to=2025');
    expect(switchLangHref('/en/provinces/son-la/', '', 'vi')).toBe('/vi/provinces/son-la/');
    expect(switchLangHref('/', '', 'en')).toBe('/en/');
  });
});
