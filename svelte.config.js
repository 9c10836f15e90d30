import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
    prerender: {
      // Pages are discovered by crawling from these; profile and embed pages are linked from the lists.
      entries: ['/', '/vi/', '/en/'],
      handleMissingId: 'fail',
      handleHttpError: 'fail'
    }
  }
};
