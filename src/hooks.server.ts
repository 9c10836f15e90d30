import type { Handle } from '@sveltejs/kit';
import cleanPath from './clean-path.js?raw';
import themeInit from './theme-init.js?raw';
import embedHeight from './embed-height.js?raw';
import { getRequestEvent } from '$app/server';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { defaultLang, isLang, type Lang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { siteOrigin } from '$lib/server/site-origin';
import { shareKeyOf, shareTags } from '$lib/share/paths';

function requestLang(): Lang {
  try {
    const lang = getRequestEvent().params.lang;
    return isLang(lang) ? lang : defaultLang;
  } catch {
    return defaultLang; // outside a request (e.g. module evaluation)
  }
}

// The locale is the /vi/ or /en/ segment of the page being rendered. Reading it from the request
// (not a module-level variable) keeps concurrent prerenders from mixing languages.
overwriteGetLocale(requestLang);

export const handle: Handle = ({ event, resolve }) => {
  const lang = isLang(event.params.lang) ? event.params.lang : defaultLang;
  const inline = `<script>${cleanPath}</script><script>${themeInit}</script>${event.url.pathname.startsWith('/embed/') ? `<script>${embedHeight}</script>` : ''}`;
  const share = shareKeyOf(event.route.id, event.params as Record<string, string>);
  return resolve(event, {
    // Only stylesheets are preloaded (Kit would also preload every font variant). No
    // <link rel="modulepreload"> for the page's modules: fetched and compiled while the document is
    // parsed, they delayed the first paint by ~100 ms, and the prerendered page needs no script to be
    // seen. The bootstrap script imports them right after instead.
    preload: ({ type }) => type === 'css',
    transformPageChunk: ({ html }) => {
      const page = html.replace('%lang%', lang).replace('%theme-init%', inline);
      // Share previews (og:, twitter:), from the page's own title and description.
      if (!share || !page.includes('</head>')) return page;
      const tags = shareTags(page, { key: share, lang, origin: siteOrigin(), path: event.url.pathname, site: m.site_name({}, { locale: lang }) });
      return page.replace('</head>', `${tags}</head>`);
    }
  });
};
