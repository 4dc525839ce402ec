//! The facilitator's group view in a real browser: collecting pasted codes
//! and answer files, telling what cannot be read, the group's figures,
//! labels and removal, a large group, keeping it on the device, and
//! deleting it.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kansrijk::model::answer_file::to_file;
use kansrijk::model::code::{encode, Shared};
use kansrijk::model::content::Content;
use kansrijk::ui::full_build::FacilitatorTools;
use kansrijk::ui::App;
use leptos::prelude::*;
use ui_support::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

// What the browser does when files are chosen in a file input: it holds
// them and fires `change`.
#[wasm_bindgen(inline_js = "
export function choose_files(input, names, texts) {
  const chosen = new DataTransfer();
  names.forEach((name, i) => chosen.items.add(new File([texts[i]], name, { type: 'application/json' })));
  input.files = chosen.files;
  input.dispatchEvent(new Event('change'));
}
")]
extern "C" {
    fn choose_files(input: &web_sys::HtmlElement, names: Vec<String>, texts: Vec<String>);
}

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

/// The app as the full build has it, with the group view.
fn full_app() -> impl IntoView {
    provide_context(FacilitatorTools::full());
    App()
}

/// Mounts the app on a clean device and opens the group view.
async fn group_view() -> (web_sys::HtmlElement, impl Sized) {
    clear_storage();
    set_fragment("");
    let host = fresh_host();
    let app = leptos::mount::mount_to(host.clone(), full_app);
    settle().await;
    click(&host, "open-group").await;
    (host, app)
}

