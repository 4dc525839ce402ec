//! The situation questions the members answered differently, with each
//! member's answer: when one side pictures a commission and the other an
//! alliance, that is where the discussion should start.

use crate::model::group::SituationSplit;
use crate::session::texts;
use crate::ui::state::Assessment;
use crate::ui::widgets::table::{table, Row};
use leptos::prelude::*;

/// A table per question the members answered differently; `names` are the
/// members' as the room sees them, in member order.
pub fn situation_section(
    widget: Assessment,
    splits: &[SituationSplit],
    names: &[String],
) -> AnyView {
    let id = widget.dom_id("group-situation");
    let tables = splits
        .iter()
        .filter_map(|split| {
            let question = widget.content.question(&split.question)?;
            let rows = split
                .choices
                .iter()
                .zip(names)
                .enumerate()
                .map(|(n, (chosen, name))| {
                    let named = question
                        .choices
                        .iter()
                        .filter(|c| chosen.contains(&c.id))
                        .map(|c| widget.tr(&c.label))
                        .collect::<Vec<_>>()
                        .join("; ");
                    Row {
                        id: format!("situation-{}-{n}", split.question),
                        cells: vec![name.clone(), named],
                    }
                })
                .collect();
            let head = vec![
                widget.t(texts::GROUP_COL_RESPONDENT).to_owned(),
                widget.t(texts::GROUP_COL_ANSWER).to_owned(),
            ];
            let testid = format!("group-situation-{}", split.question);
            Some(table(widget, testid, widget.tr(&question.text), head, rows))
        })
        .collect_view();
    view! {
        <section class="kr-section" aria-labelledby=id.clone() data-testid="group-situation">
            <h2 id=id.clone()>{widget.t(texts::GROUP_SITUATION_HEADING)}</h2>
            <p class="kr-hint">{widget.t(texts::GROUP_SITUATION_INTRO)}</p>
            {tables}
        </section>
    }
    .into_any()
}
