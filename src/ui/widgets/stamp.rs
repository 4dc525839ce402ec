//! When and against which questions a result or group view was made.

use crate::session::texts;
use crate::ui::device;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

/// The date and the version of the questions, so a printed or saved result
/// says when and against what it was made.
#[component]
pub fn Stamp() -> impl IntoView {
    let widget = use_assessment();
    let date = device::today();
    view! {
        <p class="kr-stamp" data-testid="stamp">
            {move || widget.fill(texts::REPORT_DATE, &[("date", &date)])}
            " · "
            {move || widget.fill(texts::REPORT_VERSION, &[("version", &widget.content.version)])}
        </p>
    }
}
