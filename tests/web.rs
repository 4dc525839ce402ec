//! Component tests in a real browser: `make test-wasm` runs them in headless
//! Chromium. Every test mounts into its own fresh element, because all tests
//! of this file share one page.
#![cfg(target_arch = "wasm32")]

use kansrijk::ui::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

mod ui_support;
use ui_support::fresh_host;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn app_shows_heading_and_quick_start_button() {
    let host = fresh_host();
    // Dropping the handle would unmount the app: keep it for the whole test.
    let _app = leptos::mount::mount_to(host.clone(), App);
    leptos::task::tick().await;

    let heading = host
        .query_selector("h1")
        .expect("valid selector")
        .expect("the start screen has an <h1>");
    let title = heading.text_content().unwrap_or_default();
    assert!(!title.trim().is_empty(), "the heading has text");

    let start = host
        .query_selector("[data-testid=start-quick]")
        .expect("valid selector")
        .expect("the start screen has the quick-scan button");
    assert_eq!(start.tag_name(), "BUTTON");
}

#[wasm_bindgen_test]
async fn two_instances_mount_independently() {
    let first = fresh_host();
    let second = fresh_host();
    let _first = leptos::mount::mount_to(first.clone(), App);
    let _second = leptos::mount::mount_to(second.clone(), App);
    leptos::task::tick().await;

    for host in [&first, &second] {
        let buttons = host
            .query_selector_all("[data-testid=start-quick]")
            .expect("valid selector");
        assert_eq!(buttons.length(), 1, "each host holds its own start screen");
    }
}
