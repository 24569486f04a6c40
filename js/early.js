// The release page's early script: the build inlines it into the page's head (allowed by its
// hash in the Content-Security-Policy), so that it runs before the first paint. It keeps no name
// or rule of its own: the build fills in the object passed in at the end, with the names and
// the list of query keys from src/page/mod.rs (src/page/build.rs, `script_contract`), and
// writes what depends on the build (the data file, its integrity value, the wasm) as attributes
// of <html>.
//
// It applies the remembered Dark mode choice, and starts the app once the page has been painted:
// the wasm first, then the loader, whose request for it that one answers (Lighthouse counts a
// request that ends before the largest paint towards it). A link that asks for what the
// pre-rendered brief does not show gets page.freshFlag (the app renders afresh: the loading
// notice stands in for the brief, and the wasm is asked for at once). Otherwise it checks the
// data file, once for the whole page: it leaves the answer in window[page.check] (a promise of
// true when the file is the one the page was rendered from), which the app waits for instead of
// asking again; a changed, missing or unreachable file gets page.staleFlag at once (the brief is
// hidden and a notice says why), before the app hears of it, whether or not the app ever runs. A
// check that has no answer after page.stallSeconds counts as unreachable: the wait ends, and the
// app asks again with its own watch on the file.
//
// Where the app cannot run — no WebAssembly, or a policy that refuses it, or a page opened from
// a file — it starts nothing and flags the page (page.staticFlag, page.localFlag) so that the
// pre-rendered brief stays readable under a note saying what does not work; a link asking for
// what that brief does not show (page.coveredKeys) gets page.uncoveredFlag instead: a note
// linking to the full brief. Served at a folder's address without its trailing slash, it adds
// the slash to the address (history.replaceState, no reload) before any relative address of
// the page is resolved.
(function (page) {
  var root = document.documentElement;
  var path = location.pathname;
  if (location.protocol !== 'file:' && !/\/$/.test(path) && !/\.[^\/]*$/.test(path)) {
    history.replaceState(history.state, '', path + '/' + location.search + location.hash);
  }
  try {
    var theme = localStorage.getItem(page.themeKey);
    if (theme) root.setAttribute('data-theme', theme);
  } catch (e) {
    // Storage refused (a private window): the system's setting applies.
  }
  var query = new URLSearchParams(location.search);
  var fresh = page.freshKeys.some(function (key) { return query.has(key); });
  // The smallest module there is (its magic number and version): compiling it fails where
  // WebAssembly is missing or refused, as the app's would.
  var runs = false;
  try {
    runs = new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) instanceof WebAssembly.Module;
  } catch (e) {
    // Missing (iOS Lockdown Mode) or refused (no 'wasm-unsafe-eval'): runs stays false.
  }
  var local = location.protocol === 'file:';
  if (!runs || local) {
    root.setAttribute(local ? page.localFlag : page.staticFlag, '');
    var covered = page.freshKeys.every(function (key) {
      return !query.has(key) || page.coveredKeys.indexOf(key) >= 0;
    });
    if (!covered) root.setAttribute(page.uncoveredFlag, '');
    // Nothing could act on a check of the data file: the brief stays as published.
    return;
  }
  // As the loader asks for it.
  function requestWasm() {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.type = 'application/wasm';
    link.crossOrigin = 'anonymous';
    link.href = root.getAttribute(page.wasmAttribute);
    document.head.appendChild(link);
  }
  function startApp() {
    var loader = document.createElement('script');
    loader.type = 'module';
    loader.src = page.loader;
    document.head.appendChild(loader);
  }
  if (fresh) {
    root.setAttribute(page.freshFlag, '');
    requestWasm();
    afterFirstPaint(startApp);
    return;
  }
  var settle;
  window[page.check] = new Promise(function (resolve) { settle = resolve; });
  afterFirstPaint(function () {
    requestWasm();
    startApp();
    checkData(settle);
  });
  // The first contentful paint where the browser reports it, else the first frame.
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
  // The browser compares the file with the integrity value; a changed, missing or unreachable
  // file rejects; `settle` gets whether it is the current one. Asked for once the brief has been
  // painted: on a slow line the request would share the bandwidth with the page itself and hold
  // up its first paint, while its answer, a round trip away, would come after that paint on any
  // real network all the same.
  function checkData(settle) {
    var answered = false;
    function answer(current) {
      if (answered) return;
      answered = true;
      clearTimeout(deadline);
      if (!current) root.setAttribute(page.staleFlag, '');
      settle(current);
    }
    // The browser answers only once it has compared the whole file, so no sign of life shows
    // on the way: the deadline is for the whole check. A file that is slow but keeps coming is
    // then fetched again by the app, whose watch restarts with every piece.
    var controller = window.AbortController ? new AbortController() : null;
    var deadline = setTimeout(function () {
      if (controller) controller.abort();
      answer(false);
    }, page.stallSeconds * 1000);
    fetch(root.getAttribute(page.sourceAttribute), {
      cache: 'no-store',
      credentials: 'omit',
      integrity: root.getAttribute(page.integrityAttribute),
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) { return response.ok; }, function () { return false; })
      .then(answer);
  }
})(PAGE_CONTRACT);
