import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The clean-path and theme scripts (every page) and the embed height script (embeds) are inlined by
// src/hooks.server.ts; the CSP allows exactly them by hash.
const hashOf = (file) => `sha256-${createHash('sha256').update(readFileSync(new URL(file, import.meta.url), 'utf8')).digest('base64')}`;
const cleanPathHash = hashOf('./src/clean-path.js');
const themeInitHash = hashOf('./src/theme-init.js');
const embedHeightHash = hashOf('./src/embed-height.js');

// scripts/build-site.ts builds the site once per language (VITE_SITE_LANG) into its own folder
// (SITE_OUT) and merges them into build/; without these, one build has every language.
const siteLang = process.env.VITE_SITE_LANG;
// The languages, as Paraglide knows them (src/lib/i18n.ts checks its own list against the same file).
const langs = JSON.parse(readFileSync(new URL('./project.inlang/settings.json', import.meta.url), 'utf8')).locales;
const otherLanguage = (path) => langs.some((l) => l !== siteLang && new RegExp(`^/(embed/)?${l}(/|$)`).test(path));

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // The stylesheets are small; inlining them saves the render-blocking round trip before first paint.
    inlineStyleThreshold: 40_000,
    // Scripts, styles and fonts by absolute path (/_app/…): a relative one (../../_app/…) resolves
    // wrongly under an address with doubled slashes (/vi//trade/), and the page loads dead.
    paths: { relative: false },
    adapter: adapter({ pages: process.env.SITE_OUT ?? 'build', assets: process.env.SITE_OUT ?? 'build', fallback: '404.html', strict: true }),
    // The same name in every language's build: pages of one build and the version file of another
    // must agree, or the client would take a same-language navigation for a new deployment.
    ...(process.env.SITE_VERSION ? { version: { name: process.env.SITE_VERSION } } : {}),
    // Scripts only from this site or by hash (SvelteKit hashes its own inline bootstrap); no other
    // host for anything. Inline style attributes stay allowed: the charts position marks with them.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', cleanPathHash, themeInitHash, embedHeightHash],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    },
    prerender: {
      // Pages are discovered by crawling from these; profile and embed pages are linked from the lists.
      entries: siteLang ? ['/', `/${siteLang}/`] : ['/', ...langs.map((l) => `/${l}/`)],
      handleMissingId: 'fail',
      // A language's build answers 404 for the others' pages, which their own builds write.
      handleHttpError: ({ status, path, message }) => {
        if (siteLang && status === 404 && otherLanguage(path)) return;
        throw new Error(message);
      }
    }
  }
};
