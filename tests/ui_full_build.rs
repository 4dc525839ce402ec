//! The participant's build and the full build in a real browser: without
//! the facilitator's tools, opening one asks the page's loader for the
//! full build, says so when none can be had, and hands the widget over
//! with what it keeps and where it was; the full build takes its place
//! from that alone.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kansrijk::model::code::{encode, Shared};
use kansrijk::model::content::Content;
use kansrijk::model::group::Member;
use kansrijk::persist::keys::Stored;
use kansrijk::persist::store::Store;
use kansrijk::session::handover::{HandedAt, Handover};
use kansrijk::session::saved::SavedState;
use kansrijk::session::workshop::encode_group;
use kansrijk::ui::full_build::{take_over, ASK_EVENT};
use kansrijk::ui::App;
use std::cell::RefCell;
use std::rc::Rc;
use ui_support::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn content() -> Content {
    Content::builtin().expect("the built-in content reads")
}

#[wasm_bindgen_test]
async fn without_a_loader_the_group_view_says_it_cannot_load_and_the_way_back_works() {
    clear_storage();
    set_fragment("");
    let host = fresh_host();
    let _app = leptos::mount::mount_to(host.clone(), App);
    settle().await;
    click(&host, "open-group").await;
    drawn(&host).await;
    assert!(
        by_id(&host, "group-paste").is_none(),
        "no group view in this build"
    );
    let failed = by_id(&host, "group-load-failed").expect("the failure is told");
    assert_eq!(failed.get_attribute("role").as_deref(), Some("alert"));
    assert!(by_id(&host, "group-load-retry").is_some());
    click(&host, "back").await;
    assert!(by_id(&host, "start-quick").is_some(), "back at the start");
}

/// The toggle of the result's section `name` (its `data-fold`).
fn fold_toggle(host: &web_sys::HtmlElement, name: &str) -> web_sys::HtmlElement {
    find(host, &format!("[data-fold={name}] .kr-fold-toggle")).expect("the section's toggle")
}

#[wasm_bindgen_test]
async fn without_a_loader_a_tool_on_the_result_says_it_cannot_load_and_the_result_stays() {
    let (host, _app) = result_with_one_answer().await;
    fold_toggle(&host, "report").click();
    settle().await;
    assert!(
        by_id(&host, "report-download-html").is_none(),
        "no report downloads in this build"
    );
    let failed = by_id(&host, "tools-load-failed").expect("the failure is told");
    assert_eq!(failed.get_attribute("role").as_deref(), Some("alert"));
    assert!(by_id(&host, "tools-load-retry").is_some());
    assert!(by_id(&host, "verdict").is_some(), "the result stays");
    assert!(
        by_id(&host, "tools-load-failed").is_some() && !exists(&host, "[aria-busy=true]"),
        "nothing is left waiting"
    );
    // Closed and opened again, it asks again.
    fold_toggle(&host, "report").click();
    settle().await;
    assert!(by_id(&host, "tools-load-failed").is_none());
    fold_toggle(&host, "report").click();
    settle().await;
    assert!(by_id(&host, "tools-load-failed").is_some());
}

/// The requests for the full build, as the page's loader receives them.
struct Loader {
    asked: Rc<RefCell<Vec<JsValue>>>,
    _listener: Closure<dyn Fn(web_sys::CustomEvent)>,
}

impl Loader {
    fn listen() -> Loader {
        let asked = Rc::new(RefCell::new(Vec::new()));
        let kept = asked.clone();
        let listener =
            Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
                event.prevent_default();
                kept.borrow_mut().push(event.detail());
            });
        document()
            .add_event_listener_with_callback(ASK_EVENT, listener.as_ref().unchecked_ref())
            .expect("listen");
        Loader {
            asked,
            _listener: listener,
        }
    }

    /// Calls the one request's `take()`, as the loader does once the full
    /// build is there.
    fn take(&self) -> Option<String> {
        let asked = self.asked.borrow();
        assert_eq!(asked.len(), 1, "one request");
        let take: js_sys::Function = js_sys::Reflect::get(&asked[0], &"take".into())
            .expect("take")
            .unchecked_into();
        take.call0(&JsValue::NULL).expect("take runs").as_string()
    }
}

