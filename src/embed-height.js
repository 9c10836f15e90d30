(function () {
  // Embeds tell the host page how tall they are: a bare number, nothing else. This is a classic
  // inline script, so it runs even where the page's modules cannot load (a sandboxed iframe on a
  // host that does not send CORS headers for /_app/), and the iframe still fits its content.
  if (window.parent === window || typeof ResizeObserver !== 'function') return;
  var post = function () {
    window.parent.postMessage(Math.ceil(document.documentElement.scrollHeight), '*');
  };
  document.addEventListener('DOMContentLoaded', function () {
    new ResizeObserver(post).observe(document.body);
    post();
  });
})();
