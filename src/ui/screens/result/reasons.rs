//! Why the verdict is what it is, in the model's own terms: each flag or
//! part that holds it down, or the uncertainty that prevents one.

use crate::model::evaluation::Evaluation;
use crate::model::verdict::Reason;
use crate::session::flow::Unit;
use crate::session::report::phrases::reason_text;
use crate::session::texts;
use crate::ui::screens::result::answers::AnsweredUnit;
use crate::ui::state::use_assessment;
use crate::ui::widgets::fold::Fold;
use leptos::prelude::*;

#[component]
pub fn Reasons(evaluation: Memo<Evaluation>) -> impl IntoView {
    let reasons = Memo::new(move |_| evaluation.with(|e| e.verdict.reasons.clone()));
    view! {
        <Fold name="reasons" title=texts::REASONS_HEADING testid="reasons">
            <ul class="kr-reasons">
                {move || {
                    reasons
                        .get()
                        .into_iter()
                        .map(|reason| view! { <ReasonLine reason /> })
                        .collect_view()
                }}
            </ul>
        </Fold>
    }
}

#[component]
fn ReasonLine(reason: Reason) -> impl IntoView {
    let widget = use_assessment();
    let items = match &reason {
        Reason::DimensionBelow { items, .. } => items.clone(),
        _ => Vec::new(),
    };
    let text = move || {
        widget
            .lang
            .with(|lang| reason_text(widget.content, lang, &reason))
    };
    let low = (!items.is_empty()).then(|| {
        let list = items
            .into_iter()
            .map(|id| view! { <AnsweredUnit unit=Unit::Item(id) /> })
            .collect_view();
        view! {
            <p class="kr-label">{move || widget.t(texts::REASON_LOW_ITEMS)}</p>
            <ul class="kr-answered-list">{list}</ul>
        }
    });
    view! {
        <li class="kr-reason">
            <p>{text}</p>
            {low}
        </li>
    }
}
