import { render } from 'svelte/server';
import ReviewNotice from '$lib/components/ReviewNotice.svelte';
import type { Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { prepareReport, publicUrl, type PreparedReport } from '$lib/site';

/**
 * A Lao page's report of a translation error (ReviewNotice): the page it came from, the wrong text
 * and the suggested one, through the site's correction channel. Null on Vietnamese and English
 * pages, which are not translations awaiting review.
 */
export function reviewReport(lang: Lang, path: string): PreparedReport | null {
  if (lang !== 'lo') return null;
  const page = publicUrl(path);
  return prepareReport({ subject: m.lo_review_subject({ page: path }, { locale: lang }), body: m.lo_review_body({ page }, { locale: lang }) });
}

/**
 * The notice as HTML for a layout to place ({@html}), or '' on pages that are not translations: a
 * component in the layout itself would put its script, and its correction link's, on every page
 * of every language.
 */
export function reviewNotice(lang: Lang, path: string, opts: { compact?: boolean } = {}): string {
  const report = reviewReport(lang, path);
  if (!report) return '';
  // Never hydrated, so Svelte's hydration markers are only weight.
  return render(ReviewNotice, { props: { report, lang, compact: opts.compact } }).body.replace(/<!--(?:\[-?\d*|\]|)-->/g, '');
}
