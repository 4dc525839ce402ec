//! Which form of partnership the situation points at, after the CCV
//! model-choice table, and a warning when the intended form does not fit.

use super::answers::ChangeButton;
use super::app::use_assessment;
use crate::flow::Unit;
use crate::model::content::QuestionRole;
use crate::model::model_fit::model_fit;
use crate::ui_keys as k;
use leptos::prelude::*;

#[component]
pub fn ModelFitPanel() -> impl IntoView {
    let s = use_assessment();
    let heading = s.dom_id("fit");
    let fit = Memo::new(move |_| s.response.with(|r| model_fit(s.content, r)));
    let first_situation = s
        .content
        .question_with_role(QuestionRole::Situation)
        .map(|q| Unit::Question(q.id.clone()));
    let intended_question = s
        .content
        .question_with_role(QuestionRole::IntendedModel)
        .map(|q| Unit::Question(q.id.clone()));
    let fitting = move || {
        let fit = fit.get();
        if fit.fitting.is_empty() {
            return view! {
                <p>
                    {move || s.t(k::FIT_UNKNOWN)} " "
                    {first_situation.clone().map(|unit| view! { <ChangeButton unit /> })}
                </p>
            }
            .into_any();
        }
        let models = fit
            .fitting
            .iter()
            .filter_map(|id| s.content.model(id))
            .map(|m| {
                view! {
                    <li class="kr-model">
                        <strong>{move || s.tr(&m.name)}</strong>
                        <p>{move || s.tr(&m.description)}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>{move || s.t(k::FIT_POINTS_TO)}</p>
            <ul class="kr-models">{models}</ul>
        }
        .into_any()
    };
    let intended = move || {
        let fit = fit.get();
        let model = fit.intended.as_deref().and_then(|id| s.content.model(id));
        let Some(model) = model else {
            return view! { <p>{move || s.t(k::FIT_UNDECIDED)}</p> }.into_any();
        };
        let name = move || s.fill(k::FIT_INTENDED, &[("model", s.tr(&model.name))]);
        if fit.mismatch {
            view! {
                <div class="kr-warning" data-testid="fit-mismatch">
                    <p>
                        <strong>{name}</strong>
                    </p>
                    <p>
                        <strong>{move || s.t(k::FIT_MISMATCH)}</strong>
                        " "
                        {move || s.tr(&model.mismatch)}
                    </p>
                    {intended_question
                        .clone()
                        .map(|unit| {
                            view! {
                                <p>
                                    <ChangeButton unit />
                                </p>
                            }
                        })}
                </div>
            }
            .into_any()
        } else {
            let matches = fit
                .intended
                .as_ref()
                .is_some_and(|m| fit.fitting.contains(m));
            view! {
                <p>
                    {name}
                    {matches
                        .then(|| {
                            view! {
                                " "
                                {move || s.t(k::FIT_MATCH)}
                            }
                        })}
                </p>
            }
            .into_any()
        }
    };
    view! {
        <section class="kr-section" aria-labelledby=heading.clone() data-testid="model-fit">
            <h2 id=heading.clone()>{move || s.t(k::FIT_HEADING)}</h2>
            {fitting}
            {intended}
        </section>
    }
}
