//! The recommendations that would help most, split into what the
//! respondent's own organisation can fix and what the partnership must.

use crate::model::content::Scope;
use crate::model::recommendation::{recommendations, Recommendation};
use crate::session::flow::{Part, Unit};
use crate::session::report::phrases::no_recommendation;
use crate::session::report::TOP_RECOMMENDATIONS as TOP;
use crate::session::texts;
use crate::ui::screens::result::answers::ChangeButton;
use crate::ui::screens::result::shown::use_shown;
use crate::ui::state::use_assessment;
use crate::ui::widgets::fold::Fold;
use leptos::prelude::*;

#[component]
pub fn Recommendations() -> impl IntoView {
    let widget = use_assessment();
    let shown = use_shown();
    let all = Memo::new(move |_| shown.response.with(|r| recommendations(widget.content, r)));
    let group = move |scope: Scope, key: &'static str| {
        let top = move || {
            all.with(|list| {
                list.iter()
                    .filter(|r| r.scope == scope)
                    .take(TOP)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        };
        view! {
            <div
                class="kr-recs-group"
                data-testid=format!(
                    "recs-{}",
                    if scope == Scope::Own { "own" } else { "partnership" },
                )
            >
                <h3>{move || widget.t(key)}</h3>
                {move || {
                    let top = top();
                    if top.is_empty() {
                        let why = move || {
                            shown
                                .response
                                .with(|r| {
                                    widget
                                        .lang
                                        .with(|lang| no_recommendation(
                                            widget.content,
                                            r,
                                            lang,
                                            scope,
                                        ))
                                })
                        };
                        view! { <p class="kr-hint">{why}</p> }.into_any()
                    } else {
                        view! {
                            <ol class="kr-recs">
                                {top
                                    .into_iter()
                                    .map(|rec| view! { <RecommendationCard rec /> })
                                    .collect_view()}
                            </ol>
                        }
                            .into_any()
                    }
                }}
            </div>
        }
    };
    view! {
        <Fold name="recs" title=texts::RECS_HEADING testid="recommendations">
            <p class="kr-hint">{move || widget.t(texts::RECS_INTRO)}</p>
            {group(Scope::Own, texts::RECS_OWN)}
            {group(Scope::Partnership, texts::RECS_PARTNERSHIP)}
        </Fold>
    }
}

#[component]
fn RecommendationCard(rec: Recommendation) -> impl IntoView {
    let widget = use_assessment();
    let Some(item) = widget.content.item(&rec.item) else {
        return ().into_any();
    };
    let part = Part::Dimension(rec.dimension.clone());
    view! {
        <li class="kr-rec">
            <p class="kr-rec-text">{move || widget.tr(&item.recommendation)}</p>
            <p class="kr-hint">
                {move || {
                    widget
                        .fill(
                            texts::RECS_ABOUT,
                            &[
                                ("part", &widget.part_title(&part)),
                                ("statement", widget.tr(&item.text)),
                            ],
                        )
                }} " " <ChangeButton unit=Unit::Item(item.id.clone()) />
            </p>
        </li>
    }
    .into_any()
}
