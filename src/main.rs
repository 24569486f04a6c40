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
