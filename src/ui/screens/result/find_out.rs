//! What to find out first: the statements answered "don't know" or not at
//! all, those whose answer could change the verdict first, each with what
//! it could do.

use crate::model::find_out::{find_out, Unknown};
use crate::model::verdict::Outcome;
use crate::session::flow::Unit;
use crate::session::report::phrases::unknown_lines;
use crate::session::texts;
use crate::ui::screens::result::answers::AnsweredUnit;
use crate::ui::screens::result::shown::use_shown;
use crate::ui::state::use_assessment;
use crate::ui::widgets::fold::Fold;
use leptos::prelude::*;

#[component]
pub fn FindOutPanel(outcome: Memo<Outcome>) -> impl IntoView {
    let widget = use_assessment();
    let shown = use_shown();
    let unknowns = Memo::new(move |_| shown.response.with(|r| find_out(widget.content, r)));
    let body = move || {
        let now = outcome.get();
        let (decisive, rest): (Vec<Unknown>, Vec<Unknown>) =
            unknowns.get().into_iter().partition(|u| u.decisive(now));
        let first = decisive
            .into_iter()
            .map(|unknown| {
                let lines = widget
                    .lang
                    .with(|lang| unknown_lines(widget.content, lang, &unknown, now));
                view! {
                    <li class="kr-unknown" data-testid=format!("unknown-{}", unknown.item)>
                        <ul class="kr-answered-list">
                            <AnsweredUnit unit=Unit::Item(unknown.item.clone()) />
                        </ul>
                        <ul class="kr-could">
                            {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                        </ul>
                    </li>
                }
            })
            .collect_view();
        let also = (!rest.is_empty()).then(|| {
            let list = rest
                .into_iter()
                .map(|u| view! { <AnsweredUnit unit=Unit::Item(u.item) /> })
                .collect_view();
            view! {
                <details class="kr-also-unknown">
                    <summary>{move || widget.t(texts::FIND_ALSO)}</summary>
                    <ul class="kr-answered-list">{list}</ul>
                </details>
            }
        });
        view! {
            <p class="kr-hint">{move || widget.t(texts::FIND_INTRO)}</p>
            <ol class="kr-unknowns">{first}</ol>
            {also}
        }
        .into_any()
    };
    view! {
        // Nothing unknown: the verdict's completeness says so already.
        <Show when=move || unknowns.with(|u| !u.is_empty())>
            <Fold name="find-out" title=texts::FIND_HEADING testid="find-out">
                {body}
            </Fold>
        </Show>
    }
}
