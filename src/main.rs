//! The participant's entry point: mounts the widget into every
//! `[data-kansrijk]` element, or into the body when the page has none. This
//! build leaves the facilitator's group view out; `src/bin/kansrijk-full.rs`
//! is the build that has it, loaded when it is opened.

#[cfg(target_arch = "wasm32")]
fn main() {
    kansrijk::ui::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Kansrijk runs in the browser: build it with `make dist` or `make serve`.");
}
