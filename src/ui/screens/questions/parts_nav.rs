//! The list of parts, to jump to any of them: a sidebar on a wide screen, a
//! fold-out menu on a phone.

use crate::session::flow::{self, Part, Position, Progress};
use crate::session::texts;
use crate::ui::screens::result::share::ShareMenu;
use crate::ui::state::use_assessment;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn PartsNav() -> impl IntoView {
    let widget = use_assessment();
    let menu = NodeRef::<html::Details>::new();
    // Closing the phone menu after a jump keeps the new question in view.
    let close = Callback::new(move |()| {
        if let Some(details) = menu.get_untracked() {
            details.set_open(false);
        }
    });
    // Nor does a menu left open on one screen cover the next one.
    Effect::new(move |_| {
        widget.position.track();
        close.run(());
    });
    let parts = Memo::new(move |_| {
        widget.response.with(|r| {
            flow::parts(widget.content, r)
                .into_iter()
                .map(|(part, units)| {
                    let progress = flow::progress(r, &units);
                    (part, progress)
                })
                .collect::<Vec<_>>()
        })
    });
    // Which parts there are changes only when a situation answer brings
    // statements in or takes them out; their counts change with every
    // answer. The list is built from the first and only its counts follow
    // the second, so an answer does not build the whole list again.
    let shown = Memo::new(move |_| {
        parts.with(|parts| {
            parts
                .iter()
                .map(|(part, _)| part.clone())
                .collect::<Vec<_>>()
        })
    });
    let current = Memo::new(move |_| {
        let i = widget.page_index()?;
        widget.pages.with(|p| p.get(i).map(|p| p.part.clone()))
    });
    // Memos, so that moving from one question page to the next, which
    // changes the position but not these, leaves the share menu alone.
    let on_result = Memo::new(move |_| widget.position.with(|p| *p == Position::Result));
    let on_step = Memo::new(move |_| widget.position.with(|p| matches!(p, Position::Step { .. })));
    let list = move || {
        let items = shown
            .get()
            .into_iter()
            .map(|part| view! { <PartButton part parts current close /> })
            .collect_view();
        view! {
            <ol class="kr-parts-list">{items} <ResultButton on_result close /></ol>
            {move || on_step.get().then(|| view! { <ShareMenu /> })}
        }
    };
    view! {
        <nav
            class="kr-parts"
            aria-label=move || widget.t(texts::PARTS_LABEL)
            data-testid="dimension-nav"
        >
            {move || {
                if widget.wide.get() {
                    view! {
                        <p class="kr-parts-heading" aria-hidden="true">
                            {move || widget.t(texts::PARTS_LABEL)}
                        </p>
                        {list}
                    }
                        .into_any()
                } else {
                    view! {
                        <details class="kr-parts-menu" node_ref=menu>
                            <summary>{move || widget.t(texts::PARTS_JUMP)}</summary>
                            {list}
                        </details>
                    }
                        .into_any()
                }
            }}
        </nav>
    }
}

/// One part in the list: its title and how many of its questions are
/// answered; marked when the question shown is in it.
#[component]
fn PartButton(
    part: Part,
    /// Every part with its progress.
    parts: Memo<Vec<(Part, Progress)>>,
    /// The part of the question shown, if any.
    current: Memo<Option<Part>>,
    /// Closes the phone menu.
    close: Callback<()>,
) -> impl IntoView {
    let widget = use_assessment();
    let testid = match &part {
        Part::Situation => "part-situation".to_owned(),
        Part::Dimension(id) => format!("part-{id}"),
    };
    let here = {
        let part = part.clone();
        move || current.with(|c| c.as_ref() == Some(&part))
    };
    let title = {
        let part = part.clone();
        move || widget.part_title(&part)
    };
    let progress = {
        let part = part.clone();
        Memo::new(move |_| {
            parts.with(|parts| {
                parts
                    .iter()
                    .find(|(p, _)| *p == part)
                    .map(|(_, progress)| *progress)
                    .unwrap_or_default()
            })
        })
    };
    let done = move || progress.with(|p| p.answered == p.total);
    let count = move || {
        let progress = progress.get();
        widget.fill(
            texts::PARTS_COUNT,
            &[
                ("answered", &progress.answered.to_string()),
                ("total", &progress.total.to_string()),
            ],
        )
    };
    view! {
        <li>
            <button
                type="button"
                class="kr-part"
                class:kr-part-done=done
                data-testid=testid
                aria-current=move || here().then_some("step")
                on:click=move |_| {
                    close.run(());
                    widget.jump(&part);
                }
            >
                <span class="kr-part-title">{title}</span>
                <span class="kr-part-count">{count}</span>
            </button>
        </li>
    }
}

/// The last entry: the result, marked when it is shown.
#[component]
fn ResultButton(on_result: Memo<bool>, close: Callback<()>) -> impl IntoView {
    let widget = use_assessment();
    view! {
        <li>
            <button
                type="button"
                class="kr-part kr-part-result"
                data-testid="part-result"
                aria-current=move || on_result.get().then_some("step")
                on:click=move |_| {
                    close.run(());
                    widget.show_result();
                }
            >
                <span class="kr-part-title">{move || widget.t(texts::PARTS_RESULT)}</span>
            </button>
        </li>
    }
}
