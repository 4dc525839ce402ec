//! What to settle as the partnership takes shape: what is not yet arranged
//! while that is normal for the phase, and flags a judgement rule makes a
//! point to settle. None of it holds the verdict down.

use crate::model::to_settle::{to_settle, Settle};
use crate::session::flow::Unit;
use crate::session::report::phrases::settle_text;
use crate::session::texts;
use crate::ui::screens::result::answers::AnsweredUnit;
use crate::ui::screens::result::shown::use_shown;
use crate::ui::state::use_assessment;
use crate::ui::widgets::fold::Fold;
use leptos::prelude::*;

#[component]
pub fn SettlePanel() -> impl IntoView {
    let widget = use_assessment();
    let shown = use_shown();
    let points = Memo::new(move |_| shown.response.with(|r| to_settle(widget.content, r)));
    let body = move || {
        points
            .get()
            .into_iter()
            .map(|point| {
                let items = match &point {
                    Settle::Flag { items, .. } => items.clone(),
                    Settle::Item { item } => vec![item.clone()],
                };
                let testid = match &point {
                    Settle::Flag { flag, .. } => format!("settle-{flag}"),
                    Settle::Item { item } => format!("settle-{item}"),
                };
                // An item's title is its statement, which the answer below
                // shows already.
                let titled = matches!(point, Settle::Flag { .. });
                let point = StoredValue::new(point);
                let text = move || {
                    widget
                        .lang
                        .with(|lang| point.with_value(|p| settle_text(widget.content, lang, p)))
                };
                let list = items
                    .into_iter()
                    .map(|id| view! { <AnsweredUnit unit=Unit::Item(id) /> })
                    .collect_view();
                view! {
                    <li class="kr-rec" data-testid=testid>
                        {titled.then(|| view! { <p class="kr-rec-text">{move || text().0}</p> })}
                        <p>{move || text().1}</p>
                        <ul class="kr-answered-list">{list}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || points.with(|p| !p.is_empty())>
            <Fold name="settle" title=texts::SETTLE_HEADING testid="to-settle">
                <p class="kr-hint">{move || widget.t(texts::SETTLE_INTRO)}</p>
                <ul class="kr-recs">{body}</ul>
            </Fold>
        </Show>
    }
}
