// The release page's early script: the build inlines it into the page's head (allowed by its
// hash in the Content-Security-Policy), so that it runs before the first paint. What it needs
// the build writes as attributes of <html> (src/page/mod.rs names them), so no rule is kept here:
//   data-theme-storage-key   where the reader's Dark mode choice is remembered;
//   data-fresh-keys          query keys asking for what the pre-rendered brief does not show;
//   data-source, data-source-integrity   the data file, and the integrity value of the one
//                            the page was rendered from.
// It sets data-fresh (the app renders afresh: show the loading notice, not the brief) or
// data-stale (the data file has changed or cannot be checked: hide the brief, say so) on <html>,
// unless the app has set data-source-checked, having confirmed the file itself.
(function () {
  var root = document.documentElement;
  var page = root.dataset;
  try {
    var theme = localStorage.getItem(page.themeStorageKey);
    if (theme) root.setAttribute('data-theme', theme);
  } catch (e) {
    // Storage refused (a private window): the system's setting applies.
  }
  var query = new URLSearchParams(location.search);
  var fresh = (page.freshKeys || '').split(' ').some(function (key) {
    return key && query.has(key);
  });
  if (fresh) {
    root.setAttribute('data-fresh', '');
    return;
  }
  // The browser compares the file with the integrity value; a changed, missing or unreachable
  // file rejects. Asked for once the page has painted: on a slow line the request would share
  // the bandwidth with the page itself and hold up its first paint, while its answer, a round
  // trip away, would come after that paint on any real network all the same.
  requestAnimationFrame(function () {
    setTimeout(function () {
      fetch(page.source, { cache: 'no-store', credentials: 'omit', integrity: page.sourceIntegrity }).then(
        function (response) {
          if (!response.ok) throw new Error(response.status);
        },
      ).catch(function () {
        // The app, once it runs, takes this back when it has shown the current data.
        if (!root.hasAttribute('data-source-checked')) root.setAttribute('data-stale', '');
      });
    });
  });
})();
