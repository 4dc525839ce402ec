//! The smallest set of answer changes that lifts the verdict one level, as
//! the model computes it: what stands between the plan and the next level.

use super::answers::ChangeButton;
use super::app::use_assessment;
use super::item_step::{answer_key, maybe_answer_key};
use super::verdict::outcome_key;
use crate::flow::Unit;
use crate::model::lift::{smallest_lift, Change};
use crate::model::verdict::{Level, Outcome};
use crate::ui_keys as k;
use leptos::prelude::*;

#[component]
pub fn LiftPanel(outcome: Memo<Outcome>) -> impl IntoView {
    let s = use_assessment();
    let heading = s.dom_id("lift");
    let lift = Memo::new(move |_| s.response.with(|r| smallest_lift(s.content, r)));
    let body = move || match lift.get() {
        None => view! { <p>{move || s.t(k::LIFT_NONE)}</p> }.into_any(),
        Some(lift) => {
            let count = lift.changes.len();
            let to = lift.to;
            let intro = move || {
                let key = if count == 1 {
                    k::LIFT_INTRO_ONE
                } else {
                    k::LIFT_INTRO_MANY
                };
                s.fill(
                    key,
                    &[
                        ("count", &count.to_string()),
                        ("level", s.t(outcome_key(to))),
                    ],
                )
            };
            let changes = lift
                .changes
                .into_iter()
                .map(|change| view! { <ChangeLine change /> })
                .collect_view();
            view! {
                <p>{intro}</p>
                <ol class="kr-answered-list">{changes}</ol>
            }
            .into_any()
        }
    };
    view! {
        <Show when=move || outcome.get() != Outcome::Level(Level::Promising)>
            <section class="kr-section" aria-labelledby=heading.clone() data-testid="lift">
                <h2 id=heading.clone()>{move || s.t(k::LIFT_HEADING)}</h2>
                {body}
            </section>
        </Show>
    }
}

#[component]
fn ChangeLine(change: Change) -> impl IntoView {
    let s = use_assessment();
    let Some(item) = s.content.item(&change.item) else {
        return ().into_any();
    };
    let detail = move || {
        s.fill(
            k::LIFT_CHANGE,
            &[
                ("from", s.t(maybe_answer_key(change.from))),
                ("to", s.t(answer_key(change.to))),
            ],
        )
    };
    view! {
        <li class="kr-answered">
            <p class="kr-answered-text">{move || s.tr(&item.text)}</p>
            <p class="kr-answered-answer">
                <span>{detail}</span>
                " "
                <ChangeButton unit=Unit::Item(item.id.clone()) />
            </p>
        </li>
    }
    .into_any()
}
