// Trunk calls these hooks while it loads the WebAssembly. If loading fails (a missing or
// corrupt .wasm, a download that breaks off, an old browser), the "Loading the brief…" notice
// becomes a clear message with Retry instead of spinning forever; on a pre-rendered page it
// shows above the brief, which stays readable (unless its data has changed, when the page says
// so instead). The notice's id is kept in Rust only: in every build the post-build hook fills
// the page's names in below (src/page/build.rs, `script_contract`).
const page = PAGE_CONTRACT;

export default function initializer() {
  return {
    onFailure: (error) => {
      // Where WebAssembly cannot run at all, the early script has already said so above the
      // brief; reloading would not help, so no Retry is offered.
      const html = document.documentElement;
      if (html.hasAttribute(page.staticFlag) || html.hasAttribute(page.localFlag)) return;
      const notice = document.getElementById(page.loading);
      if (!notice) return;
      notice.hidden = false;
      notice.setAttribute('role', 'alert');
      notice.className = 'fatal-error';
      // The words are the page's, in its language, on the notice itself (written by Rust).
      const failed = notice.getAttribute(page.failedAttribute);
      notice.textContent = `${failed} (${error}). `;
      // Loading the page again fetches the WebAssembly again: what Retry means here.
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.className = 'retry';
      retry.textContent = notice.getAttribute(page.retryAttribute);
      retry.addEventListener('click', () => location.reload());
      notice.append(retry);
    },
  };
}
