import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The theme script is inlined into every page by src/hooks.server.ts; the CSP allows it by hash.
const themeInit = readFileSync(new URL('./src/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
    // Scripts only from this site or by hash (SvelteKit hashes its own inline bootstrap); no other
    // host for anything. Inline style attributes stay allowed: the charts position marks with them.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', themeInitHash],
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
      entries: ['/', '/vi/', '/en/'],
      handleMissingId: 'fail',
      handleHttpError: 'fail'
    }
  }
};
