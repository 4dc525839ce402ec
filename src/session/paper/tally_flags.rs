//! Step 4 of the tally sheet: the knock-outs and conditions, each with the
//! statements and answers that raise it, its cap, and the judgement rules
//! that change it in some situations.

use super::words::{answer_label, Reader, Sheet, BOX};
use crate::model::answer::{Answer, Status};
use crate::model::content::{Effect, Flag, Item, Rule};
use crate::session::html::escape;
use crate::session::texts;

pub(super) const STEP: usize = 4;

pub(super) fn step(sheet: &Sheet) -> String {
    let content = sheet.content;
    let mut out = format!(
        "<section data-step=\"flags\">\n<h2>{STEP}. {}</h2>\n<p>{}</p>\n\
         <table class=\"kr-compact\">\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        sheet.e(texts::FLAGS_HEADING),
        sheet.e(texts::FLAGS_INTRO),
        sheet.e(texts::PAPER_COL_FLAG),
        sheet.e(texts::PAPER_COL_RAISED_BY),
        sheet.e(texts::PAPER_COL_CAP),
        sheet.e(texts::PAPER_COL_RAISED),
    );
    for flag in &content.flags {
        out.push_str(&row(sheet, flag));
        for rule in content.rules.iter().filter(|r| r.flags.contains(&flag.id)) {
            out.push_str(&format!(
                "<tr class=\"kr-rule\"><td></td><td colspan=\"3\">{}</td></tr>\n",
                rule_text(sheet, flag, rule)
            ));
        }
    }
    out.push_str("</table>\n<ul class=\"kr-notes\">\n");
    let dont_know = sheet.t(texts::ANSWER_DONT_KNOW);
    let pending = sheet.t(texts::level_key(content.verdict.pending_cap));
    let mut notes = vec![
        sheet.fill(texts::PAPER_FLAG_DONT_KNOW, &[("dont_know", dont_know)]),
        sheet.fill(
            texts::PAPER_FLAG_NOT_YET,
            &[
                ("level", pending),
                (
                    "not_yet",
                    sheet.t(super::tally_points::status_key(Status::NotYet)),
                ),
            ],
        ),
        sheet.e(texts::PAPER_FLAG_MIXED),
    ];
    if rules_compete(sheet) {
        notes.push(sheet.e(texts::PAPER_RULE_ORDER));
    }
    for note in notes {
        out.push_str(&format!("<li>{note}</li>\n"));
    }
    out.push_str("</ul>\n</section>\n");
    out
}

/// The answers to a trigger that raise its flag in every phase: a point on
/// the scale at or below the flag's threshold (after reversal), or
/// "absent". A status answered "not yet" raises it only once the
/// partnership has started; a note under the table says so.
pub(super) fn raising_answers(flag: &Flag, item: &Item) -> Vec<Answer> {
    Answer::options(item)
        .into_iter()
        .filter(|answer| match answer {
            Answer::Agreement(a) => a.score(item.reverse) <= flag.at_most,
            Answer::Status(s) => *s == Status::Absent,
            Answer::NotApplicable | Answer::DontKnow => false,
        })
        .collect()
}

fn row(sheet: &Sheet, flag: &Flag) -> String {
    let lang = sheet.lang;
    // Most flags always apply; the few that do not say so under their
    // title rather than in a column of their own.
    let applies = flag.when.as_ref().map_or_else(String::new, |condition| {
        let words = sheet.condition(condition, Reader::Facilitator);
        format!(
            "<br><span class=\"kr-muted\">{}</span>",
            sheet.fill(texts::PAPER_ONLY_IF, &[("condition", &words)])
        )
    });
    let triggers = triggers(sheet, flag);
    format!(
        "<tr data-flag=\"{}\"><td>{}{applies}</td><td>{}</td><td>{}</td><td>{BOX}</td></tr>\n",
        escape(&flag.id),
        escape(flag.title.get(lang)),
        if triggers.is_empty() {
            "—".to_owned()
        } else {
            triggers.join("<br>")
        },
        sheet.e(texts::level_key(flag.cap)),
    )
}

