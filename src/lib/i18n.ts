/** Languages the site is published in; Vietnamese is the default. */
export const langs = ['vi', 'en', 'lo'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'vi';

export function isLang(value: unknown): value is Lang {
  return (langs as readonly unknown[]).includes(value);
}

/**
 * BCP 47 tags used for Intl formatting. Vietnamese and Lao both group digits with '.' and mark
 * decimals with ',' (Node 20's ICU and Chromium agree for lo-LA: 1.234.567,5), and both have their
 * own month names in Intl (lo-LA: ມັງກອນ … ທັນວາ).
 */
export const intlLocale: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB', lo: 'lo-LA' };

/** Each language's name in that language, as the language switch offers it. */
export const langNames: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English', lo: 'ພາສາລາວ' };

/** A text in every language the site is published in. */
export type Localized = Record<Lang, string>;

/**
 * The languages the data's notes, records and translated titles are written in: data/*.csv keeps
 * them in Vietnamese and English (`note_vi`, `note_en`); only labels, titles and names have Lao
 * (`label_lo`, `title_lo`, `name_lo`, `publisher_lo`).
 */
export type DataLang = 'vi' | 'en';
/** A text the data holds in Vietnamese and English only. */
export type ViEn = Record<DataLang, string>;

/**
 * The language a page shows a text in when the data has none in its own: a Lao page shows a note
 * in English, the version written for readers who do not read Vietnamese, and marks it `lang="en"`
 * (WCAG 3.1.2). Never a machine translation passed off as Lao.
 */
export const dataLang: Record<Lang, DataLang> = { vi: 'vi', en: 'en', lo: 'en' };

/** A text in a page's language where it exists, else in the data language that stands in, with the language it is in. */
export function textIn(text: ViEn | Localized, lang: Lang): { text: string; lang: Lang } {
  if (lang in text) return { text: (text as Localized)[lang], lang };
  const stand = dataLang[lang];
  return { text: text[stand], lang: stand };
}

/** The same text built in every language. */
export function localized(make: (lang: Lang) => string): Localized {
  return { vi: make('vi'), en: make('en'), lo: make('lo') };
}

/** A row's `<base>_vi`, `<base>_en`, `<base>_lo` columns as one text: `columnsOf(series, 'label')`. */
export function columnsOf<B extends string>(row: { [K in `${B}_${Lang}`]: string }, base: B): Localized {
  return localized((lang) => row[`${base}_${lang}` as `${B}_${Lang}`]);
}

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

/**
 * The language to open for a browser's preferred languages (navigator.languages, or the tags of an
 * Accept-Language header in order): the first one the site is published in, else Vietnamese. A Lao
 * browser (`lo-LA`, `lo`) opens the Lao pages.
 */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const tag = l.trim().toLowerCase().split(/[-_;]/)[0];
    if (isLang(tag)) return tag;
  }
  return defaultLang;
}
