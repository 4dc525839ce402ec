//! A statement on its own answer scale: five points of agreement, or the
//! three states of a prerequisite in the question's own words, with "don't
//! know" set apart so it reads as a real answer and not as the scale's end,
//! and "not applicable" beside it where the statement can fail to apply.

use crate::model::answer::{Answer, Status};
use crate::model::content::Item;
use crate::session::flow::Unit;
use crate::session::texts;
use crate::ui::screens::result::sources::Why;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

/// The test id of an answer option, stable across languages.
fn testid(answer: Answer) -> String {
    match answer {
        Answer::Agreement(a) => format!("answer-{}", a.value()),
        Answer::Status(status) => format!("answer-{}", status.id().replace('_', "-")),
        Answer::NotApplicable => "answer-not-applicable".to_owned(),
        Answer::DontKnow => "answer-dont-know".to_owned(),
    }
}

#[component]
pub fn ItemField(
    item: &'static Item,
    /// The statement's number within its part, shown when a whole part
    /// shares a screen.
    #[prop(optional)]
    number: Option<usize>,
) -> impl IntoView {
    let widget = use_assessment();
    let id = widget.unit_dom_id(&Unit::Item(item.id.clone()));
    let group = id.clone();
    let label = move |answer: Answer| -> &'static str {
        match (answer, &item.states, &item.not_applicable) {
            (Answer::Status(st), Some(states), _) => widget.tr(match st {
                Status::InPlace => &states.in_place,
                Status::NotYet => &states.not_yet,
                Status::Absent => &states.absent,
            }),
            (Answer::NotApplicable, _, Some(na)) => widget.tr(na),
            (other, _, _) => widget.t(texts::answer_key(other).unwrap_or(texts::ANSWER_NONE)),
        }
    };
    let option = move |answer: Answer| {
        let testid = testid(answer);
        let input_id = format!("{group}-{testid}");
        view! {
            <label class="kr-option" for=input_id.clone()>
                <input
                    type="radio"
                    id=input_id.clone()
                    name=group.clone()
                    value=answer.token()
                    data-testid=testid
                    prop:checked=move || {
                        widget.response.with(|r| r.answer(&item.id) == Some(answer))
                    }
                    on:change=move |_| widget.answer(&item.id, answer)
                />
                <span class="kr-option-label">{move || label(answer)}</span>
            </label>
        }
    };
    let options = Answer::options(item);
    let scale = options
        .iter()
        .filter(|a| **a != Answer::NotApplicable)
        .map(|a| option(*a))
        .collect_view();
    let aside = options
        .contains(&Answer::NotApplicable)
        .then(|| option(Answer::NotApplicable));
    let dont_know = option(Answer::DontKnow);
    view! {
        <div
            class="kr-unit"
            data-testid=format!("item-{}", item.id)
            data-scale=item.scale_id()
            data-reverse=item.reverse.then_some("true")
        >
            <fieldset class="kr-item" id=id.clone() tabindex="-1">
                <legend class="kr-legend">
                    {number.map(|n| view! { <span class="kr-number">{format!("{n}.")}</span> })}
                    {move || widget.tr(&item.text)}
                </legend>
                <div class="kr-scale">{scale}</div>
                <div class="kr-dont-know">
                    <span class="kr-or" aria-hidden="true">
                        {move || widget.t(texts::ANSWER_OR)}
                    </span>
                    {dont_know}
                    {aside}
                </div>
            </fieldset>
            <Why summary=texts::ITEM_WHY text=&item.why sources=&item.sources />
        </div>
    }
}
