//! Helpers shared by the component tests: a fresh host element per test,
//! clicks and queries by `data-testid`, and a clean local storage.
// Each test file uses a subset of these helpers.
#![allow(dead_code)]

use kansrijk::model::content::Content;
use kansrijk::persist::keys::Stored;
use kansrijk::persist::problem::StorageProblem;
use kansrijk::persist::store::Store;
use kansrijk::session::saved::{self, Restored, SavedState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub const KEY: &str = Stored::Assessment.base_key();

/// Where an unreadable assessment is kept aside.
pub fn backup_key() -> String {
    Stored::backup_key(KEY)
}

/// Where the widget named `name` keeps its assessment.
pub fn assessment_store(name: Option<&str>) -> Store {
    Store::new(Stored::Assessment, name)
}

/// Saves `state` the way the widget does.
pub fn save_state(store: &Store, state: &SavedState) -> Result<(), StorageProblem> {
    store.save(saved::encode(state).as_deref())
}

/// Reads the assessment back the way the widget does.
pub fn load_state(store: &Store, content: &Content) -> Result<Option<Restored>, StorageProblem> {
    store.load(|raw| saved::decode(content, raw))
}

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

/// Waits until every part of a screen drawn in stages is there (none of
/// it is `aria-busy` any more), for at most five seconds.
pub async fn drawn(host: &web_sys::HtmlElement) {
    for _ in 0..250 {
        settle().await;
        if !exists(host, "[aria-busy=true]") {
            return;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
    }
    panic!("the screen was still being drawn after five seconds");
}

pub fn find(host: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    host.query_selector(selector)
        .expect("valid selector")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

pub fn by_id(host: &web_sys::HtmlElement, testid: &str) -> Option<web_sys::HtmlElement> {
    find(host, &format!("[data-testid=\"{testid}\"]"))
}

/// The element, once the screen has been drawn if it is not there yet: a
/// screen drawn in stages adds its later parts after a paint, and a person
/// clicks what they see.
pub async fn on_screen(host: &web_sys::HtmlElement, testid: &str) -> web_sys::HtmlElement {
    if by_id(host, testid).is_none() {
        drawn(host).await;
    }
    by_id(host, testid).unwrap_or_else(|| panic!("no [data-testid={testid}] on screen"))
}

pub async fn click(host: &web_sys::HtmlElement, testid: &str) {
    on_screen(host, testid).await.click();
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

/// Mounts the app on a clean device with no link in the address, answers
/// one statement (the second point of its scale), and opens the result.
pub async fn result_with_one_answer() -> (web_sys::HtmlElement, impl Sized) {
    clear_storage();
    set_fragment("");
    let host = fresh_host();
    let app = leptos::mount::mount_to(host.clone(), kansrijk::ui::App);
    settle().await;
    click(&host, "start-quick").await;
    next_until_item(&host).await;
    click(&host, "answer-2").await;
    click(&host, "part-result").await;
    drawn(&host).await;
    (host, app)
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

// Sharing and the group view -----------------------------------------

pub const GROUP_KEY: &str = Stored::Group.base_key();

#[path = "../scale/mod.rs"]
mod scale;
#[allow(unused_imports)]
pub use scale::at;

/// A quick scan answered `value` (1-5, on each item's own scale) on every
/// statement it asks, from `side`.
pub fn quick_scan(
    c: &kansrijk::model::content::Content,
    side: &str,
    value: u8,
) -> kansrijk::model::response::Response {
    use kansrijk::model::response::{Mode, Response};
    let mut r = Response::new(c, Mode::Quick);
    r.classification.insert("side".into(), vec![side.into()]);
    let answers: Vec<_> = r
        .applicable_items(c)
        .iter()
        .map(|i| (i.id.clone(), at(i, value)))
        .collect();
    for (id, answer) in answers {
        r.set(&id, answer);
    }
    r
}

/// Puts `fragment` (such as `#code=...`) in the address without a reload
/// or a `hashchange` event, as if the page had been opened with it.
pub fn set_fragment(fragment: &str) {
    let window = web_sys::window().expect("a window");
    let href = window.location().href().expect("href");
    let base = href.split('#').next().unwrap_or_default().to_owned();
    window
        .history()
        .expect("history")
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{base}{fragment}")),
        )
        .expect("replace the address");
}

/// The fragment of the address now, `#` included ("" when there is none).
pub fn fragment() -> String {
    web_sys::window()
        .expect("a window")
        .location()
        .hash()
        .expect("hash")
}

/// Types `text` into a text field or area, as a user does.
pub async fn type_into(host: &web_sys::HtmlElement, testid: &str, text: &str) {
    let field = on_screen(host, testid).await;
    if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(text);
    } else {
        field
            .unchecked_ref::<web_sys::HtmlInputElement>()
            .set_value(text);
    }
    let event = web_sys::Event::new("input").expect("an input event");
    field.dispatch_event(&event).expect("dispatch");
    settle().await;
}

/// Whether anything matches `selector`, SVG elements included (which
/// [`find`] skips, as they are no `HtmlElement`).
pub fn exists(host: &web_sys::HtmlElement, selector: &str) -> bool {
    host.query_selector(selector)
        .expect("valid selector")
        .is_some()
}

/// An attribute of the first element matching `selector`, SVG included.
pub fn attribute(host: &web_sys::HtmlElement, selector: &str, name: &str) -> Option<String> {
    host.query_selector(selector)
        .expect("valid selector")
        .and_then(|e| e.get_attribute(name))
}

/// The value of a text field or area.
pub fn value_of(host: &web_sys::HtmlElement, testid: &str) -> String {
    let field = by_id(host, testid).unwrap_or_else(|| panic!("no [data-testid={testid}]"));
    match field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(area) => area.value(),
        None => field.unchecked_ref::<web_sys::HtmlInputElement>().value(),
    }
}
