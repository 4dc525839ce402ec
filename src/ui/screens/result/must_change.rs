//! What must change: the smallest set of changes to known answers that
//! lifts the verdict one level, as the model computes it, each with what it
//! clears and what to do.

use crate::model::must_change::{must_change, Change};
use crate::model::verdict::{Level, Outcome};
use crate::session::flow::Unit;
use crate::session::language::whole;
use crate::session::report::phrases::cleared_text;
use crate::session::texts;
use crate::ui::screens::result::answers::ChangeButton;
use crate::ui::screens::result::shown::use_shown;
use crate::ui::screens::result::verdict::level_key;
use crate::ui::state::use_assessment;
use crate::ui::widgets::fold::Fold;
use leptos::prelude::*;

#[component]
pub fn MustChangePanel(outcome: Memo<Outcome>) -> impl IntoView {
    let widget = use_assessment();
    let shown = use_shown();
    let plan = Memo::new(move |_| shown.response.with(|r| must_change(widget.content, r)));
    let visible = move || matches!(outcome.get(), Outcome::Level(l) if l != Level::Promising);
    let body = move || match plan.get() {
        None => view! { <p data-testid="must-blocked">{move || widget.t(texts::MUST_BLOCKED)}</p> }
            .into_any(),
        Some(plan) => {
            let count = plan.changes.len();
            let to = plan.to;
            let intro = move || {
                let key = if count == 1 {
                    texts::MUST_INTRO_ONE
                } else {
                    texts::MUST_INTRO_MANY
                };
                widget.fill(
                    key,
                    &[
                        ("count", &count.to_string()),
                        ("level", widget.t(level_key(to))),
                    ],
                )
            };
            let overall = plan.lifts_overall.map(|threshold| {
                view! {
                    <p>
                        {move || {
                            widget
                                .fill(
                                    texts::MUST_LIFTS_OVERALL,
                                    &[("threshold", &whole(threshold))],
                                )
                        }}
                    </p>
                }
            });
            let changes = plan
                .changes
                .into_iter()
                .map(|change| view! { <ChangeLine change /> })
                .collect_view();
            view! {
                <p>{intro}</p>
                <ol class="kr-recs">{changes}</ol>
                {overall}
            }
            .into_any()
        }
    };
    view! {
        <Show when=visible>
            <Fold name="must" title=texts::MUST_HEADING testid="must-change">
                {body}
            </Fold>
        </Show>
    }
}

#[component]
fn ChangeLine(change: Change) -> impl IntoView {
    let widget = use_assessment();
    let Some(item) = widget.content.item(&change.item) else {
        return ().into_any();
    };
    let detail = move || {
        widget.lang.with(|lang| {
            widget.fill(
                texts::MUST_CHANGE,
                &[
                    (
                        "from",
                        texts::answer_text(widget.content, item, change.from, lang),
                    ),
                    (
                        "to",
                        texts::answer_text(widget.content, item, Some(change.to), lang),
                    ),
                ],
            )
        })
    };
    let clears = change
        .clears
        .into_iter()
        .map(|cleared| {
            view! { <li>{move || widget.lang.with(|lang| cleared_text(widget.content, lang, &cleared))}</li> }
        })
        .collect_view();
    view! {
        <li class="kr-rec" data-testid=format!("must-{}", item.id)>
            <p class="kr-rec-text">{move || widget.tr(&item.text)}</p>
            <p class="kr-answered-answer">
                <span>{detail}</span>
                " "
                <ChangeButton unit=Unit::Item(item.id.clone()) />
            </p>
            <ul class="kr-clears">{clears}</ul>
            <p>
                <strong>{move || widget.t(texts::FLAG_WHAT_TO_DO)}</strong>
                " "
                {move || widget.tr(&item.recommendation)}
            </p>
        </li>
    }
    .into_any()
}
