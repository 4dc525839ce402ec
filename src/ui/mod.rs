//! The browser shell, wasm only: components that render the session's
//! state and the model's conclusions. Imports `model`, `session` and
//! `persist`; nothing imports it but the entry point and the browser tests.
//!
//! Data flows one way: the content and the respondent's answers go into the
//! model, the model's conclusions come out as views. Components render
//! state and call the actions of [`state::Assessment`]; none of them computes
//! a score or decides where a button leads.

mod crash;
mod device;
pub mod embed;
pub mod frame;
pub mod full_build;
mod saving;
mod screens;
mod state;
mod widgets;
mod workshop;

pub use crash::show_crash_panel;
pub use state::{Assessment, Setup};

use crate::model::content::{Content, ContentError};
use crate::session::flow::Position;
use crate::session::handover::{HandedAt, Handover};
use crate::session::texts;
use crate::ui::full_build::FacilitatorTools;
use crate::ui::widgets::fold::OpenFolds;
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

/// Shown when the built-in content cannot be read: without content there
/// are no interface texts either, so this one sentence lives in code.
const CONTENT_BROKEN: &str = "Kansrijk kan niet laden. / Kansrijk cannot load.";

/// The content compiled into this build, read once per page.
fn content() -> Result<&'static Content, &'static ContentError> {
    static CONTENT: OnceLock<Result<Content, ContentError>> = OnceLock::new();
    CONTENT.get_or_init(Content::builtin).as_ref()
}

/// The kinds of screen, each with a layout of its own.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Screen {
    Start,
    /// A question page or the result, beside the list of parts.
    Parts,
    Group,
    Shared,
}

/// The widget as a page of its own, with the page's language hints.
#[component]
pub fn App() -> impl IntoView {
    page(None)
}

/// The standalone page's widget, going on from `handed` if the full build
/// took the participant's place.
fn page(handed: Option<Handover>) -> impl IntoView {
    let page_lang = document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"));
    let setup = Setup {
        name: None,
        chosen_lang: vec![query_lang()],
        suggested_lang: vec![page_lang, navigator_lang()],
        handed,
    };
    view! {
        <main class="kr-page">
            <Widget setup />
        </main>
    }
}

/// One widget: the start screen, the questions or the result, with the
/// language switch, storage messages and the tools around them.
#[component]
pub fn Widget(setup: Setup) -> impl IntoView {
    let content = match content() {
        Ok(content) => content,
        Err(e) => {
            leptos::logging::error!("{e}");
            return view! {
                <div class="kansrijk">
                    <p class="kr-notice" role="alert">
                        {CONTENT_BROKEN}
                    </p>
                </div>
            }
            .into_any();
        }
    };
    let handed_at = setup.handed.as_ref().map(|h| h.at.clone());
    let tools = use_context::<FacilitatorTools>().unwrap_or_default();
    let widget = Assessment::new(content, setup);
    provide_context(widget);
    provide_context(match &handed_at {
        Some(HandedAt::Result { open, tool }) => OpenFolds::handed(open.clone(), tool.clone()),
        _ => OpenFolds::default(),
    });
    // Which screen, without where on it: moving from one question page to
    // the next, or on to the result, keeps the list of parts that those
    // screens share instead of building it again for every page.
    let screen_kind = Memo::new(move |_| {
        widget.position.with(|p| match p {
            Position::Start => Screen::Start,
            Position::Step { .. } | Position::Result => Screen::Parts,
            Position::Group => Screen::Group,
            Position::Shared => Screen::Shared,
        })
    });
    let on_result = Memo::new(move |_| widget.position.with(|p| *p == Position::Result));
    let screen = move || match screen_kind.get() {
        Screen::Start => view! { <screens::start::screen::Start /> }.into_any(),
        Screen::Parts => view! {
            <div class="kr-layout">
                <screens::questions::parts_nav::PartsNav />
                {move || {
                    if on_result.get() {
                        view! { <screens::result::screen::Result /> }.into_any()
                    } else {
                        view! { <screens::questions::screen::Step /> }.into_any()
                    }
                }}
            </div>
        }
        .into_any(),
        Screen::Group => match tools.group_view {
            Some(group_view) => group_view(),
            None => view! { <screens::group_loading::screen::GroupLoading /> }.into_any(),
        },
        Screen::Shared => view! { <screens::shared::screen::SharedResult /> }.into_any(),
    };
    match handed_at {
        // Announced and focused as any move there is.
        Some(HandedAt::Group) => widget.show_group(),
        // Back where the respondent was, unannounced: the section just
        // opened takes the focus once it is drawn.
        Some(HandedAt::Result { .. }) => widget.go_on_at_result(),
        None => {}
    }
    view! {
        <div
            class="kansrijk"
            class:kr-wide=move || widget.wide.get()
            lang=move || widget.lang.get()
            node_ref=widget.root
        >
            <div class="kr-topbar">
                <span class="kr-brand">{move || widget.t(texts::APP_NAME)}</span>
                <widgets::language_switch::LanguageSwitch />
            </div>
            <widgets::notices::Notices />
            <div class="kr-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || widget.announcement.get()}
            </div>
            {screen}
            <widgets::tools::Tools />
        </div>
    }
    .into_any()
}

/// Mounts the widget where the page wants it: into every
/// `[data-kansrijk]` element (each in its own shadow root), or into the body
/// of the standalone page (`<body data-kansrijk-app>`). Any other page gets
/// nothing, so loading the script never draws into a host page uninvited.
pub fn mount_all() {
    crash::install_panic_hook();
    let hosts = document().query_selector_all("[data-kansrijk]").ok();
    let hosts: Vec<web_sys::HtmlElement> = hosts
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                .collect()
        })
        .unwrap_or_default();
    if !hosts.is_empty() {
        embed::mount_embedded(hosts);
    } else if embed::is_standalone_page() {
        embed::mount_standalone();
    } else {
        leptos::logging::warn!(
            "Kansrijk: this page has no <div data-kansrijk> to show the widget in"
        );
    }
}

/// The `?lang=` parameter of the page's address.
fn query_lang() -> Option<String> {
    query_param("lang")
}

/// A parameter of the page's address, not percent-decoded.
fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    crate::session::language::query_param(&search, name)
}

/// The language of the host element, as the page declares it.
fn closest_lang(host: &web_sys::HtmlElement) -> Option<String> {
    host.closest("[lang]").ok().flatten()?.get_attribute("lang")
}

fn navigator_lang() -> Option<String> {
    web_sys::window()?.navigator().language()
}
