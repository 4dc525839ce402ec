//! The verdict, first on the result: the level, what it means, and how much
//! of what counts was answered.

use crate::model::evaluation::Evaluation;
use crate::model::verdict::{Level, Outcome};
use crate::session::language::whole;
use crate::session::texts;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

pub use crate::session::texts::{level_key, outcome_key};

/// A shape per outcome, so the verdict does not rest on colour alone.
fn icon(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Level(Level::Promising) => "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z",
        Outcome::Level(Level::Conditional) => "M11 7h2v6h-2zm0 8h2v2h-2zM12 2 1 21h22z",
        Outcome::Level(Level::NotYet) => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm5 13.6L15.6 17 12 13.4 8.4 17 7 15.6 10.6 12 7 8.4 8.4 7l3.6 3.6L15.6 7 17 8.4 13.4 12z",
        Outcome::TooUncertain => "M11 18h2v-2h-2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm0-14a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 0-4-4z",
    }
}

#[component]
pub fn VerdictPanel(evaluation: Memo<Evaluation>) -> impl IntoView {
    let widget = use_assessment();
    let heading = widget.dom_id("verdict");
    let outcome = Memo::new(move |_| evaluation.with(|e| e.verdict.outcome));
    let certainty = move || {
        let share = evaluation.with(|e| e.verdict.certainty) * 100.0;
        widget.fill(texts::VERDICT_CERTAINTY, &[("percent", &whole(share))])
    };
    view! {
        <section
            class=move || format!("kr-verdict kr-verdict-{}", outcome.get().id())
            aria-labelledby=heading.clone()
        >
            <h2 id=heading.clone() class="kr-verdict-heading">
                {move || widget.t(texts::VERDICT_LABEL)}
            </h2>
            <p
                class="kr-verdict-level"
                data-testid="verdict"
                data-outcome=move || outcome.get().id()
            >
                <svg
                    class="kr-verdict-icon"
                    viewBox="0 0 24 24"
                    aria-hidden="true"
                    focusable="false"
                >
                    <path d=move || icon(outcome.get()) />
                </svg>
                <span>{move || widget.t(outcome_key(outcome.get()))}</span>
            </p>
            <p>{move || widget.t(texts::meaning_key(outcome.get()))}</p>
            <p class="kr-certainty" data-testid="certainty">
                {certainty}
            </p>
            <p class="kr-hint">{move || widget.t(texts::VERDICT_DISCLAIMER)}</p>
        </section>
    }
}
