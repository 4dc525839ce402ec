//! Offering a file to save, with a message where the browser refuses.

use crate::session::texts;
use crate::ui::device;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

/// A button that offers a file to save; `file` makes its name and text
/// when pressed, so nothing is built that nobody asks for.
#[component]
pub fn DownloadButton(
    /// Key of the button text.
    label: &'static str,
    testid: &'static str,
    mime: &'static str,
    file: Callback<(), (String, String)>,
) -> impl IntoView {
    let widget = use_assessment();
    let failed = RwSignal::new(false);
    let offer = move |_| {
        let (name, text) = file.run(());
        failed.set(device::download(&name, mime, &text).is_err());
    };
    view! {
        <button type="button" class="kr-button kr-secondary" data-testid=testid on:click=offer>
            {move || widget.t(label)}
        </button>
        <Show when=move || failed.get()>
            <p class="kr-error" role="alert">
                {widget.text(texts::DOWNLOAD_FAILED)}
            </p>
        </Show>
    }
}
