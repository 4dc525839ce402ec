//! A classification question: radio buttons, or checkboxes when several
//! choices may apply. Never scored; it decides which statements are asked.

use crate::model::content::Question;
use crate::session::flow::Unit;
use crate::session::texts;
use crate::ui::screens::result::sources::Why;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn QuestionField(question: &'static Question) -> impl IntoView {
    let widget = use_assessment();
    let id = widget.unit_dom_id(&Unit::Question(question.id.clone()));
    let help_id = format!("{id}-help");
    let kind = if question.multiple {
        "checkbox"
    } else {
        "radio"
    };
    let choices = question
        .choices
        .iter()
        .map(|choice| {
            let input_id = format!("{id}-{}", choice.id);
            let checked = move || {
                widget.response.with(|r| {
                    r.classification
                        .get(&question.id)
                        .is_some_and(|c| c.contains(&choice.id))
                })
            };
            view! {
                <label class="kr-choice" for=input_id.clone()>
                    <input
                        type=kind
                        id=input_id.clone()
                        name=id.clone()
                        value=choice.id.as_str()
                        prop:checked=checked
                        on:change=move |ev| {
                            widget.choose(question, &choice.id, event_target_checked(&ev))
                        }
                    />
                    <span class="kr-choice-label">{move || widget.tr(&choice.label)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="kr-unit" data-testid=format!("question-{}", question.id)>
            <fieldset
                class="kr-question"
                id=id.clone()
                tabindex="-1"
                aria-describedby=question.help.as_ref().map(|_| help_id.clone())
            >
                <legend class="kr-legend">{move || widget.tr(&question.text)}</legend>
                {question
                    .help
                    .as_ref()
                    .map(|help| {
                        view! {
                            <p class="kr-hint" id=help_id.clone()>
                                {move || widget.tr(help)}
                            </p>
                        }
                    })}
                <div class="kr-choices">{choices}</div>
            </fieldset>
            <Why summary=texts::QUESTION_WHY sources=&question.sources />
        </div>
    }
}
