//! The group view's heading and a status line, while the full build loads;
//! if it cannot load, why, with a way to try again and the way back.

use crate::session::flow::Position;
use crate::session::handover::HandedAt;
use crate::session::texts;
use crate::ui::state::use_assessment;
use crate::ui::widgets::back_button::BackButton;
use crate::ui::widgets::full_build_status::FullBuildStatus;
use leptos::prelude::*;

#[component]
pub fn GroupLoading() -> impl IntoView {
    let widget = use_assessment();
    let title_id = widget.dom_id("group-title");
    let at = Callback::new(move |()| {
        (widget.position.get_untracked() == Position::Group).then_some(HandedAt::Group)
    });
    view! {
        <section
            class="kr-main kr-group"
            aria-labelledby=title_id.clone()
            data-testid="group-loading"
        >
            <h1 id=title_id.clone() class="kr-title" tabindex="-1" data-kr-focus="">
                {widget.text(texts::GROUP_TITLE)}
            </h1>
            <FullBuildStatus
                loading=texts::GROUP_LOADING
                failed=texts::GROUP_LOAD_FAILED
                testid="group-load"
                at
            />
            <div class="kr-actions kr-back-row">
                <BackButton on_back=Callback::new(move |()| widget.show_start()) />
            </div>
        </section>
    }
}
