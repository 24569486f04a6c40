// Trunk calls these hooks while it loads the WebAssembly. If loading fails (a missing or
// corrupt .wasm, an old browser), the static "Loading the brief…" notice becomes a clear
// message instead of spinning forever.
export default function initializer() {
  return {
    onFailure: (error) => {
      const notice = document.getElementById('boot-loading');
      if (!notice) return;
      notice.hidden = false;
      document.documentElement.removeAttribute('data-starting');
      notice.setAttribute('role', 'alert');
      notice.className = 'fatal-error';
      notice.textContent = `The brief could not start (${error}). Reload the page to try again.`;
    },
  };
}
