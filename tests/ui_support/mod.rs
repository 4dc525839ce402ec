//! Helpers shared by the component tests: a fresh host element per test,
//! clicks and queries by `data-testid`, and a clean local storage.
// Each test file uses a subset of these helpers.
#![allow(dead_code)]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub const KEY: &str = "kansrijk:v1:assessment";
pub const BACKUP_KEY: &str = "kansrijk:v1:assessment:corrupt";

/// A new, empty element appended to the body, to mount one test's view into.
pub fn fresh_host() -> web_sys::HtmlElement {
    let document = document();
    let host = document
        .create_element("section")
        .expect("create <section>");
    document
        .body()
        .expect("document has a body")
        .append_child(&host)
        .expect("append host");
    host.unchecked_into()
}

pub fn storage() -> web_sys::Storage {
    web_sys::window()
        .expect("a window")
        .local_storage()
        .expect("storage is allowed in tests")
        .expect("storage exists")
}

/// All tests of a file share one page, and so one local storage.
pub fn clear_storage() {
    storage().clear().expect("clear storage");
}

pub fn saved() -> Option<String> {
    storage().get_item(KEY).expect("read storage")
}

/// Lets the reactive system redraw and run its effects.
pub async fn settle() {
    for _ in 0..4 {
        leptos::task::tick().await;
    }
}

pub fn find(host: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    host.query_selector(selector)
        .expect("valid selector")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

pub fn by_id(host: &web_sys::HtmlElement, testid: &str) -> Option<web_sys::HtmlElement> {
    find(host, &format!("[data-testid=\"{testid}\"]"))
}

pub async fn click(host: &web_sys::HtmlElement, testid: &str) {
    by_id(host, testid)
        .unwrap_or_else(|| panic!("no [data-testid={testid}] on screen"))
        .click();
    settle().await;
}

pub fn text(host: &web_sys::HtmlElement, testid: &str) -> String {
    by_id(host, testid)
        .unwrap_or_else(|| panic!("no [data-testid={testid}] on screen"))
        .text_content()
        .unwrap_or_default()
}

pub fn is_checked(el: &web_sys::HtmlElement) -> bool {
    el.clone()
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked()
}

/// Presses "next" until a statement (not a classification question) shows.
pub async fn next_until_item(host: &web_sys::HtmlElement) {
    for _ in 0..40 {
        if find(host, "[data-testid^=\"item-\"]").is_some() {
            return;
        }
        click(host, "next").await;
    }
    panic!("no statement reached");
}
