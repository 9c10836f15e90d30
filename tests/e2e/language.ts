/**
 * Language of parts (WCAG 3.1.2): finds words of one language in text marked as another.
 *
 * English on a Vietnamese page: whole lower-case ASCII words from a list of common English words
 * (function words, and the words this site's data and interface would leak: source, line, trade,
 * undated, reporter…). Capitalised words are left alone: they are proper names (Vientiane Times,
 * CafeF, Vietnam News Agency), which WCAG lets stand in any language. Words that are Vietnamese too,
 * written without marks ("to" big, "in" print, "an" safe, "do" by, "so" compare, "can" intervene…),
 * are not in the list; languageSelfCheck() proves it against the Vietnamese documents.
 *
 * Vietnamese on an English page: words with Vietnamese letters, except the names the data itself
 * uses on its English side (place names and their spellings, people, publishers, titles).
 */
import { readFileSync, readdirSync } from 'node:fs';

const COMMON = `
the and of or not nor is are was were be been being for with from by at as this that these those there their they them
it its he she his her we our you your which who whom whose what when where why how all any each every some many more most
other such only own same than too very will just should now also into over under about after before between through during
without within against among per via would could might must shall does did done has have had having
one two three four five six seven eight nine ten first second third last next new old
source sources line lines figure figures trade students student investment experts expert aid border province provinces
district districts commune communes city cities country countries undated reporter reporters date dated year years month
months day days period periods total totals value values number numbers count counts share shares rate rates growth
approximately estimate estimated estimates approximate reported report reports preliminary target targets lower upper bound
bounds less nearly least chart charts table tables map maps page pages data dataset download downloads file files link links
quote quotes note notes cite cited citation title titles publisher published publishing news agency newspaper magazine
site forum repost reposted mirror company thesis press official secondary release exports export imports import
trading turnover billion million thousand percent capital registered projects project cumulative stock flow twinning twinned
cooperation friendship agreement agreements signed sign signing treaty treaties visit visited visits meeting meetings
conference delegation delegations since until former historical active level kind status partner partners vietnamese laotian
embassy ministry ministries department committee government party state people peoples national provincial central general
school schools university universities scholarship scholarships training trained study studied studying says stated
according see shown show shows showing view views read however because therefore while though although whether both either
neither cent road roads gate gates pair bridge bridges railway highway airport port war army military defence defense
security relations relationship special comprehensive strategic increase increased decrease decreased rose fell reached reach
reaching up down rise fall announced expected end start started ending starting open opened opens opening help helped support
supported record records signed entry entries previous following reason known unknown differ different disagree
`;

/** English words that are also Vietnamese words written without marks: never reported. */
export const VIETNAMESE_TOO = ['an', 'ban', 'can', 'do', 'in', 'lao', 'long', 'may', 'me', 'no', 'say', 'so', 'than', 'to', 'blog', 'website'];

export const ENGLISH_WORDS = new Set(COMMON.split(/\s+/).filter((w) => w && !VIETNAMESE_TOO.includes(w)));

/** Text with addresses and domain names taken out: their slugs are not prose ("…/politics-laws/…"). */
const stripAddresses = (s: string) =>
  s
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\b[\w-]+(\.[\w-]+)*\.(vn|com|net|org|info|gov|la|me|asia|news)\b\S*/gi, ' ')
    // a path (news/2001/01) or an address slug (quan-he-voi-malaysia)
    .replace(/\b[\w.-]+(\/[\w.-]+)+\/?/g, ' ')
    .replace(/\b[a-z0-9]+(-[a-z0-9]+){2,}\b/g, ' ');

const words = (s: string) => stripAddresses(s.normalize('NFC')).match(/[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu) ?? [];

/** The English words in a text meant to be Vietnamese. */
export function englishWordsIn(text: string): string[] {
  return words(text).filter((w) => /^[a-z]+$/.test(w) && ENGLISH_WORDS.has(w));
}

/** Letters Vietnamese writes and English never does. */
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ\u1ea0-\u1ef9]/;

/** The Vietnamese words in a text meant to be English, less the names in `allowed` (folded to lower case). */
export function vietnameseWordsIn(text: string, allowed: Set<string>): string[] {
  return words(text).filter((w) => VIETNAMESE_LETTER.test(w) && !allowed.has(w.toLowerCase()));
}

/** Words of every English-side text of the data: place names, people, publishers and titles as the data spells them in English. */
export function namesOnTheEnglishSide(dataset: Record<string, Record<string, unknown>[]>): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string') for (const w of words(v)) out.add(w.toLowerCase());
  };
  for (const rows of Object.values(dataset)) {
    if (!Array.isArray(rows)) continue;
    for (const row of rows)
      for (const [k, v] of Object.entries(row)) if (k.endsWith('_en') || k === 'aliases' || k === 'name_vi') add(v);
  }
  return out;
}

/**
 * Words a Lao page may show outside an element marked with another language: the data's names in
 * every spelling (place names, aliases) and the words in Latin letters of its Lao columns (brands and
 * names kept as published: CafeF, Saigon Giai Phong, Người Lao Động).
 */
export function namesOnTheLaoSide(dataset: Record<string, Record<string, unknown>[]>): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string') for (const w of words(v)) out.add(w.toLowerCase());
  };
  for (const rows of Object.values(dataset)) {
    if (!Array.isArray(rows)) continue;
    for (const row of rows) for (const [k, v] of Object.entries(row)) if (k.endsWith('_lo') || k === 'aliases' || k === 'name_vi' || k === 'name_en') add(v);
  }
  return out;
}


/**
 * The list must not hold a word Vietnamese writes: every word of the five Vietnamese documents
 * that is in the list is returned (the test expects none).
 */
export function languageSelfCheck(documentsDir = 'data/documents'): string[] {
  const found = new Set<string>();
  for (const f of readdirSync(documentsDir).filter((f) => f.endsWith('.txt')))
    for (const w of englishWordsIn(readFileSync(`${documentsDir}/${f}`, 'utf8'))) found.add(w);
  return [...found];
}

/** Every prerendered page of a language, as paths: /vi/…/ and /embed/vi/…/. */
export function prerenderedPages(lang: string, root = 'build'): string[] {
  const out: string[] = [];
  const walk = (dir: string, path: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${dir}/${e.name}`, `${path}${e.name}/`);
      else if (e.name === 'index.html') out.push(path);
    }
  };
  walk(`${root}/${lang}`, `/${lang}/`);
  walk(`${root}/embed/${lang}`, `/embed/${lang}/`);
  return out.sort();
}

/** The kind of a page, for sampling: /vi/provinces/son-la/ → provinces, /embed/vi/province/x/ → embed/province. */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts[0] === 'embed' ? `embed/${parts[2] ?? ''}` : (parts[1] ?? 'home');
}
