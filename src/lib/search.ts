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

/**
 * Entries whose names match the query, best first: an exact name, then a name that starts with the
 * query, then a word that starts with it, then the query anywhere inside a name.
 */
export function searchNames<T extends Searchable>(entries: T[], query: string, limit = 8): T[] {
  const q = foldName(query);
  if (!q) return [];
  const qs = squash(q);
  const scored: { entry: T; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    let best = Infinity;
    for (const raw of entry.names) {
      const name = foldName(raw);
      const flat = squash(name);
      const score =
        name === q || flat === qs ? 0 : flat.startsWith(qs) ? 1 : name.split(' ').some((w) => w.startsWith(q)) ? 2 : flat.includes(qs) ? 3 : Infinity;
      best = Math.min(best, score);
    }
    if (best < Infinity) scored.push({ entry, score: best, order });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.entry);
}

/**
 * Whether a text holds the query as a phrase, the way people search running text: without
 * diacritics, case or punctuation, starting at a word ("hiep dinh" finds "Hiệp định biên giới";
 * "ai lao" finds "Xứ ủy Ai Lao" but "ai" alone does not find every "hai"). A phrase, not a bag of
 * words: Vietnamese words are syllables, and "hiệp" and "định" apart occur in half the record.
 * `folded` is the text already passed through foldName (fold a long text once, match it often).
 */
export function matchesText(folded: string, query: string): boolean {
  const q = foldName(query);
  if (!q) return true;
  return ` ${folded}`.includes(` ${q}`);
}
