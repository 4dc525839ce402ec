//! "Start over" and "delete everything from this device", one tap away on
//! every screen that has something to clear.

use crate::session::flow::Position;
use crate::session::texts as k;
use crate::ui::state::use_assessment;
use crate::ui::widgets::confirm::ConfirmAction;
use leptos::prelude::*;

#[component]
pub fn Tools() -> impl IntoView {
    let s = use_assessment();
    let shown = move || {
        s.position.with(|p| *p != Position::Start)
            || s.has_saved_work()
            || s.partnership.with(|n| !n.is_empty())
            || s.notices.with(|n| !n.is_empty())
    };
    view! {
        <Show when=shown>
            <div class="kr-tools" role="group" aria-label=move || s.t(k::TOOLS_LABEL)>
                <ConfirmAction
                    label=k::START_OVER
                    question=k::START_OVER_CONFIRM
                    yes=k::START_OVER_YES
                    testid="start-over"
                    on_yes=Callback::new(move |()| s.start_over())
                />
                <ConfirmAction
                    label=k::DELETE_ALL
                    question=k::DELETE_ALL_CONFIRM
                    yes=k::DELETE_ALL_YES
                    testid="delete-all"
                    on_yes=Callback::new(move |()| s.delete_all())
                />
            </div>
        </Show>
    }
}
