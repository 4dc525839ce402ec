//! How far along the respondent is: the question or part number, and how
//! many of all questions have an answer.

use crate::session::flow::{self, Unit};
use crate::session::texts as k;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn Progress() -> impl IntoView {
    let s = use_assessment();
    let counts = Memo::new(move |_| {
        s.pages.with(|pages| {
            let units: Vec<&Unit> = pages.iter().flat_map(|p| &p.units).collect();
            s.response.with(|r| flow::progress(r, units))
        })
    });
    let step = move || s.page_index().map(|i| s.step_label(i));
    let answered = move || {
        let c = counts.get();
        s.fill(
            k::PROGRESS_ANSWERED,
            &[
                ("answered", &c.answered.to_string()),
                ("total", &c.total.to_string()),
            ],
        )
    };
    view! {
        <div class="kr-progress" data-testid="progress">
            <div class="kr-progress-text">
                <span class="kr-progress-step">{step}</span>
                <span class="kr-progress-count" data-testid="progress-count">
                    {answered}
                </span>
            </div>
            <div class="kr-progress-bar" aria-hidden="true">
                <div
                    class="kr-progress-fill"
                    style:width=move || format!("{}%", counts.get().percent())
                ></div>
            </div>
        </div>
    }
}
