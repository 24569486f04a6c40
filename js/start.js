// Starts the app of the release page once the page has been painted (the release build points
// the page's loader here): the reader sees the brief first, then the WebAssembly arrives and
// takes it over, without its scripts holding up the first paint on a slow phone. The files it
// needs were already being fetched (preloads at the end of the head).
await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
await import('./boot.js');
