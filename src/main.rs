//! The app: in the browser, the brief on its own page (see `host::mount::start`).

#[cfg(target_arch = "wasm32")]
fn main() {
    observer_brief::host::panic::install();
    observer_brief::host::mount::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("observer-brief runs in the browser: `trunk serve`, or `trunk build --release`.");
}

// Talc instead of the standard dlmalloc: smaller code in the wasm (measured when it came in;
// git log has the figures).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
