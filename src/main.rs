fn main() {
    observer_brief::install_panic_hook();
    observer_brief::mount::start();
}
