//! "Find out before you start": every statement answered "don't know" or not
//! yet answered, those behind an open knock-out first.

use super::answers::AnsweredUnit;
use super::app::use_assessment;
use crate::flow::Unit;
use crate::model::evaluation::Evaluation;
use crate::ui_keys as k;
use leptos::prelude::*;

#[component]
pub fn OpenQuestions(evaluation: Memo<Evaluation>) -> impl IntoView {
    let s = use_assessment();
    let heading = s.dom_id("open");
    let open = Memo::new(move |_| evaluation.with(|e| e.open_questions.clone()));
    view! {
        <section class="kr-section" aria-labelledby=heading.clone() data-testid="open-questions">
            <h2 id=heading.clone()>{move || s.t(k::OPEN_HEADING)}</h2>
            {move || {
                if open.with(Vec::is_empty) {
                    view! { <p>{move || s.t(k::OPEN_NONE)}</p> }.into_any()
                } else {
                    view! {
                        <p class="kr-hint">{move || s.t(k::OPEN_INTRO)}</p>
                        <ul class="kr-answered-list">
                            {open
                                .get()
                                .into_iter()
                                .map(|id| view! { <AnsweredUnit unit=Unit::Item(id) /> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
