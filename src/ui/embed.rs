//! Placing the widget in a page: the standalone page, and other
//! organisations' pages (docs/embedding.md).
//!
//! - In a host page every `<div data-kansrijk>` gets an open shadow root
//!   with the widget in it, so the host's CSS cannot reach the widget's
//!   elements and the widget's CSS cannot reach the host's.
//! - The stylesheet is compiled in and adopted as a constructed sheet: a
//!   shadow root cannot use the page's `<link>` stylesheets, and a
//!   constructed sheet is no inline style, so it needs no `'unsafe-inline'`
//!   in a Content-Security-Policy (neither the host's nor ours). Its `rem`
//!   lengths follow the widget's own base size, not the host's root font
//!   size ([`widget_units`]).
//! - The theme (`data-brand`, `?brand=` …) is set as custom properties on the
//!   widget's root element through the CSSOM, which a CSP allows too.
//! - In a frame, the page tells its parent its height ([`super::frame`]).

use super::frame;
use super::full_build::{self, FacilitatorTools};
use super::{closest_lang, navigator_lang, page, query_lang, query_param, Setup, Widget};
use crate::session::embedding::{storage_names, widget_units, Theme};
use crate::session::handover::Handover;
use crate::session::start_page;
use leptos::prelude::*;
use std::cell::OnceCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The widget's styles (style/kansrijk.css), the same for every mount.
pub const STYLESHEET: &str = include_str!("../../style/kansrijk.css");

/// The attribute that marks the standalone page, where the widget fills the
/// body; any other page shows it only in its `[data-kansrijk]` elements.
const STANDALONE_MARK: &str = "data-kansrijk-app";

thread_local! {
    /// One constructed sheet per page, adopted by every shadow root.
    static SHEET: OnceCell<Option<web_sys::CssStyleSheet>> = const { OnceCell::new() };
}

/// The widget's stylesheet as a constructed sheet, or `None` where the
/// browser cannot construct one (before Safari 16.4, Firefox 101).
fn stylesheet() -> Option<web_sys::CssStyleSheet> {
    SHEET.with(|sheet| {
        sheet
            .get_or_init(|| {
                let built = web_sys::CssStyleSheet::new().and_then(|sheet| {
                    sheet.replace_sync(&widget_units(STYLESHEET))?;
                    Ok(sheet)
                });
                built
                    .map_err(|e| {
                        leptos::logging::error!("Kansrijk: cannot build its stylesheet: {e:?}")
                    })
                    .ok()
            })
            .clone()
    })
}

/// `sheets` with the widget's sheet added, keeping what was adopted before.
fn with_widget_sheet(sheets: js_sys::Array) -> js_sys::Array {
    if let Some(sheet) = stylesheet() {
        if !sheets.includes(&sheet, 0) {
            sheets.push(&sheet);
        }
    }
    sheets
}

/// Whether this document is the standalone page (index.html).
pub(super) fn is_standalone_page() -> bool {
    document()
        .body()
        .is_some_and(|body| body.has_attribute(STANDALONE_MARK))
}

/// The standalone page: the widget fills the body, themed by `?brand=` and
/// `?radius=`, and reports its height when it is framed.
pub(super) fn mount_standalone() {
    let document = document();
    document.set_adopted_style_sheets(&with_widget_sheet(document.adopted_style_sheets()));
    // In the same task as the mount, so no frame shows both or neither.
    if let Ok(Some(shown)) = document.query_selector(&format!("[{}]", start_page::MARK)) {
        shown.remove();
    }
    fill_page(None, FacilitatorTools::default());
    frame::report_height_to_parent();
}

/// The widget in the standalone page's body, themed, with the screens
/// this build has.
fn fill_page(handed: Option<Handover>, tools: FacilitatorTools) {
    let Some(body) = document().body() else {
        return;
    };
    let handle = leptos::mount::mount_to(body.clone(), move || {
        provide_context(tools);
        page(handed)
    });
    full_build::keep_mounted(body.into(), Box::new(handle));
    let theme = theme_from(query_param("brand"), query_param("radius"));
    if let Some(root) = widget_root(document().query_selector(".kansrijk")) {
        apply_theme(&root, &theme);
    }
}

