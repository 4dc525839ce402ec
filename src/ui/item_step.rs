//! A statement on the five-point agreement scale, with "don't know" set
//! apart so it reads as a real answer and not as the scale's end.

use super::app::use_assessment;
use super::sources::Why;
use crate::flow::Unit;
use crate::model::answer::{Agreement, Answer};
use crate::model::content::Item;
use crate::ui_keys as k;
use leptos::prelude::*;

pub use crate::ui_keys::{answer_key, maybe_answer_key};

#[component]
pub fn ItemField(
    item: &'static Item,
    /// The statement's number within its part, shown when a whole part
    /// shares a screen.
    #[prop(optional)]
    number: Option<usize>,
) -> impl IntoView {
    let s = use_assessment();
    let id = s.unit_dom_id(&Unit::Item(item.id.clone()));
    let group = id.clone();
    let option = move |answer: Answer, testid: String| {
        let input_id = format!("{group}-{testid}");
        let value = match answer {
            Answer::Agreement(a) => a.value().to_string(),
            Answer::DontKnow => "dont_know".to_owned(),
        };
        view! {
            <label class="kr-option" for=input_id.clone()>
                <input
                    type="radio"
                    id=input_id.clone()
                    name=group.clone()
                    value=value
                    data-testid=testid
                    prop:checked=move || s.response.with(|r| r.answer(&item.id) == Some(answer))
                    on:change=move |_| s.answer(&item.id, answer)
                />
                <span class="kr-option-label">{move || s.t(answer_key(answer))}</span>
            </label>
        }
    };
    let scale = Agreement::all()
        .map(|a| option(Answer::Agreement(a), format!("answer-{}", a.value())))
        .collect_view();
    let dont_know = option(Answer::DontKnow, "answer-dont-know".to_owned());
    view! {
        <div class="kr-unit" data-testid=format!("item-{}", item.id)>
            <fieldset class="kr-item" id=id.clone() tabindex="-1">
                <legend class="kr-legend">
                    {number.map(|n| view! { <span class="kr-number">{format!("{n}.")}</span> })}
                    {move || s.tr(&item.text)}
                </legend>
                <div class="kr-scale">{scale}</div>
                <div class="kr-dont-know">
                    <span class="kr-or" aria-hidden="true">
                        {move || s.t(k::ANSWER_OR)}
                    </span>
                    {dont_know}
                </div>
            </fieldset>
            <Why summary=k::ITEM_WHY text=&item.why sources=&item.sources />
        </div>
    }
}
