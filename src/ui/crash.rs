//! What the respondent sees when the widget breaks: a panel saying the
//! answers are safe, with a way to reload, instead of a blank widget.
//!
//! A release build aborts on a panic (`panic = "abort"`): the wasm instance
//! traps and no Rust code runs again on this page, Leptos's included. So the
//! panic hook draws the panel itself, with plain DOM calls, before the abort;
//! and the reload is a plain link (no click handler could run after the
//! trap, and the page's CSP forbids forms and inline script).
//!
//! The text is fixed Dutch and English in code, not taken from
//! `content/ui.toml`: the hook must not depend on anything that may be what
//! broke (the content, the widget's language signal, the reactive system),
//! so it cannot know the respondent's language either.

use wasm_bindgen::JsCast;

/// The panel's text: the answers saved so far are on the device.
const MESSAGE: &str = "Er ging iets mis in Kansrijk. Uw antwoorden zijn veilig: ze staan op dit apparaat. \
                       / Something went wrong in Kansrijk. Your answers are safe: they are kept on this device.";
const RELOAD: &str = "Opnieuw laden / Reload";

/// Installs the panic hook: the message in the console, then the panel.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_panel();
    }));
}

/// Puts the panel at the top of every widget on the page (hiding the rest
/// of it, which may be half drawn), or into the page's body when no widget
/// was drawn yet. Never panics: a panic in a panic hook aborts at once.
pub fn show_crash_panel() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // Widgets drawn in the page itself (the standalone page, a test).
    let mut roots: Vec<web_sys::Node> = all(document.query_selector_all(".kansrijk").ok());
    // Embedded widgets live in shadow roots, out of the document's sight; a
    // host whose widget was not drawn yet gets the panel in its shadow root.
    for host in all(document.query_selector_all("[data-kansrijk]").ok()) {
        let Some(shadow) = host
            .dyn_into::<web_sys::Element>()
            .ok()
            .and_then(|h| h.shadow_root())
        else {
            continue;
        };
        let inside = all(shadow.query_selector_all(".kansrijk").ok());
        if inside.is_empty() {
            roots.push(shadow.into());
        } else {
            roots.extend(inside);
        }
    }
    // Nothing drawn yet on the standalone page: its body is the widget's.
    // A host page's body is never touched.
    if roots.is_empty() {
        if let Some(body) = document
            .body()
            .filter(|b| b.has_attribute("data-kansrijk-app"))
        {
            roots.push(body.into());
        }
    }
    for root in roots {
        let has_panel = match root.dyn_ref::<web_sys::Element>() {
            Some(el) => el.query_selector("[data-testid=\"crash-panel\"]"),
            None => root
                .unchecked_ref::<web_sys::ShadowRoot>()
                .query_selector("[data-testid=\"crash-panel\"]"),
        };
        if has_panel.ok().flatten().is_some() {
            continue;
        }
        let Some(panel) = panel(&document) else {
            continue;
        };
        if let Some(el) = root.dyn_ref::<web_sys::Element>() {
            let class = el.get_attribute("class").unwrap_or_default();
            let _ = el.set_attribute("class", &format!("{class} kr-crashed"));
        }
        let _ = root.insert_before(&panel, root.first_child().as_ref());
    }
}

/// The nodes of a query's answer.
fn all(list: Option<web_sys::NodeList>) -> Vec<web_sys::Node> {
    list.map(|list| (0..list.length()).filter_map(|i| list.item(i)).collect())
        .unwrap_or_default()
}

/// `<div role="alert"><p>...</p><a href="...">Reload</a></div>`.
fn panel(document: &web_sys::Document) -> Option<web_sys::Element> {
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("kr-crash");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-testid", "crash-panel");
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(MESSAGE));
    let reload = document.create_element("a").ok()?;
    reload.set_class_name("kr-button kr-primary");
    let _ = reload.set_attribute("data-testid", "crash-reload");
    // The address without its fragment: a link to the same address with a
    // fragment would only scroll, not reload. The answers come back from
    // storage; a `#code=` that caused the crash does not come back.
    let here = web_sys::window()?.location().href().ok()?;
    let here = here.split('#').next().unwrap_or_default().to_owned();
    let _ = reload.set_attribute("href", &here);
    reload.set_text_content(Some(RELOAD));
    panel.append_child(&text).ok()?;
    panel.append_child(&reload).ok()?;
    Some(panel)
}

/// A fault for the end-to-end tests only: starting a check panics when the
/// page has set `window.__kansrijkFault = "start"` before the widget runs.
/// Harmless in production: only a script already running in the page can
/// set it, and such a script can break (or read) the page anyway; all it
/// gains is crashing its own copy of the widget, and the saved answers stay.
pub(super) fn test_fault(point: &str) {
    let asked = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__kansrijkFault".into()).ok())
        .and_then(|v| v.as_string());
    if asked.as_deref() == Some(point) {
        panic!("Kansrijk: deliberate test fault at '{point}' (window.__kansrijkFault)");
    }
}
