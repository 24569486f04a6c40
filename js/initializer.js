// Trunk calls these hooks while it loads the WebAssembly. If loading fails (a missing or
// corrupt .wasm, an old browser), the "Loading the brief…" notice becomes a clear message
// instead of spinning forever; on a pre-rendered page it shows above the brief, which stays
// readable (unless its data has changed, when the page says so instead). The notice's id is
// kept in Rust only: in every build the post-build hook fills the page's names in below
// (src/page/build.rs, `script_contract`).
const page = PAGE_CONTRACT;

export default function initializer() {
  return {
    onFailure: (error) => {
      const notice = document.getElementById(page.loading);
      if (!notice) return;
      notice.hidden = false;
      notice.setAttribute('role', 'alert');
      notice.className = 'fatal-error';
      notice.textContent = `The brief could not start (${error}). Reload the page to try again.`;
    },
  };
}
