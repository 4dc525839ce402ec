//! A table of figures that scrolls sideways on its own.

use crate::ui::state::Assessment;
use leptos::prelude::*;

/// One row of a [`Table`]: its test id, then its cells; the first cell
/// heads the row.
pub struct Row {
    pub id: String,
    pub cells: Vec<String>,
}

/// A table of figures that scrolls sideways on its own when it is wider
/// than the screen. Every table of the group view and of the measurements
/// is one of these.
pub fn table(
    widget: Assessment,
    testid: impl Into<String>,
    caption: impl Into<String>,
    head: Vec<String>,
    rows: Vec<Row>,
) -> AnyView {
    let caption: String = caption.into();
    let testid: String = testid.into();
    let caption_id = widget.dom_id(&format!("{testid}-caption"));
    let head = head
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|row| {
            let mut cells = row.cells.into_iter();
            let first = cells.next().unwrap_or_default();
            let rest = cells.map(|c| view! { <td>{c}</td> }).collect_view();
            view! {
                <tr data-testid=row.id>
                    <th scope="row">{first}</th>
                    {rest}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="kr-table-wrap" role="region" tabindex="0" aria-labelledby=caption_id.clone()>
            <table class="kr-table" data-testid=testid>
                <caption id=caption_id.clone()>{caption}</caption>
                <thead>
                    <tr>{head}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
