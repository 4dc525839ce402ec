//! The widget in a real browser: answering, progress, saving every answer,
//! coming back, switching language, starting over and the result.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kansrijk::model::content::Content;
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

/// Starts recording which entry of `list` (the test id of the closest
/// element that has one, else the tag) each change of its DOM falls in.
/// Setting an attribute to the value it had counts too, so rebuilding an
/// entry shows up even where nothing looks new. Call the returned function
/// with [`changed_entries`] to stop.
fn watch_changes(list: &web_sys::HtmlElement) -> js_sys::Function {
    let watch = js_sys::Function::new_with_args(
        "list",
        "const entry = (r) => {
            const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
            return node?.closest('[data-testid]')?.dataset.testid ?? node?.tagName ?? '?';
         };
         const seen = [];
         const observer = new MutationObserver((rs) => rs.forEach((r) => seen.push(entry(r))));
         observer.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
         return () => {
            observer.takeRecords().forEach((r) => seen.push(entry(r)));
            observer.disconnect();
            return [...new Set(seen)].sort();
         };",
    );
    watch
        .call1(&wasm_bindgen::JsValue::NULL, list)
        .expect("the observer starts")
        .into()
}

fn changed_entries(stop: &js_sys::Function) -> Vec<String> {
    let seen = stop
        .call0(&wasm_bindgen::JsValue::NULL)
        .expect("the observer stops");
    js_sys::Array::from(&seen)
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

#[wasm_bindgen_test]
async fn an_answer_changes_only_its_own_part_in_the_list_of_parts() {
    let (host, _app) = first_statement().await;
    let nav = by_id(&host, "dimension-nav").expect("the list of parts");
    let stop = watch_changes(&nav);
    click(&host, "answer-4").await;
    let changed = changed_entries(&stop);
    assert_eq!(changed.len(), 1, "one part's entry changes: {changed:?}");
    assert!(changed[0].starts_with("part-"), "{changed:?}");
}

#[wasm_bindgen_test]
async fn the_next_page_moves_the_current_mark_and_leaves_the_rest_of_the_list() {
    let (host, _app) = first_statement().await;
    click(&host, "answer-4").await;
    let nav = by_id(&host, "dimension-nav").expect("the list of parts");
    let current = || {
        find(&nav, "[aria-current=step]")
            .and_then(|e| e.get_attribute("data-testid"))
            .expect("a current part")
    };
    // The quick scan asks a part's statements one by one on a phone;
    // walk on until the next page is in another part.
    let from = current();
    for _ in 0..20 {
        let stop = watch_changes(&nav);
        click(&host, "next").await;
        let changed = changed_entries(&stop);
        let to = current();
        if to == from {
            assert!(changed.is_empty(), "{changed:?}");
            continue;
        }
        let mut expected = vec![from, to];
        expected.sort();
        assert_eq!(changed, expected, "only the mark moves");
        return;
    }
    panic!("twenty pages without reaching another part");
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
async fn the_live_region_speaks_the_language_switched_to() {
    let (host, _app) = first_statement().await;
    click(&host, "lang-nl").await;
    let region = || {
        find(&host, "[aria-live=polite]")
            .and_then(|el| el.text_content())
            .unwrap_or_default()
    };
    let c = Content::builtin().expect("content");
    let part = c.dimensions.first().expect("a part");
    let dutch = region();
    assert!(dutch.contains(part.title.get("nl")), "{dutch}");
    click(&host, "lang-en").await;
    let english = region();
    assert!(english.contains(part.title.get("en")), "{english}");
    assert!(!english.contains(part.title.get("nl")), "{english}");
}

#[wasm_bindgen_test]
async fn the_result_follows_a_changed_answer() {
    let (host, _app) = first_statement().await;
    click(&host, "answer-1").await;
    click(&host, "part-result").await;
    assert!(by_id(&host, "result").is_some());
    drawn(&host).await;
    assert!(by_id(&host, "verdict").is_some());
    let before = by_id(&host, "find-out")
        .expect("open questions")
        .text_content()
        .unwrap_or_default();

    // Change the answer from the result, come back, and the lists follow.
    let change = find(&host, "[data-testid=find-out] .kr-change").expect("a change button");
    change.click();
    settle().await;
    click(&host, "answer-dont-know").await;
    click(&host, "back-to-result").await;
    drawn(&host).await;
    let after = by_id(&host, "find-out")
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
        "find-out",
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
    drawn(&host).await;
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
        storage().get_item(&backup_key()).expect("read").as_deref(),
        Some("{ not json")
    );
    click(&host, "start-quick").await;
    click(&host, "delete-all").await;
    click(&host, "confirm-yes").await;
    assert_eq!(storage().get_item(&backup_key()).expect("read"), None);
    assert_eq!(saved(), None);
    assert!(
        text(&host, "storage-notice").len() > 10,
        "the deletion is confirmed"
    );
}

#[wasm_bindgen_test]
async fn the_start_screen_asks_side_and_phase_in_the_situation_screens_order() {
    clear_storage();
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    drawn(&host).await;
    let c = Content::builtin().expect("content");
    let asked: Vec<String> = {
        let list = host
            .query_selector_all(".kr-about fieldset[id]")
            .expect("valid selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            .map(|el| el.id())
            .collect()
    };
    let expected: Vec<&str> = c
        .classification
        .iter()
        .filter(|q| q.id == "side" || q.id == "phase")
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(asked.len(), expected.len(), "{asked:?}");
    for (id, question) in asked.iter().zip(expected) {
        assert!(id.ends_with(&format!("q-{question}")), "{asked:?}");
    }
}
