//! The standalone page in another page's frame: it tells the parent its
//! height, so the host's `kansrijk-frame.js` can size the frame without a
//! scroll bar, and asks it to bring a point into view. Each message holds
//! a number the host could measure itself, never an answer.

use wasm_bindgen::prelude::*;

/// The `kansrijk` field of the height message, so a parent page can tell it
/// from other frames' messages.
pub const HEIGHT_MESSAGE_KIND: &str = "height";

/// The `kansrijk` field of the message that asks the parent page to bring a
/// point of the frame into view.
pub const SHOW_MESSAGE_KIND: &str = "show";

/// The message that tells a parent page the frame's content height:
/// `{ kansrijk: "height", height }`, and nothing else.
pub fn height_message(height: u32) -> JsValue {
    let message = js_sys::Object::new();
    // Setting a property of a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(&message, &"kansrijk".into(), &HEIGHT_MESSAGE_KIND.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    message.into()
}

/// The message that asks a parent page to bring the point `top` pixels below
/// the frame's top into view: `{ kansrijk: "show", top }`, and nothing else.
pub fn show_message(top: u32) -> JsValue {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"kansrijk".into(), &SHOW_MESSAGE_KIND.into());
    let _ = js_sys::Reflect::set(&message, &"top".into(), &top.into());
    message.into()
}

/// In a frame that is as tall as its content, scrolling the element into
/// view moves nothing: the host page holds the scroll. This asks the
/// parent (through the host's `kansrijk-frame.js`) to bring `element`'s
/// top into view, as after "change answer" on a long result. Nothing
/// happens outside a frame.
pub fn show_in_parent(element: &web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let parent = match window.parent() {
        Ok(Some(parent)) if parent != window => parent,
        _ => return,
    };
    let scrolled = window.scroll_y().unwrap_or(0.0);
    let top = (element.get_bounding_client_rect().top() + scrolled).max(0.0) as u32;
    let _ = parent.post_message(&show_message(top), "*");
}

/// In a frame, posts the page's height to the parent now and whenever it
/// changes, so the host's snippet can size the frame to fit without a
/// scroll bar. Returns whether it does (false when not framed).
///
/// The target origin is `"*"`: the widget cannot know its host's origin
/// beforehand, and the message holds only a number the host could measure
/// itself, never an answer.
pub fn report_height_to_parent() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let parent = match window.parent() {
        Ok(Some(parent)) if parent != window => parent,
        _ => return false,
    };
    let Some(page) = window.document().and_then(|d| d.document_element()) else {
        return false;
    };
    // The <html> element's box is as tall as the content (the frame's
    // viewport does not stretch it), body margins included.
    let mut last = 0;
    let followed = crate::ui::device::on_resize(&page, move |rect| {
        let height = rect.height().ceil().max(0.0) as u32;
        if height != last {
            last = height;
            // A detached parent (the host removed the frame) refuses; nothing
            // is left to resize then.
            let _ = parent.post_message(&height_message(height), "*");
        }
    });
    match followed {
        // The <html> element lasts as long as the page, and so does the
        // observer: it fires until unload.
        Ok(()) => true,
        Err(e) => {
            leptos::logging::warn!("Kansrijk: cannot follow its height: {e:?}");
            false
        }
    }
}