/// A widget in each host element, each in its own shadow root and with its
/// own saved assessment; an element that cannot take one is skipped.
pub fn mount_embedded(hosts: Vec<web_sys::HtmlElement>) {
    let declared: Vec<Option<String>> = hosts
        .iter()
        .map(|host| host.get_attribute("data-kansrijk"))
        .collect();
    for (host, name) in hosts.iter().zip(storage_names(&declared)) {
        let mounted = host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .map(|root| {
                root.set_adopted_style_sheets(&with_widget_sheet(js_sys::Array::new()));
                mount_in_shadow(host, root, name, None, FacilitatorTools::default())
            });
        // An element type that allows no shadow root, or one that has one
        // already (the loader ran twice).
        if let Err(e) = mounted {
            leptos::logging::error!(
                "Kansrijk: cannot show the widget in this <{}> (use an empty <div>): {e:?}",
                host.tag_name().to_lowercase()
            );
        }
    }
}

/// The full build in the place the participant's widget left: the body of
/// the standalone page, or the shadow root of a host element, which keeps
/// the widget's stylesheet. It has the group view even when the handover
/// was unreadable.
pub(super) fn replace(host: web_sys::HtmlElement, handed: Option<Handover>) {
    let tools = FacilitatorTools::full();
    match host.shadow_root() {
        Some(root) => {
            let name = handed.as_ref().and_then(|h| h.name.clone());
            mount_in_shadow(&host, root, name, handed, tools);
        }
        None => fill_page(handed, tools),
    }
}

/// Mounts one widget into the shadow root `root` of `host`, saving under
/// `name`, with the screens this build has.
fn mount_in_shadow(
    host: &web_sys::HtmlElement,
    root: web_sys::ShadowRoot,
    name: Option<String>,
    handed: Option<Handover>,
    tools: FacilitatorTools,
) {
    let setup = Setup {
        name,
        // The editor's data-lang comes first; a host page's own ?lang= is
        // usually its language too.
        chosen_lang: vec![host.get_attribute("data-lang"), query_lang()],
        suggested_lang: vec![closest_lang(host), navigator_lang()],
        handed,
    };
    // A ShadowRoot is no HtmlElement, but mounting only uses its Node
    // methods (leptos's own Portal mounts into one the same way).
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), move || {
        provide_context(tools);
        view! { <Widget setup /> }
    });
    full_build::keep_mounted(root.clone().into(), Box::new(handle));
    let theme = theme_from(
        host.get_attribute("data-brand"),
        host.get_attribute("data-radius"),
    );
    if let Some(widget) = widget_root(root.query_selector(".kansrijk")) {
        use_own_base_size(&widget);
        apply_theme(&widget, &theme);
    }
}

/// Sets `--kr-rem` to the widget root's font size: the stylesheet gives the
/// root `font-size: medium` (the visitor's default size) inside a shadow
/// root, and measures every `rem` length in `--kr-rem` ([`widget_units`]).
/// Read once, as a length in pixels, so nested elements do not compound it.
fn use_own_base_size(widget: &web_sys::HtmlElement) {
    let size = web_sys::window()
        .and_then(|w| w.get_computed_style(widget).ok().flatten())
        .and_then(|style| style.get_property_value("font-size").ok())
        .filter(|size| size.ends_with("px"));
    match size {
        Some(size) => {
            if let Err(e) = widget.style().set_property("--kr-rem", &size) {
                leptos::logging::warn!("Kansrijk: cannot set its base size: {e:?}");
            }
        }
        // Without it every length falls back to the host's rem.
        None => leptos::logging::warn!("Kansrijk: cannot read its base size"),
    }
}

/// The theme from raw values, with a console warning for each value ignored.
fn theme_from(brand: Option<String>, radius: Option<String>) -> Theme {
    let (theme, problems) = Theme::from_values(brand.as_deref(), radius.as_deref());
    for problem in problems {
        leptos::logging::warn!("Kansrijk: {problem}");
    }
    theme
}

fn widget_root(found: Result<Option<web_sys::Element>, JsValue>) -> Option<web_sys::HtmlElement> {
    found.ok().flatten()?.dyn_into().ok()
}

/// Sets the theme's custom properties on the widget's root element, where
/// they override the stylesheet's defaults and any the host page set.
fn apply_theme(root: &web_sys::HtmlElement, theme: &Theme) {
    let style = root.style();
    for (property, value) in theme.properties() {
        if let Err(e) = style.set_property(property, &value) {
            leptos::logging::warn!("Kansrijk: cannot set {property}: {e:?}");
        }
    }
}
