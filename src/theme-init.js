(function () {
  // Controls that need a script are shown only where scripts run (no flash of dead buttons).
  document.documentElement.setAttribute('data-js', '');
  // Runs before first paint so a chosen theme never flashes: ?theme= wins, then the reader's saved choice.
  try {
    var allowed = ['light', 'dark', 'slide'];
    var fromUrl = new URLSearchParams(location.search).get('theme');
    var saved = localStorage.getItem('theme');
    var theme = allowed.indexOf(String(fromUrl)) >= 0 ? fromUrl : allowed.indexOf(String(saved)) >= 0 ? saved : null;
    if (theme) document.documentElement.setAttribute('data-theme', theme);
  } catch (e) {}
})();
