// The release page's early script: the build inlines it into the page's head (allowed by its
// hash in the Content-Security-Policy), so that it runs before the first paint. It keeps no name
// or rule of its own: the build fills in the object passed in at the end, with the names and
// the list of query keys from src/page/mod.rs (src/page/build.rs, `script_contract`), and
// writes what depends on the data (the file, its integrity value) as attributes of <html>.
//
// It applies the remembered Dark mode choice. A link that asks for what the pre-rendered brief
// does not show gets page.freshFlag (the app renders afresh: the loading notice stands in for
// the brief). Otherwise it checks the data file, once for the whole page: it leaves the answer
// in window[page.check] (a promise of true when the file is the one the page was rendered
// from), which the app waits for instead of asking again; a changed, missing or unreachable
// file gets page.staleFlag at once (the brief is hidden and a notice says why), before the app
// hears of it, whether or not the app ever runs.
(function (page) {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem(page.themeKey);
    if (theme) root.setAttribute('data-theme', theme);
  } catch (e) {
    // Storage refused (a private window): the system's setting applies.
  }
  var query = new URLSearchParams(location.search);
  if (page.freshKeys.some(function (key) { return query.has(key); })) {
    root.setAttribute(page.freshFlag, '');
    return;
  }
  // The browser compares the file with the integrity value; a changed, missing or unreachable
  // file rejects. Asked for once the brief has been painted: on a slow line the request would
  // share the bandwidth with the page itself and hold up its first paint, while its answer, a
  // round trip away, would come after that paint on any real network all the same. (The first
  // contentful paint where the browser reports it, else the first frame.)
  function afterFirstPaint(run) {
    var observer = window.PerformanceObserver;
    if (!observer || (observer.supportedEntryTypes || []).indexOf('paint') < 0) {
      requestAnimationFrame(function () { setTimeout(run); });
      return;
    }
    new observer(function (list, self) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      self.disconnect();
      setTimeout(run);
    }).observe({ type: 'paint', buffered: true });
  }
  window[page.check] = new Promise(function (settle) {
    afterFirstPaint(function () {
      fetch(root.getAttribute(page.sourceAttribute), {
        cache: 'no-store',
        credentials: 'omit',
        integrity: root.getAttribute(page.integrityAttribute),
      })
        .then(function (response) { return response.ok; }, function () { return false; })
        .then(function (current) {
          if (!current) root.setAttribute(page.staleFlag, '');
          settle(current);
        });
    });
  });
})(PAGE_CONTRACT);
