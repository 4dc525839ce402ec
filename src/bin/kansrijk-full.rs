//! The full build's entry point: the participant's build and the
//! facilitator's tools. The loader (`web/kansrijk-embed.js`) fetches it
//! when a widget opens the group view, and calls [`take_over`] to put it
//! in that widget's place (`kansrijk::ui::full_build`). It mounts nothing
//! by itself.

#[cfg(target_arch = "wasm32")]
fn main() {}

/// Draws the widget in `host` again, from what the participant's build
/// handed over.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn take_over(host: web_sys::HtmlElement, handed: String) {
    kansrijk::ui::full_build::take_over(host, &handed);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Kansrijk runs in the browser: build it with `make dist` or `make serve`.");
}
