//! Embedding in a real browser: widgets in shadow roots with the stylesheet
//! adopted, each with its own saved assessment and theme, and the height
//! message for a parent frame. `make test-wasm` runs them in headless
//! Chromium; all tests of this file share one page.
#![cfg(target_arch = "wasm32")]

mod ui_support;

use kansrijk::ui::{embed, frame};
use ui_support::{clear_storage, click, fresh_host, next_until_item, settle, storage, KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// The widget's root element inside a host's shadow root.
fn widget_in(host: &web_sys::HtmlElement) -> web_sys::HtmlElement {
    host.shadow_root()
        .expect("the host has an open shadow root")
        .query_selector(".kansrijk")
        .expect("valid selector")
        .expect("the widget is in the shadow root")
        .unchecked_into()
}

fn get(object: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(object, &key.into()).expect("readable property")
}

#[wasm_bindgen_test]
fn the_height_message_holds_the_height_and_nothing_else() {
    let message = frame::height_message(812);
    assert_eq!(
        get(&message, "kansrijk").as_string().as_deref(),
        Some("height")
    );
    assert_eq!(get(&message, "height").as_f64(), Some(812.0));
    let keys = js_sys::Object::keys(message.unchecked_ref::<js_sys::Object>());
    assert_eq!(
        keys.length(),
        2,
        "no other field: nothing about the answers"
    );
}

#[wasm_bindgen_test]
fn a_page_that_is_not_framed_reports_no_height() {
    assert!(!frame::report_height_to_parent());
}

#[wasm_bindgen_test]
async fn a_widget_mounts_in_a_shadow_root_with_its_styles_and_theme() {
    clear_storage();
    let host = fresh_host();
    host.set_attribute("data-brand", "#006b3f")
        .expect("set attribute");
    host.set_attribute("data-radius", "12")
        .expect("set attribute");
    embed::mount_embedded(vec![host.clone()]);
    settle().await;

    let root = host.shadow_root().expect("an open shadow root");
    assert_eq!(
        root.adopted_style_sheets().length(),
        1,
        "the stylesheet is adopted"
    );
    assert_eq!(
        host.child_element_count(),
        0,
        "nothing in the host's own children"
    );
    let widget = widget_in(&host);
    let style = widget.style();
    assert_eq!(
        style.get_property_value("--kr-brand").as_deref(),
        Ok("#006b3f")
    );
    assert_eq!(
        style.get_property_value("--kr-radius").as_deref(),
        Ok("12px")
    );
    let computed = web_sys::window()
        .expect("a window")
        .get_computed_style(&widget)
        .expect("computed style")
        .expect("a style");
    assert_eq!(
        computed.get_property_value("box-sizing").as_deref(),
        Ok("border-box"),
        "the stylesheet applies inside the shadow root"
    );
}

#[wasm_bindgen_test]
async fn a_colour_white_text_cannot_be_read_on_is_not_used() {
    let host = fresh_host();
    host.set_attribute("data-brand", "#ffdd00")
        .expect("set attribute");
    embed::mount_embedded(vec![host.clone()]);
    settle().await;
    let style = widget_in(&host).style();
    assert_eq!(style.get_property_value("--kr-brand").as_deref(), Ok(""));
}

#[wasm_bindgen_test]
async fn two_unnamed_widgets_save_apart_and_a_bad_host_is_skipped() {
    clear_storage();
    // An <input> cannot have a shadow root: skipped, the others still mount.
    let bad: web_sys::HtmlElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("input").ok())
        .expect("create <input>")
        .unchecked_into();
    let first = fresh_host();
    let second = fresh_host();
    embed::mount_embedded(vec![first.clone(), second.clone(), bad.clone()]);
    settle().await;
    assert!(bad.shadow_root().is_none());

    let (a, b) = (widget_in(&first), widget_in(&second));
    click(&a, "start-quick").await;
    next_until_item(&a).await;
    click(&a, "answer-4").await;
    let stored = |key: &str| storage().get_item(key).expect("read storage");
    assert!(stored(KEY).is_some(), "the first saves under the plain key");
    let second_key = format!("{KEY}:widget-2");
    assert!(
        stored(&second_key).is_none(),
        "the second has saved nothing yet"
    );

    click(&b, "start-quick").await;
    next_until_item(&b).await;
    click(&b, "answer-2").await;
    assert!(
        stored(&second_key).is_some(),
        "the second saves under its own key"
    );
    assert_ne!(stored(KEY), stored(&second_key));
}

#[wasm_bindgen_test]
fn measuring_rem_in_widget_units_keeps_every_rule() {
    let rules = |css: &str| {
        let sheet = web_sys::CssStyleSheet::new().expect("construct a sheet");
        sheet.replace_sync(css).expect("parse");
        get(&get(&sheet, "cssRules"), "length").as_f64()
    };
    assert_eq!(
        rules(&kansrijk::session::embedding::widget_units(
            embed::STYLESHEET
        )),
        rules(embed::STYLESHEET)
    );
}

#[wasm_bindgen_test]
async fn the_widget_keeps_its_size_when_the_host_shrinks_its_root_font() {
    let root_style = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .expect("an <html> element")
        .unchecked_into::<web_sys::HtmlElement>()
        .style();
    root_style
        .set_property("font-size", "62.5%")
        .expect("shrink the root font");
    let host = fresh_host();
    embed::mount_embedded(vec![host.clone()]);
    settle().await;
    let font_size = |el: &web_sys::Element| {
        web_sys::window()
            .and_then(|w| w.get_computed_style(el).ok().flatten())
            .and_then(|s| s.get_property_value("font-size").ok())
            .unwrap_or_default()
    };
    let widget = widget_in(&host);
    let heading = widget
        .query_selector("h1")
        .expect("valid selector")
        .expect("the start screen has an <h1>");
    let (widget_size, heading_size) = (font_size(&widget), font_size(&heading));
    root_style
        .remove_property("font-size")
        .expect("restore the root font");
    assert_eq!(widget_size, "16px", "the visitor's default size, not 10px");
    let heading_px: f64 = heading_size
        .trim_end_matches("px")
        .parse()
        .expect("a size in px");
    assert!(
        heading_px >= 24.0,
        "the heading is measured from 16px: {heading_size}"
    );
}
