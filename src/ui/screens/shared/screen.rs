//! Someone else's result, opened from a link (`#code=...`) or from the
//! group view: the same panels as one's own result, showing the opened
//! answers read-only; the answers saved on this device stay as they were.

use crate::model::evaluation::Evaluation;
use crate::session::texts;
use crate::ui::screens::result::screen::{ResultBody, BODY_STAGES};
use crate::ui::screens::result::shown::Shown;
use crate::ui::state::use_assessment;
use crate::ui::widgets::staged::Stages;
use crate::ui::workshop::Opened;
use leptos::prelude::*;

#[component]
pub fn SharedResult() -> impl IntoView {
    let widget = use_assessment();
    // Rebuilt when another link is opened while this one is shown.
    move || {
        widget
            .work
            .opened
            .get()
            .map(|opened| view! { <SharedBody opened /> })
    }
}

#[component]
fn SharedBody(opened: Opened) -> impl IntoView {
    let widget = use_assessment();
    let response = opened.shared.response;
    let content = widget.content;
    let shown = Shown {
        evaluation: Memo::new({
            let response = response.clone();
            move |_| Evaluation::of(content, &response)
        }),
        response: Signal::stored(response),
        own: false,
    };
    let title_id = widget.dom_id("shared-title");
    let from = opened.shared.label.map(|label| {
        view! {
            <p class="kr-result-meta">
                {move || widget.fill(texts::SHARED_FROM, &[("label", &label)])}
            </p>
        }
    });
    let in_group = opened.member.is_some();
    let stages = Stages::new(BODY_STAGES);
    view! {
        <section
            class="kr-main kr-result kr-shared"
            aria-labelledby=title_id.clone()
            data-testid="shared-result"
            aria-busy=move || stages.busy()
        >
            <h1 id=title_id.clone() class="kr-title" tabindex="-1" data-kr-focus="">
                {widget.text(texts::SHARED_TITLE)}
            </h1>
            {from}
            <p class="kr-notice-info">{widget.text(texts::SHARED_INTRO)}</p>
            <SharedActions in_group />
            <ResultBody stages shown />
        </section>
    }
}

/// "Add to group view" (for a link not yet in the group) and "close".
#[component]
fn SharedActions(in_group: bool) -> impl IntoView {
    let widget = use_assessment();
    view! {
        <div class="kr-actions kr-no-print">
            {(!in_group)
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="kr-button kr-primary"
                            data-testid="shared-add"
                            on:click=move |_| widget.add_opened_to_group()
                        >
                            {widget.text(texts::SHARED_ADD)}
                        </button>
                    }
                })}
            <button
                type="button"
                class="kr-button kr-secondary"
                data-testid="shared-close"
                on:click=move |_| widget.close_shared()
            >
                {widget.text(texts::SHARED_CLOSE)}
            </button>
        </div>
    }
}
