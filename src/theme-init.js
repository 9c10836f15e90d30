(function () {
  var root = document.documentElement;
  // Controls that need a script are shown only where scripts run (no flash of dead buttons).
  root.setAttribute('data-js', '');
  try {
    var q = new URLSearchParams(location.search);
    // Runs before first paint so a chosen theme never flashes: ?theme= wins, then the reader's saved choice.
    var allowed = ['light', 'dark', 'slide'];
    var fromUrl = q.get('theme');
    var saved = localStorage.getItem('theme');
    var theme = allowed.indexOf(String(fromUrl)) >= 0 ? fromUrl : allowed.indexOf(String(saved)) >= 0 ? saved : null;
    if (theme) root.setAttribute('data-theme', theme);
    // A chart view the link asks for shows from the first frame. Series are hidden by a rule (every
    // series is drawn; the chart's own rule replaces this one once the page runs, see ChartFigure).
    var series = (q.get('series') || '').split(',').filter(function (k) {
      return /^[a-z][a-z0-9_]{0,60}$/.test(k);
    });
    if (series.length) {
      var style = document.createElement('style');
      style.id = 'view-series';
      style.textContent =
        '.chart-figure [data-series]' +
        series.map(function (k) {
          return ':not([data-series~="' + k + '"])';
        }).join('') +
        '{display:none}';
      document.head.appendChild(style);
    }
    // Other years, milestones or sources need the chart redrawn: it stays hidden until then.
    if (q.has('from') || q.has('to') || q.get('notes') === '0' || q.get('notes') === '1' || q.get('secondary') === '0') {
      root.setAttribute('data-view-pending', '');
      // A script that never arrives must not hide the chart for good.
      setTimeout(function () {
        root.removeAttribute('data-view-pending');
      }, 4000);
    }
  } catch (e) {}
})();
