//! Standalone entry point: mounts the widget into every `[data-kansrijk]`
//! element, or into the body when the page has none.

#[cfg(target_arch = "wasm32")]
fn main() {
    kansrijk::ui::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Kansrijk runs in the browser: build it with `make dist` or `make serve`.");
}
