// The one script a host page includes to put the brief on it without an iframe:
//   <div data-observer-brief data-view="timeline"></div>
//   <script type="module" src="https://…/embed.js"></script>
// A brief is mounted into every [data-observer-brief] element, in its shadow root, and into
// each one added later (single-page hosts, late widgets). Hosts that render their own markup
// can instead import mount() and call it with an element and options, e.g.
//   import { mount } from 'https://…/embed.js';
//   mount(element, { view: 'timeline', theme: 'dark' });
// Nothing on the host page outside those elements is touched. The app fetches its data and
// styles relative to this file, not to the host page.
import init, { watch, mount as mountBrief } from './observer-brief.js';

const started = init({ module_or_path: new URL('./observer-brief_bg.wasm', import.meta.url) }).then(
  () => watch(),
  (error) => {
    // Keep the host's fallback text in place and say why in the console.
    console.error('observer-brief could not start:', error);
    throw error;
  },
);

/** Mounts a brief into `element` with `options` (view, theme, src, statement). */
export async function mount(element, options = {}) {
  await started;
  mountBrief(element, options);
}
