/**
 * The host-side snippet that sizes an embedded chart. The embed posts only a number (its height);
 * the snippet accepts a message only from the iframe it placed (by window identity) and only a
 * finite number in a sane range, so nothing else can resize or script the host page.
 */
export function hostSnippet(origin: string): string {
  return `<script>
(function () {
  var ORIGIN = ${JSON.stringify(origin)};
  window.addEventListener('message', function (e) {
    if (e.origin !== ORIGIN && e.origin !== 'null') return; // 'null' when sandboxed without allow-same-origin
    if (typeof e.data !== 'number' || !isFinite(e.data) || e.data < 50 || e.data > 5000) return;
    var frames = document.querySelectorAll('iframe[data-vnla-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(e.data) + 'px';
    }
  });
})();
</script>`;
}

/** The iframe for a chart view: sandboxed, lazy, titled, sized by the snippet above. */
export function iframeCode(src: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe data-vnla-embed src="${esc(src)}" title="${esc(title)}" width="100%" height="520" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}

/** Embed URL of a chart with the same view (query) as the page it is copied from. */
export function embedUrl(origin: string, lang: string, chart: string, query: string): string {
  return `${origin}/embed/${lang}/${chart}/${query}`;
}
