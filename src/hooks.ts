import type { Reroute } from '@sveltejs/kit';

// A path with malformed percent-encoding (`/vi/%FF/`, `/en/%%%/`) makes SvelteKit's client router
// throw "URI malformed" while starting, which on a static host leaves the 404 fallback page blank.
// Sending such paths to a route that does not exist lets the client render the normal 404 page.
export const reroute: Reroute = ({ url }) => {
  try {
    decodeURI(url.pathname);
  } catch {
    return '/not-found/';
  }
};
