/**
 * The site's build-time settings (README, "Configuration"), and where readers send corrections.
 * They come from `$env/static/public`: fixed when the site is built and prerendered, which is what a
 * static site can have (the dynamic env cannot be read while prerendering). The namespace import
 * keeps the build working when a setting is not set: each then reads as empty.
 *
 * - PUBLIC_SITE_ORIGIN: the site's public address (`https://hoptac-vietlao.example.gov.vn`), for
 *   the page address a correction report carries. Without it the report names the page's path.
 * - PUBLIC_CORRECTIONS_EMAIL: a monitored mailbox; every "Báo lỗi / Report an error" link opens a
 *   prefilled e-mail to it.
 * - PUBLIC_CORRECTIONS_URL: a form instead (used when no e-mail is set); it receives the prefilled
 *   report as `subject` and `body` query parameters.
 * With neither, a page shows the prefilled report as text to copy and says whom to send it to: never
 * a placeholder address that goes nowhere.
 */
import * as publicEnv from '$env/static/public';

const env: Record<string, string | undefined> = { ...publicEnv };
const setting = (name: string) => (env[name] ?? '').trim();

// Reserved names (RFC 2606, 6761): an address there is a placeholder, not a way to reach anyone.
const PLACEHOLDER_HOST = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|net|org)$/i;

/** A usable e-mail address, or ''. */
export function mailbox(raw: string): string {
  const v = raw.trim();
  const host = v.split('@')[1] ?? '';
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(v) && !PLACEHOLDER_HOST.test(host) ? v : '';
}

/** A usable http(s) address without a trailing slash (an origin) or as given (a form), or ''. */
export function webAddress(raw: string, { origin = false } = {}): string {
  try {
    const url = new URL(raw.trim());
    if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.') || PLACEHOLDER_HOST.test(url.hostname) || url.username || url.password) return '';
    return origin ? url.origin : url.href;
  } catch {
    return '';
  }
}

export interface SiteSettings {
  origin: string;
  correctionsEmail: string;
  correctionsUrl: string;
}

export const settings: SiteSettings = {
  origin: webAddress(setting('PUBLIC_SITE_ORIGIN'), { origin: true }),
  correctionsEmail: mailbox(setting('PUBLIC_CORRECTIONS_EMAIL')),
  correctionsUrl: webAddress(setting('PUBLIC_CORRECTIONS_URL'))
};

/** The public address of a page of the site, or its path when the site's origin is not configured. */
export function publicUrl(path: string, config: SiteSettings = settings): string {
  return config.origin ? `${config.origin}${path}` : path;
}

/** What a correction report says: the record it is about, its current values, the page it came from. */
export interface CorrectionReport {
  subject: string;
  body: string;
}

/** How a report reaches the maintainers: a prefilled e-mail, a prefilled form, or text to copy. */
export type CorrectionChannel = { kind: 'email'; href: string; to: string } | { kind: 'form'; href: string } | { kind: 'copy' };

/** A report with its channel decided, by the page's load: the page's script then carries none of this module. */
export interface PreparedReport extends CorrectionReport {
  channel: CorrectionChannel;
}

export function prepareReport(report: CorrectionReport, config: SiteSettings = settings): PreparedReport {
  return { ...report, channel: correctionChannel(report, config) };
}

export function correctionChannel(report: CorrectionReport, config: SiteSettings = settings): CorrectionChannel {
  if (config.correctionsEmail)
    return { kind: 'email', to: config.correctionsEmail, href: `mailto:${config.correctionsEmail}?subject=${encodeURIComponent(report.subject)}&body=${encodeURIComponent(report.body)}` };
  if (config.correctionsUrl) {
    const url = new URL(config.correctionsUrl);
    url.searchParams.set('subject', report.subject);
    url.searchParams.set('body', report.body);
    return { kind: 'form', href: url.href };
  }
  return { kind: 'copy' };
}
