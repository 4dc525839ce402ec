//! The way back to answers given before, with how far they go.

use crate::session::flow::{self, Unit};
use crate::session::texts as k;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn ResumeOffer() -> impl IntoView {
    let s = use_assessment();
    let progress = Memo::new(move |_| {
        s.response.with(|r| {
            let units: Vec<Unit> = flow::parts(s.content, r)
                .into_iter()
                .flat_map(|(_, u)| u)
                .collect();
            flow::progress(r, &units)
        })
    });
    let resume_detail = move || {
        let p = progress.get();
        let mode = s.t(k::mode_key(s.response.with(|r| r.mode)));
        s.fill(
            k::START_RESUME_DETAIL,
            &[
                ("answered", &p.answered.to_string()),
                ("total", &p.total.to_string()),
                ("mode", mode),
            ],
        )
    };
    view! {
        {move || {
            s.has_saved_work()
                .then(|| {
                    view! {
                        <div class="kr-resume">
                            <button
                                type="button"
                                class="kr-button kr-secondary"
                                data-testid="resume"
                                on:click=move |_| s.resume()
                            >
                                {move || s.t(k::START_RESUME)}
                            </button>
                            <p class="kr-hint">{resume_detail}</p>
                        </div>
                    }
                })
        }}
    }
}
