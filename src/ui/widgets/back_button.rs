//! The way back to the screen before, alike on every screen that has one.

use crate::session::texts;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

/// "← Back", alike on every screen that has it; `on_back` says where to.
#[component]
pub fn BackButton(on_back: Callback<()>) -> impl IntoView {
    let widget = use_assessment();
    view! {
        <button
            type="button"
            class="kr-button kr-secondary kr-back"
            data-testid="back"
            on:click=move |_| on_back.run(())
        >
            <span aria-hidden="true">"← "</span>
            {widget.text(texts::NAV_BACK)}
        </button>
    }
}
