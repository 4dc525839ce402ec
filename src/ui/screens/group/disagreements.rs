//! The statements on which the group's views differ most, each with who
//! answered what: a spread alone does not say whether the sides differ or
//! one respondent stands apart.

use crate::model::group::Disagreement;
use crate::session::language::whole;
use crate::session::texts::{self, answer_text};
use crate::ui::state::Assessment;
use leptos::prelude::*;

/// Statements shown where views differ most.
const DISAGREEMENTS: usize = 6;

/// The statements on which views differ most; `names` are the members' as
/// the room sees them, in member order.
pub fn disagreement_section(
    widget: Assessment,
    disagreements: &[Disagreement],
    names: &[String],
) -> AnyView {
    let id = widget.dom_id("group-disagree");
    let list = disagreements
        .iter()
        .take(DISAGREEMENTS)
        .filter_map(|d| {
            let item = widget.content.item(&d.item)?;
            let range = widget.fill(
                texts::GROUP_DISAGREE_RANGE,
                &[
                    ("lowest", &whole(d.lowest)),
                    ("highest", &whole(d.highest)),
                    ("spread", &whole(d.spread)),
                    ("answered", &d.answered.to_string()),
                ],
            );
            let said = d
                .answers
                .iter()
                .zip(names)
                .map(|(answer, name)| {
                    let answer = widget
                        .lang
                        .with(|lang| answer_text(widget.content, item, *answer, lang));
                    view! {
                        <li>
                            <span class="kr-who">{name.clone()}</span>
                            ": "
                            {answer}
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <li class="kr-answered" data-testid=format!("disagree-{}", d.item)>
                    <p class="kr-answered-text">{widget.tr(&item.text)}</p>
                    <p class="kr-answered-answer">{range}</p>
                    <ul class="kr-who-said" data-testid="who-said">
                        {said}
                    </ul>
                </li>
            })
        })
        .collect::<Vec<_>>();
    let none = list
        .is_empty()
        .then(|| widget.t(texts::GROUP_DISAGREE_NONE));
    view! {
        <section class="kr-section" aria-labelledby=id.clone()>
            <h2 id=id.clone()>{widget.t(texts::GROUP_DISAGREE_HEADING)}</h2>
            <p>{none}</p>
            <ol class="kr-answered-list" data-testid="group-disagreements">
                {list}
            </ol>
        </section>
    }
    .into_any()
}