impl Drop for Loader {
    fn drop(&mut self) {
        let _ = document().remove_event_listener_with_callback(
            ASK_EVENT,
            self._listener.as_ref().unchecked_ref(),
        );
    }
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A widget embedded under `name` with the page's loader listening, as
/// its host element and shadow root.
async fn embedded(name: &str) -> (web_sys::HtmlElement, web_sys::ShadowRoot, Loader) {
    let host = fresh_host();
    host.set_attribute("data-kansrijk", name).expect("named");
    let loader = Loader::listen();
    kansrijk::ui::embed::mount_embedded(vec![host.clone()]);
    settle().await;
    let shadow = host.shadow_root().expect("a shadow root");
    (host, shadow, loader)
}

/// The widget in `shadow`, whichever build drew it.
fn widget(shadow: &web_sys::ShadowRoot) -> web_sys::HtmlElement {
    shadow
        .query_selector(".kansrijk")
        .ok()
        .flatten()
        .expect("a widget")
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn an_embedded_widget_hands_over_what_it_keeps_and_the_full_build_takes_its_place() {
    clear_storage();
    set_fragment("");
    let c = content();
    let name = "overdracht";
    // What the participant's widget keeps: answers and a group of one.
    let answers = quick_scan(&c, "private", 4);
    let state = SavedState {
        response: answers.clone(),
        lang: "en".into(),
        ..SavedState::default()
    };
    save_state(&assessment_store(Some(name)), &state).expect("saved");
    let member = Member {
        label: "Winkelier".into(),
        response: quick_scan(&c, "public", 2),
    };
    Store::new(Stored::Group, Some(name))
        .save(encode_group(&[member]).as_deref())
        .expect("saved");

    let (host, shadow, loader) = embedded(name).await;
    let participant = widget(&shadow);
    click(&participant, "open-group").await;
    assert!(by_id(&participant, "group-loading").is_some());

    let handed = loader.take().expect("handed over");
    assert!(
        shadow.query_selector(".kansrijk").ok().flatten().is_none(),
        "the participant's widget has left"
    );
    let handover = Handover::decode(&handed).expect("readable");
    assert_eq!(handover.name.as_deref(), Some(name));
    assert_eq!(handover.lang, "en");

    // Storage is gone by now (switched off, full, cleared): the full build
    // has only what was handed over.
    clear_storage();
    take_over(host.clone(), &handed);
    settle().await;
    let full = widget(&shadow);
    assert_eq!(full.get_attribute("lang").as_deref(), Some("en"));
    assert!(by_id(&full, "group-paste").is_some(), "on the group view");
    assert!(
        text(&full, "group-count").contains('1'),
        "with the group handed over"
    );
    click(&full, "back").await;
    drawn(&full).await;
    assert!(
        by_id(&full, "resume").is_some(),
        "and the answers, to resume"
    );
    // It saves again, under the widget's own name.
    let kept = Store::new(Stored::Assessment, Some(name))
        .load(|raw| kansrijk::session::saved::decode(&c, raw))
        .expect("readable")
        .expect("saved again");
    assert_eq!(kept.state.response.answers, answers.answers);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_shared_result_waiting_to_join_is_added_by_the_full_build() {
    clear_storage();
    set_fragment("");
    let c = content();
    let shared = Shared {
        response: quick_scan(&c, "civil", 3),
        label: Some("Bewonersgroep".into()),
    };
    let handed = Handover {
        lang: "nl".into(),
        joining: Some(encode(&c, &shared)),
        ..Handover::default()
    };
    let host = fresh_host();
    host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("a shadow root");
    take_over(host.clone(), &handed.encode());
    settle().await;
    let full: web_sys::HtmlElement = host
        .shadow_root()
        .and_then(|s| s.query_selector(".kansrijk").ok().flatten())
        .expect("a widget")
        .unchecked_into();
    assert!(text(&full, "group-count").contains('1'));
    assert!(full
        .text_content()
        .unwrap_or_default()
        .contains("Bewonersgroep"));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_tool_opened_on_the_result_is_where_the_full_build_goes_on() {
    clear_storage();
    set_fragment("");
    let c = content();
    let name = "rapport";
    let answers = quick_scan(&c, "public", 2);
    let state = SavedState {
        response: answers.clone(),
        lang: "nl".into(),
        ..SavedState::default()
    };
    save_state(&assessment_store(Some(name)), &state).expect("saved");
    let (host, shadow, loader) = embedded(name).await;
    let participant = widget(&shadow);
    click(&participant, "resume").await;
    click(&participant, "part-result").await;
    drawn(&participant).await;
    fold_toggle(&participant, "share").click();
    click(&participant, "share-include-label").await;
    type_into(&participant, "share-label", "Wijkteam").await;
    fold_toggle(&participant, "report").click();
    settle().await;
    assert!(
        find(&participant, "[data-fold=report] [role=status]").is_some(),
        "the section says it is loading"
    );

    let handed = Handover::decode(&loader.take().expect("handed over")).expect("readable");
    assert_eq!(
        handed.at,
        HandedAt::Result {
            open: vec!["share".into(), "report".into()],
            tool: "report".into(),
        }
    );
    clear_storage();
    take_over(host.clone(), &handed.encode());
    settle().await;
    let full = widget(&shadow);
    drawn(&full).await;
    assert!(by_id(&full, "verdict").is_some(), "on the result");
    assert!(
        by_id(&full, "report-download-html").is_some(),
        "with the report's downloads"
    );
    for (fold, open) in [("share", "true"), ("report", "true"), ("measure", "false")] {
        assert_eq!(
            fold_toggle(&full, fold)
                .get_attribute("aria-expanded")
                .as_deref(),
            Some(open),
            "{fold}"
        );
    }
    assert_eq!(
        value_of(&full, "share-label"),
        "Wijkteam",
        "the label typed to share goes along"
    );
    let shared =
        kansrijk::model::code::decode(&c, &value_of(&full, "share-code")).expect("decodes");
    assert_eq!(shared.label.as_deref(), Some("Wijkteam"));
    let focused = shadow.active_element().expect("something has the focus");
    assert_eq!(
        focused,
        web_sys::Element::from(fold_toggle(&full, "report")),
        "the section opened has the focus"
    );
    assert_eq!(
        full.get_attribute("lang").as_deref(),
        Some("nl"),
        "in the language on screen"
    );
    host.remove();
}
