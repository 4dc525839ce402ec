//! What the browser does for sharing and reports: today's date, the page's
//! address, a response id, downloads, the clipboard, reading chosen files and printing;
//! and watching an element's size.
//! Each returns its failure instead of throwing, so a browser that lacks
//! something leaves the widget working.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Today on the device's clock and calendar, as `YYYY-MM-DD`.
pub fn today() -> String {
    today_of(&js_sys::Date::new_0())
}

fn today_of(now: &js_sys::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Now on the device's clock and calendar, to the minute, as
/// `YYYY-MM-DD-HHMM`: what a downloaded file's name carries.
pub fn now_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{}-{:02}{:02}",
        today_of(&now),
        now.get_hours(),
        now.get_minutes()
    )
}

/// A new response id: 12 random hex digits. Not a secret, only a name no
/// other respondent in the room will draw, so `Math.random` serves and
/// no crypto binding is added to the download.
pub fn random_id() -> String {
    (0..3)
        .map(|_| format!("{:04x}", (js_sys::Math::random() * 65536.0) as u32 & 0xffff))
        .collect()
}

/// The page's address without query or fragment: what a share link is
/// built on.
pub fn page_address() -> Option<String> {
    let href = window().location().href().ok()?;
    href.split(['?', '#']).next().map(str::to_owned)
}

/// The page's fragment, such as `#code=kr1-...` (empty when there is none).
pub fn fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading, so a
/// reload does not open the shared result again.
pub fn clear_fragment() {
    let address = page_address();
    let search = window().location().search().unwrap_or_default();
    if let (Some(address), Ok(history)) = (address, window().history()) {
        let _ =
            history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{address}{search}")));
    }
}

/// Offers `text` as a file named `name` to save.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has handed the file to the browser; the URL can go once
    // the download has started.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// Copies `text` with the Clipboard API; false when the browser lacks it
/// or refuses (outside a secure context, or without permission).
pub async fn copy(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    if clipboard.is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// The chosen files' names and bytes, in the order chosen; a file that
/// cannot be read gives an empty byte list, which the answer-file reader
/// rejects with a message.
pub async fn read_files(files: web_sys::FileList) -> Vec<(String, Vec<u8>)> {
    // Every read starts before the first is awaited, so the browser reads
    // them side by side: one after the other, 500 files took three times
    // as long. They are awaited in turn rather than through `Promise.all`,
    // which would give up on all of them when one fails. (Reading them as
    // one joined Blob is slower still: it asks each file for its size,
    // which Chromium answers with a synchronous look at the disk.)
    let started: Vec<_> = (0..files.length())
        .filter_map(|i| files.item(i))
        .map(|file| (file.name(), JsFuture::from(file.array_buffer())))
        .collect();
    let mut read = Vec::with_capacity(started.len());
    for (name, reading) in started {
        let bytes = match reading.await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        read.push((name, bytes));
    }
    read
}

/// Opens the browser's print dialog, where "Save as PDF" lives too.
pub fn print() {
    let _ = window().print();
}

/// Calls `changed` with `element`'s box each time the element changes size,
/// starting with the size it has. The observer and the callback are kept
/// as long as the element exists: it stops firing once the element is
/// gone. Fails where the browser has no `ResizeObserver`.
pub fn on_resize(
    element: &web_sys::Element,
    mut changed: impl FnMut(web_sys::DomRect) + 'static,
) -> Result<(), JsValue> {
    let measured = element.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        changed(measured.get_bounding_client_rect());
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())?;
    observer.observe(element);
    callback.forget();
    std::mem::forget(observer);
    Ok(())
}
