//! A question screen: progress, the part's heading, its questions, and the
//! way forward and back.

use crate::session::flow::{Page, Part, Unit};
use crate::session::texts;
use crate::ui::screens::questions::classification::QuestionField;
use crate::ui::screens::questions::item_step::ItemField;
use crate::ui::screens::questions::progress::Progress;
use crate::ui::state::use_assessment;
use crate::ui::widgets::back_button::BackButton;
use leptos::prelude::*;

#[component]
pub fn Step() -> impl IntoView {
    let widget = use_assessment();
    // The page as a value: the view is rebuilt only when the page itself
    // changes, not when an answer regroups later pages, so focus stays on
    // the control just used.
    let page = Memo::new(move |_| {
        let i = widget.page_index()?;
        widget.pages.with(|pages| pages.get(i).cloned())
    });
    view! {
        <div class="kr-main">
            <Progress />
            {move || page.get().map(|page| view! { <PageView page /> })}
            <StepNav />
        </div>
    }
}

#[component]
fn PageView(page: Page) -> impl IntoView {
    let widget = use_assessment();
    let wide = widget.wide.get_untracked();
    let intro = match &page.part {
        Part::Situation if wide => Some(
            view! { <p class="kr-lead">{move || widget.t(texts::PARTS_SITUATION_INTRO)}</p> }
                .into_any(),
        ),
        // On a phone the answers come first; the note is one tap away.
        Part::Situation => Some(
            view! {
                <details class="kr-why kr-situation-why">
                    <summary>{move || widget.t(texts::PARTS_SITUATION_WHY)}</summary>
                    <p class="kr-why-body">{move || widget.t(texts::PARTS_SITUATION_INTRO)}</p>
                </details>
            }
            .into_any(),
        ),
        Part::Dimension(id) => widget.content.dimension(id).filter(|_| wide).map(|d| {
            view! { <p class="kr-lead">{move || widget.tr(&d.description)}</p> }.into_any()
        }),
    };
    let part = page.part.clone();
    let units = page
        .units
        .iter()
        .enumerate()
        .map(|(n, unit)| match unit {
            Unit::Question(id) => widget
                .content
                .question(id)
                .map(|question| view! { <QuestionField question /> }.into_any()),
            Unit::Item(id) => widget.content.item(id).map(|item| {
                if wide {
                    view! { <ItemField item number=n + 1 /> }.into_any()
                } else {
                    view! { <ItemField item /> }.into_any()
                }
            }),
        })
        .collect_view();
    view! {
        <section class="kr-page-body" aria-labelledby=widget.dom_id("step-title")>
            <h1 id=widget.dom_id("step-title") class="kr-title" tabindex="-1" data-kr-focus="">
                {move || widget.part_title(&part)}
            </h1>
            {intro}
            <div class="kr-units">{units}</div>
        </section>
    }
}

#[component]
fn StepNav() -> impl IntoView {
    let widget = use_assessment();
    let last = move || {
        widget
            .page_index()
            .is_some_and(|i| i + 1 >= widget.pages.with(Vec::len))
    };
    view! {
        <div class="kr-step-nav" role="group" aria-label=move || widget.t(texts::NAV_STEPS_LABEL)>
            <BackButton on_back=Callback::new(move |()| widget.back()) />
            {move || {
                widget
                    .from_result
                    .get()
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="kr-button kr-secondary"
                                data-testid="back-to-result"
                                on:click=move |_| widget.show_result()
                            >
                                {move || widget.t(texts::NAV_BACK_TO_RESULT)}
                            </button>
                        }
                    })
            }}
            <button
                type="button"
                class="kr-button kr-primary kr-next"
                data-testid="next"
                on:click=move |_| widget.next()
            >
                {move || {
                    if last() { widget.t(texts::NAV_TO_RESULT) } else { widget.t(texts::NAV_NEXT) }
                }}
                <span aria-hidden="true">" →"</span>
            </button>
        </div>
    }
}
