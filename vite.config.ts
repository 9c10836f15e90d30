import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

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
      strategy: ['baseLocale']
    }),
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
