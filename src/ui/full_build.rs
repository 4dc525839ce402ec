//! The full build, and how a widget is handed over to it.
//!
//! A participant downloads a build without the facilitator's tools: the
//! group view, the report downloads and measurements over time. Together
//! they are about a seventh of the wasm, and most people who open Kansrijk
//! never use them. Opening one in that build asks the page's loader
//! (`web/kansrijk-embed.js`) for the full build, which carries everything.
//! When it has loaded, the participant's widget hands over what it keeps
//! ([`Handover`]) and leaves the page, and the full build draws the widget
//! again in the same place, at the tool that was opened. Two wasm
//! instances cannot share a reactive system, so it is a replacement, not
//! an addition.
//!
//! Imported by the widget (which screens a build has), the mounts (which
//! keep their handles here) and the entry points.

use super::state::Assessment;
use crate::session::handover::{HandedAt, Handover};
use leptos::prelude::*;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The event a widget sends from its host element to ask for the full
/// build; `detail.take()` hands the widget over, `detail.failed(reason)`
/// says the build could not be loaded. A loader that handles it cancels it.
pub const ASK_EVENT: &str = "kansrijk-full-build";

/// The tools a build carries beyond a participant's, given to the widget
/// as context. Left out (`None`), a tool's code is not in the build at
/// all: only the full build's entry point names it.
#[derive(Clone, Copy, Default)]
pub struct FacilitatorTools {
    pub group_view: Option<fn() -> AnyView>,
    /// The body of the result's report section: printing and downloads.
    pub report: Option<fn() -> AnyView>,
    /// The body of the result's section on measurements over time.
    pub measurements: Option<fn() -> AnyView>,
}

impl FacilitatorTools {
    /// Everything: the full build and the browser tests of the tools.
    pub fn full() -> Self {
        use super::screens::{group, result};
        FacilitatorTools {
            group_view: Some(|| view! { <group::screen::GroupView /> }.into_any()),
            report: Some(|| view! { <result::report::Report /> }.into_any()),
            measurements: Some(|| view! { <result::measurements::Measurements /> }.into_any()),
        }
    }
}

thread_local! {
    /// Each mounted widget by the node it was mounted into (the body or a
    /// shadow root), so it can leave the page when it is handed over.
    static MOUNTED: RefCell<Vec<(web_sys::Node, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps the handle of a widget mounted into `target`; dropping it takes
/// the widget off the page and ends its effects.
pub(super) fn keep_mounted(target: web_sys::Node, handle: Box<dyn Any>) {
    MOUNTED.with(|mounted| mounted.borrow_mut().push((target, handle)));
}

/// Takes the widget mounted into `target` off the page. False when there
/// is none (a test mounts the widget itself).
fn unmount(target: &web_sys::Node) -> bool {
    // Taken out of the list first: dropping it runs the widget's cleanup,
    // which must not find the list borrowed.
    let handle = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let at = mounted.iter().position(|(node, _)| node == target)?;
        Some(mounted.remove(at))
    });
    handle.is_some()
}

/// Where a widget is mounted (the body or its shadow root) and the element
/// that holds it on the page (the body or the shadow root's host).
fn place(widget: &Assessment) -> Option<(web_sys::Node, web_sys::HtmlElement)> {
    let root: web_sys::Node = widget.root.get_untracked()?.into();
    let top = root.get_root_node();
    match top.dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => {
            let host = shadow.host().dyn_into().ok()?;
            Some((shadow.into(), host))
        }
        Err(_) => {
            let body = document().body()?;
            Some((body.clone().into(), body))
        }
    }
}

/// Asks the page's loader for the full build, to replace `widget` where
/// `at` says once it has loaded (`None`: the respondent has left the tool,
/// and the widget stays). `failed` runs when it cannot be loaded, or when
/// no loader answers.
pub fn ask_for_full_build(
    widget: Assessment,
    at: impl FnOnce() -> Option<HandedAt> + 'static,
    failed: impl FnOnce() + 'static,
) {
    let Some((target, host)) = place(&widget) else {
        failed();
        return;
    };
    // Told once, by the loader or for want of one.
    let failed = Rc::new(RefCell::new(Some(failed)));
    fn once(failed: &RefCell<Option<impl FnOnce()>>) {
        if let Some(failed) = failed.borrow_mut().take() {
            failed();
        }
    }
    let refused = failed.clone();
    let take = Closure::once_into_js(move || -> JsValue {
        // The respondent may have left the tool while it loaded; the full
        // build stays loaded for the next time.
        let Some(at) = at() else {
            return JsValue::NULL;
        };
        let handed = widget.handover(at).encode();
        if unmount(&target) {
            JsValue::from_str(&handed)
        } else {
            // Mounted by someone else, who still holds it: two widgets
            // must never share one place.
            once(&refused);
            JsValue::NULL
        }
    });
    let told = failed.clone();
    let on_failure = Closure::once_into_js(move |reason: JsValue| {
        leptos::logging::warn!("Kansrijk: the full build could not be loaded: {reason:?}");
        once(&told);
    });
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"take".into(), &take);
    let _ = js_sys::Reflect::set(&detail, &"failed".into(), &on_failure);
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_detail(&detail);
    let answered = web_sys::CustomEvent::new_with_event_init_dict(ASK_EVENT, &init)
        .and_then(|event| host.dispatch_event(&event));
    // Not cancelled: no loader on this page to fetch the build.
    if !matches!(answered, Ok(false)) {
        once(&failed);
    }
}

/// The full build's side: draws the widget again in `host` (the body of
/// the standalone page, or an element whose shadow root the participant's
/// widget left) from what it handed over, at the tool it opened.
pub fn take_over(host: web_sys::HtmlElement, handed: &str) {
    super::crash::install_panic_hook();
    // Both builds come from one release, so an unreadable handover is a
    // bug; the widget then goes on with what storage holds.
    let handed = Handover::decode(handed)
        .map_err(|problem| {
            leptos::logging::error!("Kansrijk: {problem}; going on with what is saved")
        })
        .ok();
    super::embed::replace(host, handed);
}