/// The statements that raise a flag with the answers that do: "12:
/// 'Disagree' or 'Strongly disagree'", and for a status which box, as step
/// 2 names them, since the facilitator reads a box faster than each
/// question's own words. Statements raised by the same answers share a
/// line; those the mode does not ask are left out.
fn triggers(sheet: &Sheet, flag: &Flag) -> Vec<String> {
    let mut lines: Vec<(Vec<String>, String)> = Vec::new();
    for item in flag.items.iter().filter_map(|id| sheet.content.item(id)) {
        let Some(number) = sheet.numbers.statement(&item.id) else {
            continue;
        };
        let reference = format!(
            "<span class=\"kr-ref\" data-item=\"{}\">{number}</span>",
            escape(&item.id)
        );
        let answers = escape(&raised_by(sheet, flag, item));
        match lines.last_mut() {
            Some((numbers, same)) if *same == answers => numbers.push(reference),
            _ => lines.push((vec![reference], answers)),
        }
    }
    lines
        .into_iter()
        .map(|(numbers, answers)| format!("{}: {answers}", numbers.join(", ")))
        .collect()
}

/// The answers to `item` that raise `flag` in every phase, in words; the
/// notes under the table add "not yet" once started.
fn raised_by(sheet: &Sheet, flag: &Flag, item: &Item) -> String {
    let labels: Vec<&str> = raising_answers(flag, item)
        .into_iter()
        .map(|a| match a {
            Answer::Status(s) => sheet.t(super::tally_points::status_key(s)),
            other => answer_label(sheet.content, item, other, sheet.lang),
        })
        .collect();
    sheet.either(&labels)
}

fn rule_text(sheet: &Sheet, flag: &Flag, rule: &Rule) -> String {
    let condition = sheet.condition(&rule.when, Reader::Facilitator);
    let effect = match rule.effect {
        Effect::Settle => sheet.t(texts::PAPER_EFFECT_SETTLE).to_owned(),
        Effect::Waive => {
            let numbers: Vec<String> = flag
                .items
                .iter()
                .filter_map(|id| sheet.numbers.statement(id))
                .map(|n| n.to_string())
                .collect();
            texts::fill(
                sheet.t(texts::PAPER_EFFECT_WAIVE),
                &[("numbers", &numbers.join(", "))],
            )
        }
        Effect::Cap => texts::fill(
            sheet.t(texts::PAPER_EFFECT_CAP),
            &[(
                "level",
                sheet.t(texts::level_key(rule.cap.unwrap_or(flag.cap))),
            )],
        ),
    };
    sheet.fill(
        texts::PAPER_FLAG_RULE,
        &[("condition", &condition), ("effect", &effect)],
    )
}

/// Whether some flag has rules with different effects, so that the order
/// in which the model lets them win needs saying.
fn rules_compete(sheet: &Sheet) -> bool {
    let content = sheet.content;
    content.flags.iter().any(|flag| {
        let mut effects = content
            .rules
            .iter()
            .filter(|r| r.flags.contains(&flag.id))
            .map(|r| r.effect);
        effects
            .next()
            .is_some_and(|first| effects.any(|other| other != first))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::Content;
    use crate::model::evaluation::Evaluation;
    use crate::model::flag::FlagState;
    use crate::model::response::{Mode, Response};

    /// A started partnership in which every flag and trigger applies and no
    /// judgement rule changes a flag.
    fn started(content: &Content) -> Response {
        let mut response = Response::new(content, Mode::Full);
        for (question, choice) in [
            ("phase", "running"),
            ("personal_data", "yes"),
            ("private_coercion", "yes"),
            ("police_tasks", "order"),
        ] {
            response
                .classification
                .insert(question.to_owned(), vec![choice.to_owned()]);
        }
        response
    }

    #[test]
    fn the_answers_the_sheet_lists_are_the_ones_that_raise_the_flag_in_the_app() {
        let content = Content::builtin().expect("the built-in content reads");
        for flag in &content.flags {
            for item in flag.items.iter().filter_map(|id| content.item(id)) {
                let listed = raising_answers(flag, item);
                for answer in Answer::options(item).into_iter().chain([Answer::DontKnow]) {
                    let mut response = started(&content);
                    response.set(&item.id, answer);
                    let raised = Evaluation::of(&content, &response)
                        .flag(&flag.id)
                        .is_some_and(|f| f.state == FlagState::Raised);
                    // Once started, "not yet" raises too: the notes under
                    // the table say so for every status question.
                    let on_sheet =
                        listed.contains(&answer) || answer == Answer::Status(Status::NotYet);
                    assert_eq!(raised, on_sheet, "{} by {} = {answer:?}", flag.id, item.id);
                }
            }
        }
    }
}
