import { env } from '$env/dynamic/public';

/**
 * The site's public address from PUBLIC_SITE_ORIGIN (`https://example.org`), read at build time for
 * the absolute URLs share previews need (og:image, og:url); '' when unset, and pages then fall back
 * to root-relative paths. A value that is not an http(s) address stops the build.
 */
export function siteOrigin(): string {
  const raw = env.PUBLIC_SITE_ORIGIN?.trim() ?? '';
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_SITE_ORIGIN "${raw}" is not an address; expected e.g. https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_SITE_ORIGIN "${raw}" must start with https:// or http://`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
