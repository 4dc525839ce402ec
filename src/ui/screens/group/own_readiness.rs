//! Each organisation's own readiness, one row per respondent: every one
//! describes a different organisation, so a mean or a spread across them
//! would mean nothing.

use crate::model::group::DimensionSpread;
use crate::session::flow::Part;
use crate::session::language::whole;
use crate::session::texts;
use crate::ui::state::Assessment;
use crate::ui::widgets::table::{table, Row};
use leptos::prelude::*;

/// A table of the parts about the respondent's own organisation, a row per
/// respondent (the first `shown` of `names`); nothing when the content has none.
pub fn own_section(
    widget: Assessment,
    dimensions: &[DimensionSpread],
    names: &[String],
    shown: usize,
) -> Option<AnyView> {
    let own: Vec<&DimensionSpread> = dimensions.iter().filter(|d| d.own).collect();
    if own.is_empty() {
        return None;
    }
    let id = widget.dom_id("group-own");
    let mut head = vec![widget.t(texts::GROUP_COL_RESPONDENT).to_owned()];
    head.extend(
        own.iter()
            .map(|d| widget.part_title(&Part::Dimension(d.dimension.clone()))),
    );
    let rows = names
        .iter()
        .enumerate()
        .take(shown)
        .map(|(n, name)| {
            let mut cells = vec![name.clone()];
            cells.extend(own.iter().map(|d| {
                d.positions
                    .get(n)
                    .copied()
                    .flatten()
                    .map_or_else(|| "–".to_owned(), whole)
            }));
            Row {
                id: format!("own-{n}"),
                cells,
            }
        })
        .collect();
    Some(
        view! {
            <section class="kr-section" aria-labelledby=id.clone() data-testid="group-own">
                <h2 id=id.clone()>{widget.t(texts::GROUP_OWN_HEADING)}</h2>
                <p class="kr-hint">{widget.t(texts::GROUP_OWN_INTRO)}</p>
                {table(widget, "group-own-table", widget.t(texts::GROUP_OWN_HEADING), head, rows)}
            </section>
        }
        .into_any(),
    )
}
