//! How far along the respondent is: the question or part number, and how
//! many of all questions have an answer.

use crate::session::flow::{self, Unit};
use crate::session::texts;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn Progress() -> impl IntoView {
    let widget = use_assessment();
    let counts = Memo::new(move |_| {
        widget.pages.with(|pages| {
            let units: Vec<&Unit> = pages.iter().flat_map(|p| &p.units).collect();
            widget.response.with(|r| flow::progress(r, units))
        })
    });
    let step = move || widget.page_index().map(|i| widget.step_label(i));
    let answered = move || {
        let c = counts.get();
        widget.fill(
            texts::PROGRESS_ANSWERED,
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
