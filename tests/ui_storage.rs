//! The storage module in a real browser: round trips, and every fallback
//! when storage is blocked, holds garbage, or was written by a newer build.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kansrijk::model::answer::{Agreement, Answer};
use kansrijk::model::content::Content;
use kansrijk::model::response::{Mode, Response};
use kansrijk::persist::keys::Stored;
use kansrijk::persist::problem::StorageProblem;
use kansrijk::persist::store::delete_all;
use kansrijk::session::flow::{Position, Unit};
use kansrijk::session::saved::SavedState;
use kansrijk::ui::App;
use ui_support::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

// Blocks storage the way a browser does for a sandboxed frame or blocked
// site data (reading `window.localStorage` throws), or fills it up (every
// write throws a QuotaExceededError).
#[wasm_bindgen(inline_js = "
let saved = null;
export function block_storage() {
  saved = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('blocked in this test', 'SecurityError'); },
  });
}
export function unblock_storage() {
  if (saved) Object.defineProperty(window, 'localStorage', saved);
  else delete window.localStorage;
}
let setItem = null;
export function fill_storage() {
  setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function () {
    throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
  };
}
export function empty_storage() {
  if (setItem) Storage.prototype.setItem = setItem;
}
")]
extern "C" {
    fn block_storage();
    fn unblock_storage();
    fn fill_storage();
    fn empty_storage();
}

fn content() -> Content {
    Content::builtin().expect("the built-in content reads")
}

fn some_state(c: &Content) -> SavedState {
    let mut response = Response::new(c, Mode::Quick);
    response.set(&c.items[0].id, Answer::Agreement(Agreement::STRONGLY_AGREE));
    SavedState {
        response,
        position: Position::Step {
            unit: Unit::Item(c.items[0].id.clone()),
            index: 3,
        },
        lang: "en".into(),
        partnership: "Haven Noord".into(),
    }
}

#[wasm_bindgen_test]
fn a_saved_state_loads_back() {
    clear_storage();
    let c = content();
    let slot = assessment_store(None);
    let state = some_state(&c);
    save_state(&slot, &state).expect("saves");
    let loaded = load_state(&slot, &c)
        .expect("loads")
        .expect("something was saved");
    assert_eq!(loaded.state, state);
    assert!(!loaded.report.is_noteworthy(&c));
}

#[wasm_bindgen_test]
fn a_blank_state_removes_the_saved_value() {
    clear_storage();
    let c = content();
    let slot = assessment_store(None);
    save_state(&slot, &some_state(&c)).expect("saves");
    save_state(&slot, &SavedState::default()).expect("saves a blank state");
    assert_eq!(storage().get_item(slot.key()).expect("read"), None);
    assert_eq!(load_state(&slot, &c), Ok(None));
}

#[wasm_bindgen_test]
fn garbage_is_moved_aside_and_reported() {
    clear_storage();
    let slot = assessment_store(None);
    storage()
        .set_item(slot.key(), "\u{0}garbage")
        .expect("prefill");
    assert_eq!(
        load_state(&slot, &content()),
        Err(StorageProblem::Corrupt { backed_up: true })
    );
    assert_eq!(
        storage()
            .get_item(&Stored::backup_key(slot.key()))
            .expect("read")
            .as_deref(),
        Some("\u{0}garbage")
    );
    assert_eq!(storage().get_item(slot.key()).expect("read"), None);
}

