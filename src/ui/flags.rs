//! Knock-out warnings: what each flag means, which answers raised it or
//! leave it open, and what to do about it.

use super::answers::AnsweredUnit;
use super::app::use_assessment;
use super::verdict::level_key;
use crate::flow::Unit;
use crate::model::evaluation::Evaluation;
use crate::model::flag::{FlagState, FlagStatus};
use crate::ui_keys as k;
use leptos::prelude::*;

#[component]
pub fn Flags(evaluation: Memo<Evaluation>) -> impl IntoView {
    let s = use_assessment();
    let heading = s.dom_id("flags");
    let statuses = Memo::new(move |_| {
        let mut flags = evaluation.with(|e| e.flags.clone());
        // Raised flags first: they decide the verdict; open ones ask for
        // information.
        flags.sort_by_key(|f| f.state != FlagState::Raised);
        flags
    });
    view! {
        <section class="kr-section" aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{move || s.t(k::FLAGS_HEADING)}</h2>
            {move || {
                if statuses.with(Vec::is_empty) {
                    view! { <p>{move || s.t(k::FLAGS_NONE)}</p> }.into_any()
                } else {
                    view! {
                        <p class="kr-hint">{move || s.t(k::FLAGS_INTRO)}</p>
                        <ul class="kr-flags">
                            <For
                                each=move || statuses.get()
                                key=|f| (
                                    f.flag.clone(),
                                    f.state == FlagState::Raised,
                                    f.items.clone(),
                                )
                                children=move |status| view! { <FlagCard status /> }
                            />
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn FlagCard(status: FlagStatus) -> impl IntoView {
    let s = use_assessment();
    let Some(flag) = s.content.flag(&status.flag) else {
        return ().into_any();
    };
    let raised = status.state == FlagState::Raised;
    let cap = status.cap;
    let items = status
        .items
        .iter()
        .map(|id| view! { <AnsweredUnit unit=Unit::Item(id.clone()) /> })
        .collect_view();
    view! {
        <li
            class="kr-flag"
            class:kr-flag-raised=raised
            class:kr-flag-open=!raised
            data-testid=format!("flag-{}", flag.id)
            data-state=if raised { "raised" } else { "open" }
        >
            <h3 class="kr-flag-title">{move || s.tr(&flag.title)}</h3>
            <p class="kr-flag-state">
                <strong class="kr-tag">
                    {move || s.t(if raised { k::FLAG_RAISED } else { k::FLAG_OPEN })}
                </strong>
                " "
                {move || s.fill(k::FLAG_CAP, &[("level", s.t(level_key(cap)))])}
            </p>
            <p>{move || s.tr(&flag.explanation)}</p>
            <p class="kr-label">
                {move || s.t(if raised { k::FLAG_CAUSED_BY } else { k::FLAG_UNKNOWN_ITEMS })}
            </p>
            <ul class="kr-answered-list">{items}</ul>
            <p>
                <strong>{move || s.t(k::FLAG_WHAT_TO_DO)}</strong>
                " "
                {move || s.tr(&flag.recommendation)}
            </p>
        </li>
    }
    .into_any()
}
