//! The start screen: what the check is, how long it takes, that answers
//! stay on the device, the way back to answers given, the group view, and
//! who is answering for which partnership.
//!
//! It draws in two stages: what the static start screen in `index.html`
//! already showed (up to the privacy line) in the widget's first task, the
//! rest after that has been painted. On a slow phone, building the whole
//! screen at once blocked input for a few hundred milliseconds right when
//! the page became usable.

use super::about::AboutYou;
use super::resume::ResumeOffer;
use crate::model::response::Mode;
use crate::session::start_page::LOCK_PATH;
use crate::session::texts;
use crate::ui::state::use_assessment;
use crate::ui::widgets::staged::Stages;
use leptos::prelude::*;

#[component]
pub fn Start() -> impl IntoView {
    let widget = use_assessment();
    let title_id = widget.dom_id("start-title");
    let stages = Stages::new(1);
    let rest = move || stages.reached(1).then(|| view! { <StartRest /> });
    view! {
        <section class="kr-start" aria-labelledby=title_id.clone() aria-busy=move || stages.busy()>
            <h1 id=title_id.clone() class="kr-title" tabindex="-1" data-kr-focus="">
                {move || widget.t(texts::START_TITLE)}
            </h1>
            <p class="kr-lead">{move || widget.t(texts::START_INTRO)}</p>
            <div class="kr-start-actions">
                <button
                    type="button"
                    class="kr-button kr-primary kr-start-button"
                    data-testid="start-quick"
                    on:click=move |_| widget.start(Mode::Quick)
                >
                    <span class="kr-button-title">{move || widget.t(texts::START_QUICK)}</span>
                    <span class="kr-button-note">{move || widget.t(texts::START_QUICK_TIME)}</span>
                </button>
                <button
                    type="button"
                    class="kr-button kr-secondary kr-start-button"
                    data-testid="start-full"
                    on:click=move |_| widget.start(Mode::Full)
                >
                    <span class="kr-button-title">{move || widget.t(texts::START_FULL)}</span>
                    <span class="kr-button-note">{move || widget.t(texts::START_FULL_TIME)}</span>
                </button>
            </div>
            <p class="kr-privacy">
                <svg class="kr-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d=LOCK_PATH />
                </svg>
                <span>{move || widget.t(texts::START_PRIVACY)}</span>
            </p>
            {rest}
        </section>
    }
}

/// Below the privacy line: the way back to answers given, the group view,
/// and who is answering.
#[component]
fn StartRest() -> impl IntoView {
    let widget = use_assessment();
    view! {
        <ResumeOffer />
        {move || {
            let count = widget.work.measurements.with(Vec::len);
            (count > 0)
                .then(|| {
                    view! {
                        <p class="kr-hint" data-testid="start-measurements">
                            {widget
                                .fill(texts::START_MEASUREMENTS, &[("count", &count.to_string())])}
                        </p>
                    }
                })
        }}
        <div class="kr-group-entry">
            <button
                type="button"
                class="kr-button kr-secondary"
                data-testid="open-group"
                on:click=move |_| widget.show_group()
            >
                {move || widget.t(texts::GROUP_OPEN)}
            </button>
            <p class="kr-hint">{move || widget.t(texts::GROUP_OPEN_HINT)}</p>
        </div>
        <AboutYou />
        <p class="kr-hint kr-sources-note">{move || widget.t(texts::START_SOURCES)}</p>
    }
}
