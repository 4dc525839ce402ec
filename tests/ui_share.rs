//! Sharing in a real browser: the share panel's code, link and QR code, a
//! label only when asked for, and a shared link that opens read-only
//! without touching the recipient's own answers.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kansrijk::model::code::{decode, encode, Shared};
use kansrijk::model::content::Content;
use kansrijk::ui::App;
use ui_support::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn content() -> Content {
    Content::builtin().expect("the built-in content reads")
}

#[wasm_bindgen_test]
async fn the_share_panel_gives_a_code_a_link_and_a_qr_code_of_the_answers() {
    let (host, _app) = result_with_one_answer().await;
    let c = content();
    let code = value_of(&host, "share-code");
    let shared = decode(&c, &code).expect("the code decodes");
    assert_eq!(shared.label, None, "no label unless asked for");
    assert_eq!(shared.response.answers.len(), 1);
    assert!(shared.response.answers.values().all(|a| *a
        == kansrijk::model::answer::Answer::Agreement(
            kansrijk::model::answer::Agreement::new(2).expect("2")
        )));

    let link = value_of(&host, "share-link");
    assert!(link.ends_with(&format!("#code={code}")), "{link}");
    assert!(!link.contains('?'), "no query in a share link: {link}");

    let modules: usize = attribute(&host, "[data-testid=share-qr]", "data-modules")
        .and_then(|m| m.parse().ok())
        .expect("a QR code with its module count");
    assert_eq!((modules - 8 - 17) % 4, 0, "version size plus quiet zone");
    let path = attribute(&host, "[data-testid=share-qr] path", "d").expect("the modules");
    assert!(path.len() > 100, "{path}");
}

#[wasm_bindgen_test]
async fn a_label_goes_into_the_code_only_when_ticked_and_typed() {
    let (host, _app) = result_with_one_answer().await;
    let c = content();
    let before = value_of(&host, "share-code");
    click(&host, "share-include-label").await;
    type_into(&host, "share-label", "Gemeente Utrecht").await;
    let with_label = value_of(&host, "share-code");
    assert_ne!(before, with_label);
    assert_eq!(
        decode(&c, &with_label).expect("decodes").label.as_deref(),
        Some("Gemeente Utrecht")
    );
    // Unticking takes the label out again, though the text stays typed.
    click(&host, "share-include-label").await;
    assert_eq!(value_of(&host, "share-code"), before);
}

#[wasm_bindgen_test]
async fn a_label_typed_for_one_respondent_is_gone_when_the_next_starts_over() {
    let (host, _app) = result_with_one_answer().await;
    let c = content();
    click(&host, "share-include-label").await;
    type_into(&host, "share-label", "Gemeente Utrecht").await;
    click(&host, "start-over").await;
    click(&host, "confirm-yes").await;
    click(&host, "start-quick").await;
    next_until_item(&host).await;
    click(&host, "answer-3").await;
    click(&host, "part-result").await;
    drawn(&host).await;
    let code = value_of(&host, "share-code");
    assert_eq!(decode(&c, &code).expect("decodes").label, None);
    click(&host, "share-include-label").await;
    assert_eq!(value_of(&host, "share-label"), "", "nothing typed");
}

#[wasm_bindgen_test]
async fn a_shared_link_opens_read_only_and_leaves_the_own_answers_alone() {
    clear_storage();
    let c = content();
    // The recipient has answers of their own on this device.
    let (host, app) = result_with_one_answer().await;
    drop(app);
    host.remove();
    let own = saved().expect("own answers saved");

    let theirs = encode(
        &c,
        &Shared {
            response: quick_scan(&c, "private", 5),
            label: Some("Winkeliersvereniging".into()),
        },
    );
    set_fragment(&format!("#code={theirs}"));
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    assert!(
        by_id(&host, "shared-result").is_some(),
        "the shared result shows"
    );
    drawn(&host).await;
    assert!(text(&host, "shared-result").contains("Winkeliersvereniging"));
    assert_eq!(
        by_id(&host, "verdict").and_then(|v| v.get_attribute("data-outcome")),
        Some("promising".into()),
        "their verdict, not ours"
    );
    assert!(
        find(&host, "[data-testid=shared-result] .kr-change").is_none(),
        "their answers cannot be changed here"
    );
    let answers = text(&host, "shared-result");
    let yours = |lang: &str| c.ui("your_answer", lang).replace(" {answer}.", "");
    for lang in ["nl", "en"] {
        assert!(
            !answers.contains(&yours(lang)),
            "not called yours: {answers}"
        );
    }
    let theirs = |lang: &str| c.ui("their_answer", lang).replace(" {answer}.", "");
    assert!(
        answers.contains(&theirs("nl")) || answers.contains(&theirs("en")),
        "called the answer given"
    );
    assert_eq!(saved().as_deref(), Some(own.as_str()), "ours are untouched");

    click(&host, "shared-close").await;
    assert!(by_id(&host, "start-quick").is_some(), "back at the start");
    assert_eq!(fragment(), "", "the code is gone from the address");
    assert_eq!(saved().as_deref(), Some(own.as_str()));
    drawn(&host).await;
    assert!(
        by_id(&host, "resume").is_some(),
        "the own answers can be resumed"
    );
}

#[wasm_bindgen_test]
async fn a_damaged_link_is_told_and_changes_nothing() {
    clear_storage();
    let c = content();
    let code = encode(
        &c,
        &Shared {
            response: quick_scan(&c, "public", 4),
            label: None,
        },
    );
    // One character changed in the middle of the code.
    let mut damaged: Vec<char> = code.chars().collect();
    let middle = damaged.len() / 2;
    damaged[middle] = if damaged[middle] == 'A' { 'B' } else { 'A' };
    let damaged: String = damaged.into_iter().collect();
    set_fragment(&format!("#code={damaged}"));
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    set_fragment("");
    assert!(by_id(&host, "shared-result").is_none());
    assert!(
        by_id(&host, "start-quick").is_some(),
        "the start screen shows"
    );
    let notice = text(&host, "storage-notice");
    assert!(
        notice.contains(c.ui("code_error_damaged", "nl"))
            || notice.contains(c.ui("code_error_damaged", "en")),
        "{notice}"
    );
    assert_eq!(storage().length().expect("length"), 0, "nothing was saved");
}
