//! The widget in a real browser: answering, progress, saving every answer,
//! coming back, switching language, starting over and the result.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kansrijk::ui::App;
use ui_support::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// The number before "of"/"van" in "3 of 24 answered".
fn answered(host: &web_sys::HtmlElement) -> usize {
    text(host, "progress-count")
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("the progress count starts with a number")
}

/// Mounts the app on a clean device and opens the first statement.
async fn first_statement() -> (web_sys::HtmlElement, impl Sized) {
    clear_storage();
    let host = fresh_host();
    let app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    click(&host, "start-quick").await;
    next_until_item(&host).await;
    (host, app)
}

#[wasm_bindgen_test]
async fn an_answer_changes_only_its_own_part_in_the_list_of_parts() {
    let (host, _app) = first_statement().await;
    let nav = by_id(&host, "dimension-nav").expect("the list of parts");
    // Records which part entry (its button's test id) each change of the
    // list's DOM falls in; setting an attribute to the value it had counts
    // too, so rebuilding an entry shows up even where nothing looks new.
    let watch = js_sys::Function::new_with_args(
        "nav",
        "const touched = (r) => {
            const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
            return node?.closest('button')?.dataset.testid ?? node?.tagName ?? '?';
         };
         const seen = [];
         const observer = new MutationObserver((rs) => rs.forEach((r) => seen.push(touched(r))));
         observer.observe(nav, { subtree: true, childList: true, attributes: true, characterData: true });
         return () => {
            observer.takeRecords().forEach((r) => seen.push(touched(r)));
            observer.disconnect();
            return [...new Set(seen)];
         };",
    );
    let stop: js_sys::Function = watch
        .call1(&wasm_bindgen::JsValue::NULL, &nav)
        .expect("the observer starts")
        .into();

    click(&host, "answer-4").await;
    let touched: Vec<String> = js_sys::Array::from(
        &stop
            .call0(&wasm_bindgen::JsValue::NULL)
            .expect("the observer stops"),
    )
    .iter()
    .filter_map(|v| v.as_string())
    .collect();
    assert_eq!(touched.len(), 1, "one part's entry changes: {touched:?}");
    assert!(touched[0].starts_with("part-"), "{touched:?}");
}

#[wasm_bindgen_test]
async fn answering_a_statement_updates_progress() {
    let (host, _app) = first_statement().await;
    let before = answered(&host);
    click(&host, "answer-4").await;
    assert_eq!(answered(&host), before + 1);
    let chosen = by_id(&host, "answer-4").expect("the answer is on screen");
    assert!(is_checked(&chosen));
    // Changing the answer does not count twice.
    click(&host, "answer-dont-know").await;
    assert_eq!(answered(&host), before + 1);
}

#[wasm_bindgen_test]
async fn every_answer_is_saved_at_once_with_its_schema() {
    let (host, _app) = first_statement().await;
    click(&host, "answer-2").await;
    let raw = saved().expect("the answer was saved");
    let json: serde_json::Value = serde_json::from_str(&raw).expect("saved as JSON");
    assert_eq!(json["schema"], 1);
    let answers = json["state"]["response"]["answers"]
        .as_object()
        .expect("answers");
    assert!(answers.values().any(|a| a == 2), "{raw}");
    assert_eq!(json["state"]["position"]["screen"], "step");
}

#[wasm_bindgen_test]
async fn a_saved_answer_is_there_after_coming_back() {
    let (host, app) = first_statement().await;
    click(&host, "answer-5").await;
    drop(app);
    host.remove();

    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    click(&host, "resume").await;
    let chosen = by_id(&host, "answer-5").expect("back on the statement");
    assert!(is_checked(&chosen), "the answer is restored");
}

#[wasm_bindgen_test]
async fn switching_language_keeps_every_answer() {
    let (host, _app) = first_statement().await;
    click(&host, "answer-3").await;
    click(&host, "lang-nl").await;
    let dutch = text(&host, "next");
    click(&host, "lang-en").await;
    let english = text(&host, "next");
    assert_ne!(dutch, english, "the texts change");
    assert!(is_checked(
        &by_id(&host, "answer-3").expect("answer on screen")
    ));
    let raw = saved().expect("saved");
    assert!(raw.contains(r#""lang":"en""#), "{raw}");
    let root = find(&host, ".kansrijk").expect("widget root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn the_result_follows_a_changed_answer() {
    let (host, _app) = first_statement().await;
    click(&host, "answer-1").await;
    click(&host, "part-result").await;
    assert!(by_id(&host, "result").is_some());
    drawn(&host).await;
    assert!(by_id(&host, "verdict").is_some());
    let before = by_id(&host, "open-questions")
        .expect("open questions")
        .text_content()
        .unwrap_or_default();

    // Change the answer from the result, come back, and the lists follow.
    let change = find(&host, "[data-testid=open-questions] .kr-change").expect("a change button");
    change.click();
    settle().await;
    click(&host, "answer-dont-know").await;
    click(&host, "back-to-result").await;
    drawn(&host).await;
    let after = by_id(&host, "open-questions")
        .expect("open questions")
        .text_content()
        .unwrap_or_default();
    assert_ne!(before, after);
}

#[wasm_bindgen_test]
async fn the_verdict_is_drawn_first_and_the_rest_after_it_is_painted() {
    let (host, _app) = first_statement().await;
    click(&host, "answer-1").await;
    // `click` lets the reactive system run, but no frame passes.
    click(&host, "part-result").await;
    assert!(by_id(&host, "verdict").is_some(), "the verdict at once");
    assert!(
        by_id(&host, "source-list").is_none(),
        "the long lists wait for the first paint"
    );
    assert_eq!(
        attribute(&host, "[data-testid=result]", "aria-busy").as_deref(),
        Some("true")
    );

    drawn(&host).await;
    for part in [
        "reasons",
        "chart",
        "recommendations",
        "model-fit",
        "open-questions",
        "source-list",
        "share-panel",
        "measurements",
        "back",
    ] {
        assert!(by_id(&host, part).is_some(), "{part} is drawn in the end");
    }
    assert_eq!(
        attribute(&host, "[data-testid=result]", "aria-busy").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn start_over_asks_first_then_clears_everything() {
    let (host, _app) = first_statement().await;
    click(&host, "answer-4").await;
    click(&host, "start-over").await;
    assert!(saved().is_some(), "nothing is cleared before confirming");
    click(&host, "confirm-yes").await;
    assert!(by_id(&host, "start-quick").is_some(), "back at the start");
    assert!(by_id(&host, "resume").is_none(), "nothing to resume");
    assert_eq!(saved(), None, "nothing saved");
}

#[wasm_bindgen_test]
async fn delete_everything_removes_the_backup_too() {
    clear_storage();
    storage().set_item(KEY, "{ not json").expect("prefill");
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    assert_eq!(
        storage().get_item(BACKUP_KEY).expect("read").as_deref(),
        Some("{ not json")
    );
    click(&host, "start-quick").await;
    click(&host, "delete-all").await;
    click(&host, "confirm-yes").await;
    assert_eq!(storage().get_item(BACKUP_KEY).expect("read"), None);
    assert_eq!(saved(), None);
    assert!(
        text(&host, "storage-notice").len() > 10,
        "the deletion is confirmed"
    );
}
