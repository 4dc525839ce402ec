//! Which form of partnership the situation points at, after the CCV
//! model-choice table, what the initiators intend, and, where the two part
//! ways, what each conflicting feature means for the form.

use crate::model::content::QuestionRole;
use crate::model::model_fit::ModelFit;
use crate::session::flow::Unit;
use crate::session::texts;
use crate::ui::screens::result::answers::ChangeButton;
use crate::ui::screens::result::shown::use_shown;
use crate::ui::state::{use_assessment, Assessment};
use crate::ui::widgets::fold::Fold;
use leptos::prelude::*;

#[component]
pub fn ModelFitPanel() -> impl IntoView {
    let widget = use_assessment();
    let shown = use_shown();
    let fit = Memo::new(move |_| {
        shown
            .response
            .with(|r| ModelFit::of(widget.content, &r.classification))
    });
    let first_situation = widget
        .content
        .question_with_role(QuestionRole::Situation)
        .map(|q| Unit::Question(q.id.clone()));
    let intended_question = widget
        .content
        .question_with_role(QuestionRole::IntendedModel)
        .map(|q| Unit::Question(q.id.clone()));
    let name = move |id: &str| widget.content.model(id).map_or("", |m| widget.tr(&m.name));
    let fitting = move || fit.with(|fit| fitting(widget, fit, first_situation.clone()));
    let intended = move || fit.with(|fit| intended(widget, fit, intended_question.clone()));
    let applied = move || {
        fit.get().applied().map(|form| {
            let form = form.to_owned();
            view! {
                <p class="kr-hint">
                    {move || widget.fill(texts::FIT_APPLIED, &[("model", name(&form))])}
                </p>
            }
        })
    };
    view! {
        <Fold name="fit" title=texts::FIT_HEADING testid="model-fit">
            {fitting}
            {intended}
            {applied}
        </Fold>
    }
}

/// The forms the situation points at, or a way to the situation questions.
fn fitting(widget: Assessment, fit: &ModelFit, first_situation: Option<Unit>) -> AnyView {
    if fit.fitting.is_empty() {
        return view! {
            <p>
                {move || widget.t(texts::FIT_UNKNOWN)} " "
                {first_situation.map(|unit| view! { <ChangeButton unit /> })}
            </p>
        }
        .into_any();
    }
    let models = fit
        .fitting
        .iter()
        .filter_map(|id| widget.content.model(id))
        .map(|m| {
            view! {
                <li class="kr-model">
                    <strong>{move || widget.tr(&m.name)}</strong>
                    <p>{move || widget.tr(&m.description)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <p>{move || widget.t(texts::FIT_POINTS_TO)}</p>
        <ul class="kr-models">{models}</ul>
    }
    .into_any()
}

/// What the initiators intend; where it parts ways with the situation,
/// what each conflicting feature means and a way to the question.
fn intended(widget: Assessment, fit: &ModelFit, intended_question: Option<Unit>) -> AnyView {
    let name = move |id: &str| widget.content.model(id).map_or("", |m| widget.tr(&m.name));
    if fit.intended.is_empty() {
        return view! { <p>{move || widget.t(texts::FIT_UNDECIDED)}</p> }.into_any();
    }
    let names = fit
        .intended
        .iter()
        .map(|id| name(id))
        .collect::<Vec<_>>()
        .join(" + ");
    let mix = fit.is_mix().then(|| {
        view! {
            " "
            {move || widget.t(texts::FIT_MIX)}
        }
    });
    let said = move || widget.fill(texts::FIT_INTENDED, &[("model", &names)]);
    if !fit.mismatch && fit.conflicts.is_empty() {
        let matches = fit.intended.iter().any(|m| fit.fitting.contains(m));
        return view! {
            <p>
                {said} {mix}
                {matches
                    .then(|| {
                        view! {
                            " "
                            {move || widget.t(texts::FIT_MATCH)}
                        }
                    })}
            </p>
        }
        .into_any();
    }
    let risks = fit.mismatch.then(|| risks(widget, fit));
    let notes = notes(widget, fit);
    view! {
        <div class="kr-warning" data-testid="fit-mismatch">
            <p>
                <strong>{said}</strong>
                {mix}
            </p>
            {risks}
            <p>{move || widget.t(texts::FIT_CONFLICTS)}</p>
            <ul>{notes}</ul>
            {intended_question
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
}

/// The risks of each intended form where it does not fit the situation.
fn risks(widget: Assessment, fit: &ModelFit) -> impl IntoView {
    let texts = fit
        .intended
        .iter()
        .filter_map(|id| widget.content.model(id))
        .map(|m| {
            view! {
                " "
                {move || widget.tr(&m.mismatch)}
            }
        })
        .collect_view();
    view! {
        <p>
            <strong>{move || widget.t(texts::FIT_MISMATCH)}</strong>
            {texts}
        </p>
    }
}

/// What each situation feature that conflicts with the intended form means.
fn notes(widget: Assessment, fit: &ModelFit) -> impl IntoView {
    fit.conflicts
        .iter()
        .filter_map(|c| {
            let q = widget.content.question(&c.question)?;
            let choice = q.choices.iter().find(|ch| ch.id == c.choice)?;
            let note = choice.note.as_ref()?;
            Some(view! {
                <li>
                    <strong>{move || widget.tr(&choice.label)}</strong>
                    ": "
                    {move || widget.tr(note)}
                </li>
            })
        })
        .collect_view()
}
