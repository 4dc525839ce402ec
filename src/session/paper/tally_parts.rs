//! Step 3 of the tally sheet: per part, the statements to add up, the
//! columns to fill in, and how the parts make the overall score and the
//! completeness.

use super::words::{Reader, Sheet, LINE};
use crate::model::content::{Dimension, Item};
use crate::session::html::escape;
use crate::session::texts;

pub(super) const STEP: usize = 3;

/// Step 3: per part, the statements to add up and the columns to fill in,
/// then the overall score and the completeness.
pub(super) fn step(sheet: &Sheet) -> String {
    let not_applicable = sheet.t(texts::ANSWER_NOT_APPLICABLE);
    let mut out = format!(
        "<section data-step=\"parts\">\n<h2>{STEP}. {}</h2>\n<p>{}</p>\n<table class=\"kr-compact\">\n\
         <tr><th>{}</th><th>{}</th><th>{}</th><th>A</th><th>B</th><th>A ÷ B</th><th>C</th><th>D</th></tr>\n",
        sheet.e(texts::PAPER_STEP_PARTS),
        sheet.fill(
            texts::PAPER_PARTS_INTRO,
            &[("not_applicable", not_applicable)]
        ),
        sheet.e(texts::CHART_COL_PART),
        sheet.e(texts::PAPER_COL_WEIGHT),
        sheet.e(texts::PAPER_STATEMENTS),
    );
    for part in &sheet.numbers.parts {
        let refs = by_weight(&part.statements);
        out.push_str(&format!(
            "<tr data-part=\"{}\"><td>{} {}</td><td>{}</td><td>{}</td>{}</tr>\n",
            escape(&part.dimension.id),
            escape(&part.dimension.code),
            escape(part.dimension.title.get(sheet.lang)),
            weight(sheet, part.dimension),
            if refs.is_empty() {
                "—".to_owned()
            } else {
                refs
            },
            "<td class=\"kr-write\"></td>".repeat(5),
        ));
    }
    out.push_str(&format!(
        "</table>\n{}<p class=\"kr-muted\">{}</p>\n<p>{} = {LINE}</p>\n<p>{} = {LINE} %</p>\n</section>\n",
        weight_notes(sheet),
        sheet.e(texts::PAPER_LEGEND),
        sheet.e(texts::PAPER_OVERALL),
        sheet.e(texts::PAPER_COMPLETENESS),
    ));
    out
}

/// A part's statements grouped by weight, heaviest first, "×3: 1*, 4 ·
/// ×2: 2, 5 R": shorter than a weight per statement, and the facilitator
/// can add up the points of a group before multiplying.
fn by_weight(statements: &[(usize, &Item)]) -> String {
    let mut weights: Vec<u8> = statements.iter().map(|(_, i)| i.weight).collect();
    weights.sort_unstable_by(|a, b| b.cmp(a));
    weights.dedup();
    let groups: Vec<String> = weights
        .into_iter()
        .map(|w| {
            let numbers: Vec<String> = statements
                .iter()
                .filter(|(_, i)| i.weight == w)
                .map(|(n, item)| {
                    format!(
                        "<span class=\"kr-ref\" data-item=\"{}\">{n}{}{}</span>",
                        escape(&item.id),
                        if item.quick { "*" } else { "" },
                        if item.reverse { "&nbsp;R" } else { "" },
                    )
                })
                .collect();
            format!("<strong>×{w}:</strong> {}", numbers.join(", "))
        })
        .collect();
    groups.join(" · ")
}

/// A part's weight in the overall score and in the completeness; a
/// situation that multiplies it is marked here and worded under the table,
/// where a long condition does not squeeze the columns.
fn weight(sheet: &Sheet, dimension: &Dimension) -> String {
    let mut words = escape(&sheet.number(dimension.weight));
    for rule in &dimension.weight_rules {
        words.push_str(&format!(" (×{})", escape(&sheet.number(rule.factor))));
    }
    words
}

/// The situations that multiply a part's weight, one sentence each.
fn weight_notes(sheet: &Sheet) -> String {
    sheet
        .numbers
        .parts
        .iter()
        .flat_map(|p| {
            p.dimension
                .weight_rules
                .iter()
                .map(move |r| (p.dimension, r))
        })
        .map(|(dimension, rule)| {
            format!(
                "<p class=\"kr-muted\">{}</p>\n",
                sheet.fill(
                    texts::PAPER_WEIGHT_RULE,
                    &[
                        ("part", &dimension.code),
                        ("factor", &sheet.number(rule.factor)),
                        (
                            "condition",
                            &sheet.condition(&rule.when, Reader::Facilitator),
                        ),
                    ],
                )
            )
        })
        .collect()
}
