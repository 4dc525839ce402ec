//! The facilitator's group view in a real browser: collecting pasted codes,
//! telling what cannot be read, the group's figures, labels and removal,
//! keeping it on the device, and deleting it.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kansrijk::model::code::{encode, Shared};
use kansrijk::model::content::Content;
use kansrijk::ui::App;
use ui_support::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn content() -> Content {
    Content::builtin().expect("the built-in content reads")
}

fn code(c: &Content, side: &str, value: u8, label: Option<&str>) -> String {
    encode(
        c,
        &Shared {
            response: quick_scan(c, side, value),
            label: label.map(str::to_owned),
        },
    )
}

/// Mounts the app on a clean device and opens the group view.
async fn group_view() -> (web_sys::HtmlElement, impl Sized) {
    clear_storage();
    set_fragment("");
    let host = fresh_host();
    let app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    click(&host, "open-group").await;
    (host, app)
}

/// The group kept on the device, parsed.
fn kept_group() -> Option<serde_json::Value> {
    storage()
        .get_item(GROUP_KEY)
        .expect("read storage")
        .map(|raw| serde_json::from_str(&raw).expect("kept as JSON"))
}

#[wasm_bindgen_test]
async fn pasted_codes_make_a_group_and_a_damaged_one_is_told() {
    let (host, _app) = group_view().await;
    assert!(by_id(&host, "group").is_some(), "the group view shows");
    assert!(by_id(&host, "group-count").is_none(), "empty at first");
    let c = content();
    let pasted = format!(
        "{}\n\n{}\nkr1-this-is-not-right\n",
        code(&c, "public", 5, Some("Gemeente")),
        code(&c, "private", 2, None),
    );
    type_into(&host, "group-paste", &pasted).await;
    click(&host, "group-add").await;

    assert!(text(&host, "group-count").contains('2'));
    let messages = text(&host, "group-messages");
    assert!(messages.contains('2'), "two added: {messages}");
    assert!(messages.contains('4'), "line 4 is named: {messages}");
    assert_eq!(
        value_of(&host, "group-paste"),
        "kr1-this-is-not-right",
        "only the failed line stays"
    );

    // Every dimension of the quick scan: public 100, private 25.
    let leadership = text(&host, "gap-leadership");
    assert!(leadership.contains("100"), "{leadership}");
    assert!(leadership.contains("25"), "{leadership}");
    assert!(leadership.contains("75"), "{leadership}");
    let spread = text(&host, "spread-leadership");
    assert!(spread.contains("63"), "mean of 100 and 25: {spread}");
    assert!(
        exists(&host, "[data-testid=group-plot] path"),
        "the dot plot"
    );
    assert!(by_id(&host, "group-verdict").is_some());

    let kept = kept_group().expect("the group is kept");
    assert_eq!(kept["schema"], 1);
    let labels: Vec<&str> = kept["list"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|m| m["label"].as_str())
        .collect();
    assert_eq!(labels.len(), 2);
    assert_eq!(labels[0], "Gemeente", "the code's own label");
    assert!(
        labels[1].ends_with('2'),
        "\"Respondent 2\" by default: {labels:?}"
    );
}

#[wasm_bindgen_test]
async fn members_are_labelled_and_removed_and_the_group_survives_a_reload() {
    let (host, app) = group_view().await;
    let c = content();
    let pasted = [
        code(&c, "public", 5, None),
        code(&c, "public", 4, None),
        code(&c, "private", 2, None),
    ]
    .join("\n");
    type_into(&host, "group-paste", &pasted).await;
    click(&host, "group-add").await;
    assert!(text(&host, "group-count").contains('3'));

    // The first label field is renamed.
    type_into(&host, "member-label", "Politie").await;
    let first = kept_group().expect("kept");
    assert_eq!(first["list"][0]["label"], "Politie");

    // Remove the second; the third moves up.
    find(
        &host,
        "[data-testid=group-member]:nth-child(2) [data-testid=member-remove]",
    )
    .expect("a remove button")
    .click();
    settle().await;
    assert!(text(&host, "group-count").contains('2'));
    let kept = kept_group().expect("kept");
    assert_eq!(kept["list"].as_array().map(Vec::len), Some(2));

    drop(app);
    host.remove();
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    click(&host, "open-group").await;
    assert!(
        text(&host, "group-count").contains('2'),
        "kept on the device"
    );
    assert_eq!(value_of(&host, "member-label"), "Politie");
}

#[wasm_bindgen_test]
async fn a_member_opens_read_only_and_closes_back_to_the_group() {
    let (host, _app) = group_view().await;
    let c = content();
    type_into(
        &host,
        "group-paste",
        &code(&c, "private", 5, Some("Haven BV")),
    )
    .await;
    click(&host, "group-add").await;
    click(&host, "member-show").await;
    assert!(text(&host, "shared-result").contains("Haven BV"));
    assert!(by_id(&host, "shared-add").is_none(), "already in the group");
    click(&host, "shared-close").await;
    assert!(by_id(&host, "group").is_some(), "back in the group view");
    assert!(text(&host, "group-count").contains('1'));
}

#[wasm_bindgen_test]
async fn deleting_the_group_asks_first_then_removes_it_from_the_device() {
    let (host, _app) = group_view().await;
    let c = content();
    type_into(&host, "group-paste", &code(&c, "public", 3, None)).await;
    click(&host, "group-add").await;
    assert!(kept_group().is_some());
    click(&host, "group-delete").await;
    assert!(kept_group().is_some(), "nothing goes before confirming");
    click(&host, "confirm-yes").await;
    assert!(kept_group().is_none(), "the key is gone");
    assert!(by_id(&host, "group-count").is_none());
}

#[wasm_bindgen_test]
async fn an_unreadable_group_is_kept_aside_and_told() {
    clear_storage();
    set_fragment("");
    storage()
        .set_item(GROUP_KEY, "{ not json")
        .expect("prefill");
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    assert!(
        text(&host, "storage-notice").len() > 10,
        "the facilitator is told"
    );
    assert_eq!(
        storage()
            .get_item(&format!("{GROUP_KEY}:corrupt"))
            .expect("read")
            .as_deref(),
        Some("{ not json")
    );
    assert_eq!(storage().get_item(GROUP_KEY).expect("read"), None);
}

#[wasm_bindgen_test]
async fn a_group_from_a_newer_build_is_left_alone() {
    clear_storage();
    set_fragment("");
    let newer = r#"{"schema":9,"list":"future"}"#;
    storage().set_item(GROUP_KEY, newer).expect("prefill");
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    click(&host, "open-group").await;
    let c = content();
    type_into(&host, "group-paste", &code(&c, "public", 3, None)).await;
    click(&host, "group-add").await;
    assert!(text(&host, "group-count").contains('1'), "works in memory");
    assert_eq!(
        storage().get_item(GROUP_KEY).expect("read").as_deref(),
        Some(newer),
        "not overwritten"
    );
}

#[wasm_bindgen_test]
async fn delete_everything_removes_the_group_too() {
    let (host, _app) = group_view().await;
    let c = content();
    type_into(&host, "group-paste", &code(&c, "private", 4, None)).await;
    click(&host, "group-add").await;
    assert!(kept_group().is_some());
    click(&host, "delete-all").await;
    click(&host, "confirm-yes").await;
    assert!(kept_group().is_none(), "the group's key is gone");
    click(&host, "open-group").await;
    assert!(
        by_id(&host, "group-count").is_none(),
        "and so is the group in memory"
    );
}
