//! Printing the screen shown, as a report.

use crate::session::texts as k;
use crate::ui::device;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

/// Opens the print dialog; the print style sheet turns the screen shown
/// into a report.
#[component]
pub fn PrintButton() -> impl IntoView {
    let s = use_assessment();
    view! {
        <button
            type="button"
            class="kr-button kr-secondary"
            data-testid="print"
            on:click=|_| device::print()
        >
            {s.text(k::PRINT)}
        </button>
    }
}
