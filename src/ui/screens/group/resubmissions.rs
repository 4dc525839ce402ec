//! Changed answers from someone already in the group, each waiting for the
//! facilitator to choose which answers count: a re-submission never
//! replaces the earlier answers unasked.

use crate::session::texts;
use crate::ui::state::use_assessment;
use leptos::prelude::*;

#[component]
pub fn Resubmissions() -> impl IntoView {
    let widget = use_assessment();
    let work = widget.work;
    view! {
        <Show when=move || work.waiting.with(|w| !w.is_empty())>
            <ul class="kr-resubmissions" data-testid="group-resubmissions">
                {move || {
                    work.waiting
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, waiting)| {
                            let label = work
                                .members
                                .with_untracked(|m| m.get(waiting.member).map(|m| m.label.clone()))
                                .or_else(|| waiting.shared.label.clone())
                                .unwrap_or_default();
                            view! {
                                <li class="kr-resubmission">
                                    <p>
                                        {move || {
                                            widget.fill(texts::GROUP_RESUBMITTED, &[("label", &label)])
                                        }}
                                    </p>
                                    <div class="kr-actions">
                                        <button
                                            type="button"
                                            class="kr-button kr-primary"
                                            data-testid="group-replace"
                                            on:click=move |_| work.settle(index, true)
                                        >
                                            {widget.text(texts::GROUP_REPLACE)}
                                        </button>
                                        <button
                                            type="button"
                                            class="kr-button kr-secondary"
                                            data-testid="group-keep"
                                            on:click=move |_| work.settle(index, false)
                                        >
                                            {widget.text(texts::GROUP_KEEP)}
                                        </button>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}
