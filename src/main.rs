fn main() {
    observer_brief::host::panic::install();
    observer_brief::host::mount::start();
}
