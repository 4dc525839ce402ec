//! The way back to answers given before, with how far they go; and on a
//! device passed round a room, handing it to the next participant.

use crate::session::flow::{self, Unit};
use crate::session::texts;
use crate::ui::state::use_assessment;
use crate::ui::widgets::confirm::ConfirmAction;
use leptos::prelude::*;

#[component]
pub fn ResumeOffer() -> impl IntoView {
    let widget = use_assessment();
    let progress = Memo::new(move |_| {
        widget.response.with(|r| {
            let units: Vec<Unit> = flow::parts(widget.content, r)
                .into_iter()
                .flat_map(|(_, u)| u)
                .collect();
            flow::progress(r, &units)
        })
    });
    let resume_detail = move || {
        let p = progress.get();
        let mode = widget.t(texts::mode_key(widget.response.with(|r| r.mode)));
        widget.fill(
            texts::START_RESUME_DETAIL,
            &[
                ("answered", &p.answered.to_string()),
                ("total", &p.total.to_string()),
                ("mode", mode),
            ],
        )
    };
    view! {
        {move || {
            widget
                .has_saved_work()
                .then(|| {
                    view! {
                        <div class="kr-resume">
                            <button
                                type="button"
                                class="kr-button kr-secondary"
                                data-testid="resume"
                                on:click=move |_| widget.resume()
                            >
                                {move || widget.t(texts::START_RESUME)}
                            </button>
                            <p class="kr-hint">{resume_detail}</p>
                            <ConfirmAction
                                label=texts::NEXT_PARTICIPANT
                                question=texts::NEXT_PARTICIPANT_QUESTION
                                yes=texts::NEXT_PARTICIPANT_YES
                                testid="next-participant"
                                on_yes=Callback::new(move |()| widget.next_participant())
                            />
                        </div>
                    }
                })
        }}
    }
}
