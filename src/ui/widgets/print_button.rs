//! Printing the screen shown, as a report.

use crate::session::texts;
use crate::ui::device;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

/// Opens the print dialog; the print style sheet turns the screen shown
/// into a report.
#[component]
pub fn PrintButton() -> impl IntoView {
    let widget = use_assessment();
    view! {
        <button
            type="button"
            class="kr-button kr-secondary"
            data-testid="print"
            on:click=|_| device::print()
        >
            {widget.text(texts::PRINT)}
        </button>
    }
}
