import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The site is built once per language (scripts/build-site.ts sets VITE_SITE_LANG). Paraglide compiles
// every message with all three languages; in a language's client bundle the runtime's static locale
// becomes that language, so the bundler drops the other two from every message a page hydrates
// (about 4–5.5 kB gzip on a province profile). The server side keeps all three: a page may quote a
// message in another language, and the scripts under scripts/ run in every language.
const STATIC_LOCALE = '/** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__';
const siteLang = process.env.VITE_SITE_LANG;

function clientMessagesIn(lang: string | undefined): Plugin {
  return {
    name: 'client-messages-in-one-language',
    apply: 'build',
    transform(code, id, options) {
      if (!lang || !id.includes('/src/lib/paraglide/')) return;
      if ((this.environment?.config.consumer ?? (options?.ssr ? 'server' : 'client')) !== 'client') return;
      // The runtime and every message module read the expression.
      if (id.endsWith('/runtime.js') && !code.includes(STATIC_LOCALE)) this.error(`${id}: Paraglide's static locale expression is missing; the ${lang} bundle would carry every language`);
      return code.replaceAll(STATIC_LOCALE, JSON.stringify(lang));
    }
  };
}

export default defineConfig({
  // `SOURCEMAP=1 npm run build` writes source maps, to see what each client chunk is made of.
  build: { sourcemap: !!process.env.SOURCEMAP },
  plugins: [
    // Under vitest the messages are compiled by `npm run i18n`; the plugin's watcher would keep
    // the test process alive.
    !process.env.VITEST &&
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      // The locale always comes from the /vi/ or /en/ segment; see src/hooks.server.ts and src/hooks.client.ts.
      strategy: ['baseLocale'],
      // Undefined (every language) except in a language's client bundle; see clientMessagesIn.
      experimentalStaticLocale: STATIC_LOCALE
    }),
    clientMessagesIn(siteLang),
    sveltekit()
  ],
  // Embeds run in sandboxed iframes (an opaque origin), which fetch the page's modules with CORS:
  // the preview allows any origin, as a static host must for /_app/ if embeds are to hydrate.
  preview: { port: 4173, strictPort: true, cors: { origin: '*' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.svelte.test.ts']
        }
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'happy-dom', include: ['src/**/*.svelte.test.ts'] }
      }
    ]
  }
});
