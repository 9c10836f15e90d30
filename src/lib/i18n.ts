/** Languages the site is published in; Vietnamese is the default. */
export const langs = ['vi', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'vi';

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** BCP 47 tags used for Intl formatting (Vietnamese digits group with '.', decimals with ','). */
export const intlLocale: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The language named by the first path segment, if any. */
export function langFromPath(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}

/** `/trade/` in `en` → `/en/trade/`. Paths are site-absolute and keep the trailing slash convention. */
export function localizedPath(lang: Lang, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `/${lang}${clean}`;
}

/**
 * The same page and query string in another language: only the language segment changes, so a
 * shared view (`?from=2006&series=exports`) survives the switch.
 */
export function switchLangHref(pathname: string, search: string, to: Lang): string {
  const parts = pathname.split('/');
  if (isLang(parts[1])) parts[1] = to;
  else parts.splice(1, 0, to);
  return parts.join('/') + search;
}
