// The one script a host page includes to mount the brief without an iframe:
//   <div data-observer-brief data-view="timeline"></div>
//   <script type="module" src="https://…/embed.js"></script>
// It starts the app, which finds every [data-observer-brief] element and mounts a brief into
// each. The app fetches its data and styles relative to this file, not to the host page.
import init from './observer-brief.js';

init({ module_or_path: new URL('./observer-brief_bg.wasm', import.meta.url) }).catch((error) => {
  // Keep the host's fallback text in place and say why in the console.
  console.error('observer-brief could not start:', error);
});
