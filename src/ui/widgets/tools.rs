//! "Start over" and "delete everything from this device", one tap away on
//! every screen that has something to clear.

use crate::session::flow::Position;
use crate::session::texts;
use crate::ui::state::use_assessment;
use crate::ui::widgets::confirm::ConfirmAction;
use leptos::prelude::*;

#[component]
pub fn Tools() -> impl IntoView {
    let widget = use_assessment();
    let shown = move || {
        widget.position.with(|p| *p != Position::Start)
            || widget.has_saved_work()
            || widget.partnership.with(|n| !n.is_empty())
            || widget.notices.with(|n| !n.is_empty())
    };
    view! {
        <Show when=shown>
            <div class="kr-tools" role="group" aria-label=move || widget.t(texts::TOOLS_LABEL)>
                <ConfirmAction
                    label=texts::START_OVER
                    question=texts::START_OVER_CONFIRM
                    yes=texts::START_OVER_YES
                    testid="start-over"
                    on_yes=Callback::new(move |()| widget.start_over())
                />
                <ConfirmAction
                    label=texts::DELETE_ALL
                    question=texts::DELETE_ALL_CONFIRM
                    yes=texts::DELETE_ALL_YES
                    testid="delete-all"
                    on_yes=Callback::new(move |()| widget.delete_all())
                />
            </div>
        </Show>
    }
}
