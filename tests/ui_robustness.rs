//! Robustness in a real browser: the panel a panic leaves instead of a blank
//! widget (drawn directly here; e2e/specs/crash-panel.spec.mjs panics the
//! release build for real), and following another tab's save.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kansrijk::model::answer::{Agreement, Answer};
use kansrijk::model::content::Content;
use kansrijk::model::response::{Mode, Response};
use kansrijk::session::saved::SavedState;
use kansrijk::ui::{show_crash_panel, App};
use ui_support::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

// What the browser does in this tab when another tab writes `key`.
#[wasm_bindgen(inline_js = "
export function storage_event_from_another_tab(key) {
  window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
}
")]
extern "C" {
    fn storage_event_from_another_tab(key: &str);
}

#[wasm_bindgen_test]
async fn the_crash_panel_replaces_the_widget_and_offers_a_reload() {
    clear_storage();
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    show_crash_panel();
    show_crash_panel(); // a second panic draws no second panel
    let root = find(&host, ".kansrijk").expect("the widget");
    assert!(root.class_name().contains("kr-crashed"));
    let panels = root
        .query_selector_all("[data-testid=\"crash-panel\"]")
        .expect("query");
    assert_eq!(panels.length(), 1, "one panel");
    let panel = by_id(&host, "crash-panel").expect("a panel");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    let text = panel.text_content().unwrap_or_default();
    assert!(text.contains("antwoorden zijn veilig"), "{text}");
    assert!(text.contains("answers are safe"), "{text}");
    let reload = by_id(&host, "crash-reload").expect("a reload link");
    assert_eq!(reload.tag_name(), "A");
    let href = web_sys::window().unwrap().location().href().unwrap();
    let here = href.split('#').next().unwrap();
    assert_eq!(reload.get_attribute("href").as_deref(), Some(here));
    assert_eq!(
        root.first_element_child()
            .map(|e| e.get_attribute("data-testid")),
        Some(Some("crash-panel".into())),
        "the panel comes first"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn another_tabs_save_is_shown_and_not_written_back() {
    clear_storage();
    let c = Content::builtin().expect("content");
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    drawn(&host).await;
    assert!(by_id(&host, "resume").is_none(), "nothing to resume yet");

    // Another tab saves an answer, in its own language.
    let mut response = Response::new(&c, Mode::Quick);
    response.set(&c.items[0].id, Answer::Agreement(Agreement::STRONGLY_AGREE));
    let theirs = SavedState {
        response,
        lang: "xx".into(),
        partnership: "Haven Noord".into(),
        ..SavedState::default()
    };
    save_state(&assessment_store(None), &theirs).expect("save");
    let raw = saved();
    storage_event_from_another_tab(assessment_store(None).key());
    drawn(&host).await;

    assert!(
        by_id(&host, "resume").is_some(),
        "their answers can be resumed here"
    );
    let notice = text(&host, "storage-notice");
    assert!(
        notice.contains("ander tabblad") || notice.contains("another tab"),
        "{notice}"
    );
    assert_eq!(saved(), raw, "this tab did not write back");
    host.remove();
    clear_storage();
}
