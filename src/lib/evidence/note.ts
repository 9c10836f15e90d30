/**
 * A note from the data as a reader should see it. Notes are written for people who check the data,
 * and name what they point to by id ("Cũng nêu ở seed-001 dòng 157", "(x-x014)", "xem dòng
 * dan-hoa-langkhang"): here each id becomes the thing's name, linked to its entry on the Sources
 * page. A phrase quoted from a source in another language ("Last year", "down") is marked with that
 * language (WCAG 3.1.2, language of parts). Pure: the names come in `refs`.
 */

import { textIn, type DataLang, type Lang, type ViEn } from '$lib/i18n';

export interface NotePart {
  text: string;
  /** Set on a quoted phrase in another language than the page's. */
  lang?: string;
  /** Set on a record named by its id: where the record is on the Sources page. */
  href?: string;
}

/** What an id stands for: a readable name and where to read the record. */
export type NoteRefs = Map<string, { label: string; href: string }>;

/** Letters Vietnamese writes and English and French never do. */
const VIETNAMESE_ONLY = /[ăđơưĂĐƠƯĩũĨŨ\u1ea0-\u1ef9]/;

/** The language a quoted phrase is in, when it is not the page's; undefined when it is. */
function phraseLang(phrase: string, lang: DataLang, foreign: string): string | undefined {
  if (!/[A-Za-z]{2}/.test(phrase) || /^[\w.-]+-[\w.-]+$/.test(phrase)) return undefined; // a number, an address slug
  if (lang === 'vi') return VIETNAMESE_ONLY.test(phrase) ? undefined : foreign;
  return VIETNAMESE_ONLY.test(phrase) ? 'vi' : undefined;
}

/**
 * Splits a note into parts: ids of `refs` become named links; phrases in quotation marks that are
 * in another language get `lang` (`foreign`: the language a quoted phrase on a Vietnamese page is
 * in — English unless the note is about a French page, say).
 */
export function noteParts(text: string, lang: DataLang, refs: NoteRefs, foreign = 'en'): NotePart[] {
  if (!text) return [];
  const ids = [...refs.keys()].sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Quoted phrases (straight or curly double quotes) and ids; an id matches case-insensitively
  // ("Seed-001" at the start of a sentence) and only as a whole token.
  const pattern = new RegExp(`(“[^”]*”|"[^"]*")${ids.length ? `|(?<![\\w-])(${ids.join('|')})(?![\\w-])` : ''}`, 'gi');
  const out: NotePart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    if (m[1]) {
      const inner = m[1].slice(1, -1);
      const l = phraseLang(inner, lang, foreign);
      if (l) out.push({ text: m[1][0] }, { text: inner, lang: l }, { text: m[1][m[1].length - 1] });
      else out.push({ text: m[1] });
    } else {
      const ref = refs.get(m[2].toLowerCase());
      out.push(ref ? { text: ref.label, href: ref.href } : { text: m[2] });
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  // Neighbouring plain parts read as one.
  return out.reduce<NotePart[]>((acc, p) => {
    const prev = acc[acc.length - 1];
    if (prev && !prev.lang && !prev.href && !p.lang && !p.href) prev.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}

/**
 * A note from the data as a page of `page` shows it: in the page's language, or (on a Lao page:
 * the data has no Lao notes) in English, with `lang` set to say so. `refs` name records for that
 * page (noteRefs(data, page)).
 */
export function pageNote(note: ViEn, page: Lang, refs: NoteRefs, foreign = 'en'): ShownNote {
  const { text, lang } = textIn(note, page);
  const parts = noteParts(text, lang as DataLang, refs, foreign);
  return lang === page ? { parts } : { parts, lang };
}

/** A note's parts, and its language when it is not the page's. */
export interface ShownNote {
  parts: NotePart[];
  lang?: string;
}

/** The note as plain text, ids named (for exports and places that cannot hold links). */
export const noteText = (parts: NotePart[]) => parts.map((p) => p.text).join('');
