// Starts the app of the release page once the page has been painted (the release build points
// the page's loader here): the reader sees the brief first, then the WebAssembly arrives and
// takes it over, without its scripts holding up the first paint on a slow phone. Then, all at
// once, it asks for every file the app needs: their preloads wait in a template at the end of
// the page (its id is kept in Rust: the post-build hook fills the page's names in below,
// src/page/build.rs, `script_contract`), so that none starts before the first paint and none
// waits for the import before it.
const page = PAGE_CONTRACT;

await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
const files = document.getElementById(page.appFiles);
if (files) document.head.append(files.content);
await import('./boot.js');