#[wasm_bindgen_test]
fn a_newer_schema_is_reported_and_left_untouched() {
    clear_storage();
    let slot = assessment_store(None);
    let newer = r#"{"schema":2,"state":{"future":true}}"#;
    storage().set_item(slot.key(), newer).expect("prefill");
    assert_eq!(
        load_state(&slot, &content()),
        Err(StorageProblem::FromNewerVersion { schema: 2 })
    );
    assert_eq!(
        storage().get_item(slot.key()).expect("read").as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn named_widgets_keep_separate_slots() {
    clear_storage();
    let c = content();
    let first = assessment_store(Some("haven"));
    let second = assessment_store(Some("centrum plein"));
    assert_ne!(first.key(), second.key());
    assert_eq!(second.key(), format!("{KEY}:centrum_plein"));
    save_state(&first, &some_state(&c)).expect("saves");
    assert_eq!(load_state(&second, &c), Ok(None));
}

#[wasm_bindgen_test]
fn delete_all_removes_every_kansrijk_key_and_nothing_else() {
    clear_storage();
    let c = content();
    storage()
        .set_item("host:preferences", "dark")
        .expect("a host key");
    storage().set_item(&backup_key(), "?").expect("a backup");
    save_state(&assessment_store(Some("haven")), &some_state(&c)).expect("saves");
    save_state(&assessment_store(None), &some_state(&c)).expect("saves");
    delete_all().expect("deletes");
    assert_eq!(storage().length().expect("length"), 1);
    assert_eq!(
        storage()
            .get_item("host:preferences")
            .expect("read")
            .as_deref(),
        Some("dark")
    );
}

#[wasm_bindgen_test]
fn blocked_storage_is_reported_not_thrown() {
    clear_storage();
    let c = content();
    let slot = assessment_store(None);
    block_storage();
    let load = load_state(&slot, &c);
    let save = save_state(&slot, &some_state(&c));
    let delete = delete_all();
    unblock_storage();
    assert_eq!(load, Err(StorageProblem::Unavailable));
    assert_eq!(save, Err(StorageProblem::Unavailable));
    assert_eq!(delete, Err(StorageProblem::Unavailable));
}

#[wasm_bindgen_test]
async fn the_app_works_in_memory_when_storage_is_blocked() {
    clear_storage();
    block_storage();
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    let notice = by_id(&host, "storage-notice").map(|n| n.text_content().unwrap_or_default());
    click(&host, "start-quick").await;
    next_until_item(&host).await;
    click(&host, "answer-4").await;
    let kept = by_id(&host, "answer-4").map(|a| is_checked(&a));
    unblock_storage();
    assert!(
        notice.is_some_and(|n| !n.is_empty()),
        "the respondent is told"
    );
    assert_eq!(kept, Some(true), "the answer is kept in memory");
    assert_eq!(saved(), None);
}

#[wasm_bindgen_test]
async fn answers_saved_by_a_newer_build_are_never_overwritten() {
    clear_storage();
    let newer = r#"{"schema":9,"state":{}}"#;
    storage().set_item(KEY, newer).expect("prefill");
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    assert!(by_id(&host, "storage-notice").is_some());
    click(&host, "start-quick").await;
    next_until_item(&host).await;
    click(&host, "answer-2").await;
    assert_eq!(saved().as_deref(), Some(newer));
}

#[wasm_bindgen_test]
async fn answers_to_removed_questions_are_dropped_and_reported() {
    clear_storage();
    let c = content();
    let mut state = some_state(&c);
    state.response.content_version = "0.9.0".into();
    state.response.set("retired.statement", Answer::DontKnow);
    storage()
        .set_item(
            KEY,
            &kansrijk::session::saved::encode(&state).expect("not blank"),
        )
        .expect("prefill");
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    drawn(&host).await;
    assert!(
        by_id(&host, "storage-notice").is_some(),
        "the respondent is told"
    );
    assert!(
        by_id(&host, "resume").is_some(),
        "the remaining answers are kept"
    );
    let raw = saved().expect("saved again under the current version");
    assert!(!raw.contains("retired.statement"), "{raw}");
    assert!(raw.contains(&c.version), "{raw}");
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported_once_and_answers_are_kept() {
    clear_storage();
    fill_storage();
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    click(&host, "start-quick").await;
    next_until_item(&host).await;
    click(&host, "answer-4").await;
    click(&host, "answer-2").await;
    let notices = host
        .query_selector_all("[data-testid=storage-notice]")
        .map(|n| n.length())
        .unwrap_or_default();
    let kept = by_id(&host, "answer-2").map(|a| is_checked(&a));
    empty_storage();
    assert_eq!(notices, 1, "told once, not at every answer");
    assert_eq!(kept, Some(true), "the answer is kept in memory");
}
