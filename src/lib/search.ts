// One search for the whole site: the map, the twinning table, the timeline and the Sources page.
/**
 * Matching place names the way people type them: without diacritics, in any case, with or without
 * spaces and hyphens ("son la", "Sơn-La", "houaphan" and "hua phan" all find their province).
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded name with no separators at all, so "luangprabang" meets "Luang Prabang". */
const squash = (folded: string) => folded.replace(/ /g, '');

export interface Searchable {
  /** Every spelling this entry answers to. */
  names: string[];
}

// The words people put before or after a place's name ("TP. Hồ Chí Minh", "tỉnh Sơn La", "Luang
// Prabang province"), folded: a query is also tried without them. ("xã" is left alone: "Xa" starts
// Lao names such as Xa Vẳn Na Khệt.)
const LEADING = /^(thanh pho|tp|tinh|thu do|quan|huyen|thi xa|province of|city of) (?=\S)/;
const TRAILING = /(?<=\S) (province|city|prefecture)$/;

/** The folded query, and the same without an administrative word before or after the name. */
function queryForms(query: string): string[] {
  const q = foldName(query);
  if (!q) return [];
  const bare = q.replace(LEADING, '').replace(TRAILING, '');
  return bare !== q ? [q, bare] : [q];
}

/**
 * How well a list of names answers a query, lower is better: 0 an exact name, 1 a name that starts
 * with the query, 2 a word that starts with it, 3 the query anywhere inside a name; Infinity for none.
 */
export function nameScore(names: string[], query: string): number {
  let best = Infinity;
  for (const q of queryForms(query)) {
    const qs = squash(q);
    for (const raw of names) {
      const name = foldName(raw);
      const flat = squash(name);
      const score =
        name === q || flat === qs ? 0 : flat.startsWith(qs) ? 1 : name.split(' ').some((w) => w.startsWith(q)) ? 2 : flat.includes(qs) ? 3 : Infinity;
      best = Math.min(best, score);
    }
  }
  return best;
}

/**
 * Entries whose names match the query, best first: an exact name, then a name that starts with the
 * query, then a word that starts with it, then the query anywhere inside a name.
 */
export function searchNames<T extends Searchable>(entries: T[], query: string, limit = 8): T[] {
  if (!foldName(query)) return [];
  const scored: { entry: T; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const score = nameScore(entry.names, query);
    if (score < Infinity) scored.push({ entry, score, order });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.entry);
}

/**
 * Whether a text answers a query, for filtering lists of longer texts (the Sources page), folded the
 * same way as names. Words typed together must stand together: a Vietnamese word is often two
 * syllables ("hải quan", "Sơn La"), and "hai" (two) and "quan" (as in "quan hệ") are everywhere on
 * their own. Numbers may stand anywhere: "hai quan 2015" finds "Tổng cục Hải quan … năm 2015".
 * The last word may be unfinished ("hai qua"). Pass the text folded when it is asked many times.
 */
export function textMatches(foldedText: string, query: string): boolean {
  const text = ` ${foldedText}`;
  const phrases: string[] = [];
  let run: string[] = [];
  for (const w of foldName(query).split(' ').filter(Boolean)) {
    if (/^\d+$/.test(w)) {
      if (run.length) phrases.push(run.join(' '));
      phrases.push(w);
      run = [];
    } else run.push(w);
  }
  if (run.length) phrases.push(run.join(' '));
  return phrases.every((p) => (/^\d+$/.test(p) ? text.includes(p) : text.includes(` ${p}`)));
}

/**
 * Whether a record (a row of a table) answers a query: one of its names does, as searchNames
 * matches them, or its folded text (quotes, notes, titles) holds the query. An empty query
 * matches everything.
 */
export function recordMatches(record: Searchable & { text?: string }, query: string): boolean {
  const forms = queryForms(query);
  if (!forms.length) return true;
  if (nameScore(record.names, query) < Infinity) return true;
  const text = record.text ? foldName(record.text) : '';
  // Words run together or apart ("Xiengkhouang", "Xieng Khouang") meet as in names, for a query
  // long enough not to match across any two words.
  const flat = squash(text);
  return forms.some((q) => text.includes(q) || (q.length >= 6 && flat.includes(squash(q))));
}
