//! Step 1 of the tally sheet: what the situation answers decide. Whether the
//! partnership is still forming, which statements count, and which form of
//! partnership the judgement rules read, with the votes the model counts.

use super::numbering::letter;
use super::words::{Reader, Sheet, BOX};
use crate::model::condition::{Condition, MODEL};
use crate::model::content::{Content, Question, QuestionRole};
use crate::session::html::escape;
use crate::session::texts;
use std::collections::BTreeMap;

/// The step that works out the partnership form; the flag rules refer to it.
pub(super) const STEP: usize = 1;

pub(super) fn step(sheet: &Sheet) -> String {
    let mut out = format!(
        "<section data-step=\"situation\">\n<h2>{STEP}. {}</h2>\n",
        sheet.e(texts::PAPER_STEP_SITUATION)
    );
    if let Some(phase) = sheet.content.question_with_role(QuestionRole::Phase) {
        let forming = Condition(BTreeMap::from([(
            phase.id.clone(),
            sheet.content.verdict.settle_phases.clone(),
        )]));
        let words = sheet.condition(&forming, Reader::Respondent);
        out.push_str(&format!(
            "<p>{} <span class=\"kr-choice\">{BOX}{}</span> <span class=\"kr-choice\">{BOX}{}</span></p>\n",
            sheet.fill(texts::PAPER_FORMING, &[("condition", &words)]),
            sheet.e(texts::PAPER_FORMING_BOX),
            sheet.e(texts::PAPER_STARTED_BOX),
        ));
    }
    out.push_str(&format!(
        "<p>{}</p>\n",
        sheet.fill(
            texts::PAPER_CROSS_OUT,
            &[
                ("dont_know", sheet.t(texts::ANSWER_DONT_KNOW)),
                ("step", &super::tally_flags::STEP.to_string()),
            ]
        )
    ));
    if reads_the_form(sheet.content) {
        out.push_str(&form(sheet));
    }
    out.push_str("</section>\n");
    out
}

/// Whether any condition of the content reads the partnership form; if
/// none does, the sheet need not work it out.
pub(super) fn reads_the_form(content: &Content) -> bool {
    let reads = |c: &Condition| c.0.contains_key(MODEL);
    content
        .items
        .iter()
        .filter_map(|i| i.when.as_ref())
        .any(reads)
        || content
            .flags
            .iter()
            .filter_map(|f| f.when.as_ref())
            .any(reads)
        || content.rules.iter().any(|r| reads(&r.when))
        || content
            .dimensions
            .iter()
            .flat_map(|d| &d.weight_rules)
            .any(|w| reads(&w.when))
}

/// The votes of the situation questions per form, and the rules of
/// `ModelFit::applied` in the order it tries them.
fn form(sheet: &Sheet) -> String {
    let content = sheet.content;
    let lang = sheet.lang;
    let situation: Vec<(&String, &Question)> = sheet
        .numbers
        .questions
        .iter()
        .filter(|(_, q)| q.role == QuestionRole::Situation)
        .map(|(label, q)| (label, *q))
        .collect();
    // One row per form and one column per question keeps the table short.
    let mut out = format!(
        "<h3>{}</h3>\n<p>{}</p>\n<table class=\"kr-compact\">\n<tr><th></th>",
        sheet.e(texts::PAPER_FORM_HEADING),
        sheet.e(texts::PAPER_FORM_VOTES)
    );
    for (label, _) in &situation {
        out.push_str(&format!("<th>{}</th>", escape(label)));
    }
    out.push_str(&format!("<th>{}</th></tr>\n", sheet.e(texts::PAPER_VOTES)));
    for model in &content.models {
        out.push_str(&format!(
            "<tr data-form=\"{}\"><th>{}</th>",
            escape(&model.id),
            escape(model.name.get(lang))
        ));
        for (_, q) in &situation {
            let votes: Vec<String> = q
                .choices
                .iter()
                .enumerate()
                .filter_map(|(i, c)| {
                    let points: Vec<&str> = c.points_at().collect();
                    points
                        .contains(&model.id.as_str())
                        .then(|| format!("{}{}", letter(i), share(points.len())))
                })
                .collect();
            out.push_str(&format!("<td>{}</td>", votes.join(", ")));
        }
        out.push_str("<td class=\"kr-write\"></td></tr>\n");
    }
    out.push_str("</table>\n");
    let intended = content
        .question_with_role(QuestionRole::IntendedModel)
        .and_then(|q| sheet.numbers.question(&q.id));
    out.push_str("<ol class=\"kr-rules\">\n");
    if let Some(question) = intended {
        for key in [
            texts::PAPER_FORM_INTENDED_MOST,
            texts::PAPER_FORM_INTENDED_VOTED,
            texts::PAPER_FORM_NO_VOTES,
        ] {
            out.push_str(&format!(
                "<li>{}</li>\n",
                sheet.fill(key, &[("question", question)])
            ));
        }
    }
    out.push_str(&format!(
        "<li>{}</li>\n</ol>\n<p>",
        sheet.e(texts::PAPER_FORM_MOST)
    ));
    for model in &content.models {
        out.push_str(&format!(
            "<span class=\"kr-choice\">{BOX}{}</span> ",
            escape(model.name.get(lang))
        ));
    }
    out.push_str(&format!(
        "<span class=\"kr-choice\">{BOX}{}</span></p>\n",
        sheet.e(texts::PAPER_UNDECIDED)
    ));
    out
}

/// The share of a vote a choice gives each of the `forms` it points at.
fn share(forms: usize) -> String {
    match forms {
        0 | 1 => String::new(),
        2 => " ½".to_owned(),
        n => format!(" 1/{n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::response::Mode;

    #[test]
    fn the_form_table_gives_each_situation_choice_its_share_of_a_vote() {
        let content = Content::builtin().expect("the built-in content reads");
        assert!(
            reads_the_form(&content),
            "the content's rules read the form"
        );
        let sheet = Sheet::new(&content, Mode::Quick, "en");
        let html = step(&sheet);
        // The initiator's "government" choice points at two forms: half a
        // vote each; a choice pointing at one form gives a whole vote.
        let initiator = content.question("initiator").expect("initiator");
        let government = initiator
            .choices
            .iter()
            .position(|c| c.id == "government")
            .expect("government");
        let row = |form: &str| {
            let start = html
                .find(&format!("data-form=\"{form}\""))
                .expect("a row per form");
            &html[start..start + html[start..].find("</tr>").expect("end")]
        };
        let half = format!("<td>{} ½", letter(government));
        assert!(row("concession").contains(&half) && row("alliance").contains(&half));
        assert!(!row("third").contains(&half));
        assert!(html.contains("Otherwise no form applies"));
        let intended = sheet.numbers.question("intended_model").expect("numbered");
        assert!(html.contains(&format!("ticked at question {intended}")));
    }
}
