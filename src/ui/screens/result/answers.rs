//! Every answer on the result, each with a way back to its question, so the
//! respondent can correct one and see the result change at once.

use crate::model::response::Response;
use crate::session::flow::{self, Part, Unit};
use crate::session::texts;
use crate::ui::screens::result::shown::use_shown;
use crate::ui::state::use_assessment;
use crate::ui::widgets::fold::Fold;
use leptos::prelude::*;

/// The statement or question a unit asks.
pub fn unit_text(widget: &crate::ui::Assessment, unit: &Unit) -> &'static str {
    match unit {
        Unit::Item(id) => widget
            .content
            .item(id)
            .map(|i| widget.tr(&i.text))
            .unwrap_or(""),
        Unit::Question(id) => widget
            .content
            .question(id)
            .map(|q| widget.tr(&q.text))
            .unwrap_or(""),
    }
}

/// The respondent's answer to a unit, in words.
fn answer_text(widget: &crate::ui::Assessment, r: &Response, unit: &Unit) -> String {
    match unit {
        Unit::Item(id) => match widget.content.item(id) {
            Some(item) => widget
                .lang
                .with(|lang| texts::answer_text(widget.content, item, r.answer(id), lang))
                .to_owned(),
            None => widget.t(texts::ANSWER_NONE).to_owned(),
        },
        Unit::Question(id) => {
            let chosen = r.classification.get(id).filter(|c| !c.is_empty());
            match (chosen, widget.content.question(id)) {
                (Some(chosen), Some(q)) => q
                    .choices
                    .iter()
                    .filter(|c| chosen.contains(&c.id))
                    .map(|c| widget.tr(&c.label))
                    .collect::<Vec<_>>()
                    .join("; "),
                _ => widget.t(texts::ANSWER_NONE).to_owned(),
            }
        }
    }
}

/// Opens the question's screen; named after the question for screen
/// readers, which list many of these buttons. Absent from a shared result,
/// whose answers are someone else's.
#[component]
pub fn ChangeButton(unit: Unit) -> impl IntoView {
    let widget = use_assessment();
    if !use_shown().own {
        return ().into_any();
    }
    let text = {
        let unit = unit.clone();
        move || unit_text(&widget, &unit)
    };
    view! {
        <button type="button" class="kr-link kr-change" on:click=move |_| widget.edit(unit.clone())>
            {move || widget.t(texts::CHANGE_ANSWER)}
            <span class="kr-visually-hidden">": " {text}</span>
        </button>
    }
    .into_any()
}

/// One statement with the answer given and a way to change it.
#[component]
pub fn AnsweredUnit(unit: Unit) -> impl IntoView {
    let widget = use_assessment();
    let shown = use_shown();
    let text = {
        let unit = unit.clone();
        move || unit_text(&widget, &unit)
    };
    let answer = {
        let unit = unit.clone();
        move || {
            let given = shown.response.with(|r| answer_text(&widget, r, &unit));
            // Someone else's answers are not "yours".
            let key = if shown.own {
                texts::YOUR_ANSWER
            } else {
                texts::THEIR_ANSWER
            };
            widget.fill(key, &[("answer", &given)])
        }
    };
    view! {
        <li class="kr-answered">
            <p class="kr-answered-text">{text}</p>
            <p class="kr-answered-answer">
                <span>{answer}</span>
                " "
                <ChangeButton unit />
            </p>
        </li>
    }
}

#[component]
pub fn Answers() -> impl IntoView {
    let widget = use_assessment();
    let shown = use_shown();
    let parts = Memo::new(move |_| shown.response.with(|r| flow::parts(widget.content, r)));
    let groups = move || {
        parts
            .get()
            .into_iter()
            .map(|(part, units)| {
                let title = match &part {
                    Part::Situation => widget.t(texts::ANSWERS_SITUATION).to_owned(),
                    other => widget.part_title(other),
                };
                let counted = units.clone();
                let count = move || {
                    let p = shown.response.with(|r| flow::progress(r, &counted));
                    widget.fill(
                        texts::PARTS_COUNT,
                        &[
                            ("answered", &p.answered.to_string()),
                            ("total", &p.total.to_string()),
                        ],
                    )
                };
                let list = units
                    .into_iter()
                    .map(|unit| view! { <AnsweredUnit unit /> })
                    .collect_view();
                view! {
                    <details class="kr-answers-part">
                        <summary>
                            <span>{title}</span>
                            " "
                            <span class="kr-part-count">{count}</span>
                        </summary>
                        <ul class="kr-answered-list">{list}</ul>
                    </details>
                }
            })
            .collect_view()
    };
    view! {
        <Fold name="answers" title=texts::ANSWERS_HEADING class="kr-answers">
            {groups}
        </Fold>
    }
}
