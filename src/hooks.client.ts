import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { defaultLang, langFromPath } from '$lib/i18n';

// In the browser the language is the first path segment (after /embed/ for embeds). The language switch is a full page
// load (data-sveltekit-reload), so it never changes under a mounted page.
overwriteGetLocale(() => langFromPath(location.pathname.replace(/^\/embed\//, '/')) ?? defaultLang);

// On a static host an unknown address gets build/404.html, and the client router finds no route:
// that is the expected 404, already shown by the error page, not an error to log in the console.
export const handleError: HandleClientError = ({ error, status, message }) => {
  if (status !== 404) console.error(error);
  return { message };
};

// Hydration waits for the first frame. The prerendered page is complete without it, and on a slow
// phone hydrating first holds the first paint back (the bench's variant without the boot script
// shows the cost). A page with no frames (a background tab) starts on the timer instead.
export const init: ClientInit = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 250);
  });
