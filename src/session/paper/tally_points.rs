//! Step 2 of the tally sheet: the points each answer scores, as the model
//! scores them.

use super::words::Sheet;
use crate::model::answer::{Agreement, Answer, Status};
use crate::model::content::{Item, QuestionRole, Scale};
use crate::model::frame::{Frame, Reading};
use crate::model::response::{Mode, Response};
use crate::session::html::escape;
use crate::session::texts;

pub(super) const STEP: usize = 2;

/// Step 2: the points of each answer, as the model scores them, in one
/// table: the five points of agreement, reversed where marked, and the
/// three boxes of a status question under them.
pub(super) fn step(sheet: &Sheet) -> String {
    let items: Vec<&Item> = sheet.numbers.statements().map(|(_, i)| i).collect();
    let mut rows = String::new();
    if items.iter().any(|i| i.scale == Scale::Agreement) {
        let row = |reverse: bool| -> String {
            Agreement::all()
                .rev()
                .map(|a| format!("<td>{}</td>", sheet.number(a.score(reverse))))
                .collect()
        };
        let labels: String = Agreement::all()
            .rev()
            .map(|a| {
                let key = texts::answer_key(Answer::Agreement(a)).unwrap_or(texts::ANSWER_NONE);
                format!("<th>{}</th>", sheet.e(key))
            })
            .collect();
        rows.push_str(&format!(
            "<tr><th>{}</th>{labels}</tr>\n<tr><th>{}</th>{}</tr>\n",
            sheet.e(texts::PAPER_AGREEMENT_CAPTION),
            sheet.e(texts::PAPER_POINTS),
            row(false)
        ));
        if items.iter().any(|i| i.reverse) {
            rows.push_str(&format!(
                "<tr><th>{}</th>{}</tr>\n",
                sheet.e(texts::PAPER_REVERSED),
                row(true)
            ));
        }
    }
    let status = items.iter().any(|i| i.scale == Scale::Status);
    if let Some([in_place, not_yet, absent]) = status.then(|| status_points(sheet)).flatten() {
        let not_yet = texts::fill(
            sheet.t(texts::PAPER_NOT_YET_POINTS),
            &[("points", &not_yet)],
        );
        let cell = |status: Status, span: usize, points: &str| {
            format!(
                "<td colspan=\"{span}\">{}</td>",
                escape(&format!("{}: {points}", sheet.t(status_key(status))))
            )
        };
        rows.push_str(&format!(
            "<tr><th>{}</th>{}{}{}</tr>\n",
            sheet.e(texts::PAPER_STATUS_CAPTION),
            cell(Status::InPlace, 2, &in_place),
            cell(Status::NotYet, 2, &not_yet),
            cell(Status::Absent, 1, &absent),
        ));
    }
    format!(
        "<section data-step=\"points\">\n<h2>{STEP}. {}</h2>\n<table class=\"kr-compact\">\n{rows}</table>\n<p>{}</p>\n</section>\n",
        sheet.e(texts::PAPER_STEP_POINTS),
        sheet.fill(
            texts::PAPER_NO_POINTS,
            &[
                ("dont_know", sheet.t(texts::ANSWER_DONT_KNOW)),
                ("not_applicable", sheet.t(texts::ANSWER_NOT_APPLICABLE)),
            ]
        )
    )
}

/// The name of a status answer by its box, the same for every question.
pub(super) fn status_key(status: Status) -> &'static str {
    match status {
        Status::InPlace => texts::PAPER_STATUS_IN_PLACE,
        Status::NotYet => texts::PAPER_STATUS_NOT_YET,
        Status::Absent => texts::PAPER_STATUS_ABSENT,
    }
}

/// What the model scores "in place", "not yet" and "absent" once the
/// partnership has started, read from the model rather than restated.
fn status_points(sheet: &Sheet) -> Option<[String; 3]> {
    let content = sheet.content;
    let phase = content.question_with_role(QuestionRole::Phase)?;
    let started = phase
        .choices
        .iter()
        .find(|c| !content.verdict.settle_phases.contains(&c.id))?;
    let mut response = Response::new(content, Mode::Full);
    response
        .classification
        .insert(phase.id.clone(), vec![started.id.clone()]);
    let frame = Frame::new(content, &response);
    let position = frame.items.iter().position(|i| i.scale == Scale::Status)?;
    let points = |status: Status| match frame.reading(position, Some(Answer::Status(status))) {
        Reading::Score(v) => sheet.number(v),
        _ => "—".to_owned(),
    };
    Some(Status::ALL.map(points))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::Content;

    #[test]
    fn the_status_points_are_the_models_and_not_yet_settles_while_forming() {
        let content = Content::builtin().expect("the built-in content reads");
        let sheet = Sheet::new(&content, Mode::Full, "en");
        let [in_place, not_yet, absent] = status_points(&sheet).expect("status items");
        assert_eq!((in_place.as_str(), absent.as_str()), ("100", "0"));
        assert_eq!(not_yet, sheet.number(content.verdict.not_yet_score));
        // While forming the model leaves "not yet" unscored but known, as
        // the sheet says.
        let frame = Frame::new(&content, &Response::new(&content, Mode::Full));
        assert!(frame.situation.forming, "an unanswered phase is forming");
        let p = frame
            .items
            .iter()
            .position(|i| i.scale == Scale::Status)
            .expect("a status item");
        assert_eq!(
            frame.reading(p, Some(Answer::Status(Status::NotYet))),
            Reading::Settle
        );
    }
}