/// Chooses `files` (name, text) in the group view's file input and waits,
/// at most five seconds, until what they came to is told.
async fn open_files(host: &web_sys::HtmlElement, files: Vec<(String, String)>) {
    let input = by_id(host, "group-files").expect("a file input");
    let (names, texts) = files.into_iter().unzip();
    choose_files(&input, names, texts);
    for _ in 0..250 {
        settle().await;
        if !text(host, "group-messages").is_empty() {
            return;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("a window")
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
    }
    panic!("the files were not read within five seconds");
}

/// How many elements match `selector`.
fn count(host: &web_sys::HtmlElement, selector: &str) -> u32 {
    host.query_selector_all(selector)
        .expect("valid selector")
        .length()
}

/// The texts of the figures (`td`) of a table row, by its test id.
fn figures(host: &web_sys::HtmlElement, row: &str) -> Vec<String> {
    let cells = host
        .query_selector_all(&format!("[data-testid=\"{row}\"] td"))
        .expect("valid selector");
    (0..cells.length())
        .filter_map(|i| cells.item(i))
        .map(|cell| cell.text_content().unwrap_or_default())
        .collect()
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

    // Need (D1), whose quick statements are both agreement statements:
    // public 100, private 25.
    let need = text(&host, "gap-need");
    assert!(need.contains("100"), "{need}");
    assert!(need.contains("25"), "{need}");
    assert!(need.contains("75"), "{need}");
    let spread = text(&host, "spread-need");
    assert!(spread.contains("63"), "mean of 100 and 25: {spread}");
    assert!(
        exists(&host, "[data-testid=group-plot] path"),
        "the dot plot"
    );
    assert!(by_id(&host, "group-verdict").is_some());
    assert!(
        by_id(&host, "group-show-all").is_none(),
        "a small group is listed whole"
    );

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
    let _app = leptos::mount::mount_to(host.clone(), full_app);
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
    drawn(&host).await;
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
    let _app = leptos::mount::mount_to(host.clone(), full_app);
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
    let _app = leptos::mount::mount_to(host.clone(), full_app);
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

#[wasm_bindgen_test]
async fn a_room_of_files_shows_the_summary_and_the_first_rows_until_all_are_asked_for() {
    let (host, _app) = group_view().await;
    let c = content();
    // 50 public respondents answering 5 (100 on need, whose quick
    // statements are agreement statements) and 20 private ones answering 2
    // (25): the mean is (50 * 100 + 20 * 25) / 70 = 78.6.
    let mut files: Vec<(String, String)> = (0..70)
        .map(|n| {
            let (side, value) = if n < 50 {
                ("public", 5)
            } else {
                ("private", 2)
            };
            let shared = Shared {
                response: quick_scan(&c, side, value),
                label: None,
            };
            (format!("answers-{n}.json"), to_file(&shared))
        })
        .collect();
    // Files that cannot be read, between the good ones.
    let bad = [
        ("broken.json", r#"{ "kind": "kansrijk-resp"#),
        (
            "other.json",
            r#"{ "kind": "a-shopping-list", "format": 1 }"#,
        ),
        (
            "newer.json",
            r#"{ "kind": "kansrijk-response", "format": 9 }"#,
        ),
        (
            "damaged.json",
            r#"{ "kind": "kansrijk-response", "format": 1, "response": 7 }"#,
        ),
    ];
    for (at, (name, text)) in bad.into_iter().enumerate() {
        files.insert(at * 20 + 5, (name.to_owned(), text.to_owned()));
    }
    open_files(&host, files).await;

    let messages = text(&host, "group-messages");
    assert!(messages.contains("70"), "70 added: {messages}");
    for (name, _) in bad {
        assert!(messages.contains(name), "{name} is told: {messages}");
    }
    assert!(
        !messages.contains("answers-"),
        "no good file failed: {messages}"
    );
    assert!(text(&host, "group-count").contains("70"));
    assert_eq!(
        kept_group().expect("kept")["list"].as_array().map(Vec::len),
        Some(70)
    );

    // What the group's answers show comes before the list of respondents.
    let verdict = by_id(&host, "group-verdict").expect("the group verdict");
    let list = by_id(&host, "group-members").expect("the member list");
    assert!(
        verdict.compare_document_position(&list) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0,
        "the summary comes first"
    );

    // The first 20 respondents, one by one; the figures of all 70.
    assert_eq!(count(&host, "[data-testid=group-member]"), 20);
    assert_eq!(count(&host, "[data-testid=group-spread] thead th"), 3 + 20);
    let need = figures(&host, "spread-need");
    assert_eq!(need.len(), 2 + 20, "{need:?}");
    assert_eq!(need[0], "79", "the mean of all 70");
    assert!(by_id(&host, "group-members-first").is_some());
    assert!(by_id(&host, "group-spread-first").is_some());
    let show_all = by_id(&host, "group-show-all").expect("a button that shows all");
    assert!(text(&host, "group-show-all").contains("70"));
    assert_eq!(
        show_all.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        show_all.get_attribute("aria-controls"),
        list.get_attribute("id"),
        "the button names the list it shows"
    );

    click(&host, "group-show-all").await;
    assert_eq!(count(&host, "[data-testid=group-member]"), 70);
    assert_eq!(figures(&host, "spread-need").len(), 2 + 70);
    assert_eq!(
        show_all.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(by_id(&host, "group-members-first").is_none());
    assert!(by_id(&host, "group-spread-first").is_none());

    // The 50th respondent, the last public one and listed only now, is
    // removed: 49 * 100 + 20 * 25 over 69 is 78.3.
    find(
        &host,
        "[data-testid=group-member]:nth-child(50) [data-testid=member-remove]",
    )
    .expect("the 50th row's remove button")
    .click();
    settle().await;
    assert!(text(&host, "group-count").contains("69"));
    assert_eq!(count(&host, "[data-testid=group-member]"), 69);
    assert_eq!(
        kept_group().expect("kept")["list"].as_array().map(Vec::len),
        Some(69)
    );
    assert_eq!(figures(&host, "spread-need")[0], "78");
    assert_eq!(figures(&host, "gap-need"), ["100", "25", "75"]);

    click(&host, "group-show-all").await;
    assert_eq!(count(&host, "[data-testid=group-member]"), 20);
    assert!(text(&host, "group-show-all").contains("69"));
    assert_eq!(
        show_all.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn the_dot_plot_marks_each_side_from_the_content() {
    let (host, _app) = group_view().await;
    let c = content();
    let pasted = format!(
        "{}\n{}\n",
        code(&c, "public", 5, None),
        code(&c, "civil", 2, None)
    );
    type_into(&host, "group-paste", &pasted).await;
    click(&host, "group-add").await;

    // The content's first side is a filled circle, its third a grey
    // triangle; no one from the second side, so no open square.
    let plot = "[data-testid=group-plot] path";
    assert!(exists(&host, &format!("{plot}.kr-dot-filled")));
    assert!(exists(&host, &format!("{plot}.kr-dot-grey")));
    assert!(!exists(&host, &format!("{plot}.kr-dot-open")));
    let key = host
        .query_selector(".kr-chart-key")
        .ok()
        .flatten()
        .and_then(|k| k.text_content())
        .unwrap_or_default();
    let named = |id: &str| {
        let label = c
            .question("side")
            .and_then(|q| q.choices.iter().find(|ch| ch.id == id))
            .map(|ch| ch.label.clone())
            .expect("a side");
        c.languages.iter().any(|l| key.contains(label.get(&l.code)))
    };
    assert!(named("public"), "{key}");
    assert!(named("civil"), "{key}");
    assert!(!named("private"), "{key}");
}

#[wasm_bindgen_test]
async fn the_next_participant_starts_empty_and_the_last_one_joins_the_group() {
    clear_storage();
    set_fragment("");
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), full_app);
    settle().await;
    click(&host, "start-quick").await;
    next_until_item(&host).await;
    click(&host, "answer-1").await;
    while by_id(&host, "start-quick").is_none() {
        click(&host, "back").await;
    }
    drawn(&host).await;
    assert!(by_id(&host, "resume").is_some(), "answers to resume");

    click(&host, "next-participant").await;
    click(&host, "confirm-yes").await;
    drawn(&host).await;
    assert!(by_id(&host, "resume").is_none(), "the scan starts empty");
    let kept = kept_group().expect("the group is kept");
    assert_eq!(kept["list"].as_array().map(Vec::len), Some(1), "{kept}");
    let notices = find(&host, ".kr-notices")
        .and_then(|n| n.text_content())
        .unwrap_or_default();
    assert!(
        notices.contains('1'),
        "told where the answers went: {notices}"
    );

    click(&host, "open-group").await;
    assert!(text(&host, "group-count").contains('1'));
}
