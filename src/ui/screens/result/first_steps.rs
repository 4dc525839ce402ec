//! Do these first: below the verdict, at most three steps from the
//! judgement's own lists, each with why it is here. The sections below
//! give the whole of each list.

use crate::model::first_steps::{first_steps_for, Step};
use crate::session::texts;
use crate::ui::screens::result::shown::use_shown;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn FirstSteps() -> impl IntoView {
    let widget = use_assessment();
    let shown = use_shown();
    let heading = widget.dom_id("first");
    let steps = Memo::new(move |_| shown.response.with(|r| first_steps_for(widget.content, r)));
    let list = move || {
        steps
            .get()
            .into_iter()
            .filter_map(|step| {
                let item = widget.content.item(step.item())?;
                // Finding out has no advice yet: the step is the question. The
                // statement behind advice is in the sections below.
                let action = match step {
                    Step::FindOut { .. } => &item.text,
                    _ => &item.recommendation,
                };
                let kind = texts::first_step_key(&step);
                Some(view! {
                    <li class="kr-first-step" data-testid=format!("first-{}", item.id)>
                        <p class="kr-first-action">
                            {move || widget.tr(action)} " "
                            <em class="kr-first-kind">{move || widget.t(kind)}</em>
                        </p>
                    </li>
                })
            })
            .collect_view()
    };
    view! {
        <section
            class="kr-section kr-first"
            aria-labelledby=heading.clone()
            data-testid="first-steps"
        >
            <h2 id=heading.clone()>{move || widget.t(texts::FIRST_HEADING)}</h2>
            <Show
                when=move || steps.with(|s| !s.is_empty())
                fallback=move || view! { <p>{move || widget.t(texts::FIRST_NONE)}</p> }
            >
                <ol class="kr-first-list">{list}</ol>
            </Show>
        </section>
    }
}
