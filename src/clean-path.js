(function () {
  // An address with doubled slashes (//vi/, /vi//trade/, /vi/trade//), from a hand-typed or badly
  // joined link, gets whatever page the host finds for it (the home page, the 404 page, or the right
  // page that the router then cannot match). Go to the clean address before anything else runs.
  var p = location.pathname;
  if (p.indexOf('//') >= 0) location.replace(p.replace(/\/{2,}/g, '/') + location.search + location.hash);
})();
