//! The report's lists: the first steps, what must change, what to find out
//! first, and what to settle as the partnership forms.

use super::doc::{esc, Doc};
use super::phrases::{cleared_text, settle_text, unknown_lines};
use super::Writer;
use crate::model::content::Content;
use crate::model::find_out::find_out;
use crate::model::first_steps::{first_steps_for, Step};
use crate::model::must_change::{must_change, MustChange};
use crate::model::response::Response;
use crate::model::to_settle::to_settle;
use crate::model::verdict::{Level, Outcome};
use crate::session::language::whole;
use crate::session::texts::{self, answer_text, fill};

impl Writer<'_> {
    /// At most three steps to start with, as the result shows them under
    /// the verdict.
    pub(super) fn first_steps(&mut self) {
        let (content, response, lang) = (self.content, self.response, self.lang);
        let t = |key| content.ui(key, lang);
        let out = &mut self.out;
        out.heading(2, t(texts::FIRST_HEADING));
        let steps = first_steps_for(content, response);
        if steps.is_empty() {
            out.para(esc(t(texts::FIRST_NONE)));
            return;
        }
        for (n, step) in steps.iter().enumerate() {
            let Some(item) = content.item(step.item()) else {
                continue;
            };
            let action = match step {
                Step::FindOut { .. } => &item.text,
                _ => &item.recommendation,
            };
            out.line(format!(
                "{}. {} *{}*",
                n + 1,
                esc(action.get(lang)),
                esc(t(texts::first_step_key(step)))
            ));
        }
        out.blank();
    }

    /// What must change to reach the next level; absent when promising.
    pub(super) fn must_change(&mut self) {
        let (content, response, lang) = (self.content, self.response, self.lang);
        let t = |key| content.ui(key, lang);
        let outcome = self.evaluation.verdict.outcome;
        let out = &mut self.out;
        if let Outcome::Level(level) = outcome {
            if level != Level::Promising {
                out.heading(2, t(texts::MUST_HEADING));
                match must_change(content, response) {
                    None => out.para(esc(t(texts::MUST_BLOCKED))),
                    Some(plan) => must_change_section(out, content, lang, &plan),
                }
            }
        }
    }

    /// What to find out first, the answers that could move the verdict ahead.
    pub(super) fn find_out(&mut self) {
        let (content, response, lang) = (self.content, self.response, self.lang);
        let t = |key| content.ui(key, lang);
        let outcome = self.evaluation.verdict.outcome;
        let out = &mut self.out;
        out.heading(2, t(texts::FIND_HEADING));
        let unknowns = find_out(content, response);
        if unknowns.is_empty() {
            out.para(esc(t(texts::FIND_NONE)));
        } else {
            out.line(esc(t(texts::FIND_INTRO)));
            let (decisive, rest): (Vec<_>, Vec<_>) =
                unknowns.iter().partition(|u| u.decisive(outcome));
            for u in &decisive {
                out.line(format!("- {}", statement(content, response, lang, &u.item)));
                for line in unknown_lines(content, lang, u, outcome) {
                    out.line(format!("  {}", esc(&line)));
                }
            }
            if !rest.is_empty() {
                out.blank();
                out.line(esc(t(texts::FIND_ALSO)));
                for u in &rest {
                    out.line(format!("- {}", statement(content, response, lang, &u.item)));
                }
            }
            out.blank();
        }
    }

    /// What to settle as the partnership forms.
    pub(super) fn settle(&mut self) {
        let (content, response, lang) = (self.content, self.response, self.lang);
        let t = |key| content.ui(key, lang);
        let out = &mut self.out;
        let settle = to_settle(content, response);
        if !settle.is_empty() {
            out.heading(2, t(texts::SETTLE_HEADING));
            out.line(esc(t(texts::SETTLE_INTRO)));
            for point in &settle {
                let (title, advice) = settle_text(content, lang, point);
                out.line(format!("- **{}** {}", esc(&title), esc(&advice)));
            }
            out.blank();
        }
    }
}

/// A statement with the answer given to it, for lists in the report.
pub(super) fn statement(content: &Content, response: &Response, lang: &str, item: &str) -> String {
    let Some(i) = content.item(item) else {
        return esc(item);
    };
    let given = fill(
        content.ui(texts::YOUR_ANSWER, lang),
        &[(
            "answer",
            answer_text(content, i, response.answer(item), lang),
        )],
    );
    format!("{} *{}*", esc(i.text.get(lang)), esc(&given))
}

fn must_change_section(out: &mut Doc, content: &Content, lang: &str, plan: &MustChange) {
    let t = |key| content.ui(key, lang);
    let count = plan.changes.len();
    let key = if count == 1 {
        texts::MUST_INTRO_ONE
    } else {
        texts::MUST_INTRO_MANY
    };
    out.line(esc(&fill(
        t(key),
        &[
            ("count", &count.to_string()),
            ("level", t(texts::level_key(plan.to))),
        ],
    )));
    for change in &plan.changes {
        let Some(item) = content.item(&change.item) else {
            continue;
        };
        out.line(format!("1. {}", esc(item.text.get(lang))));
        let detail = fill(
            t(texts::MUST_CHANGE),
            &[
                ("from", answer_text(content, item, change.from, lang)),
                ("to", answer_text(content, item, Some(change.to), lang)),
            ],
        );
        out.line(format!("   {}", esc(&detail)));
        for cleared in &change.clears {
            out.line(format!("   {}", esc(&cleared_text(content, lang, cleared))));
        }
        out.line(format!(
            "   **{}** {}",
            esc(t(texts::FLAG_WHAT_TO_DO)),
            esc(item.recommendation.get(lang))
        ));
    }
    if let Some(threshold) = plan.lifts_overall {
        out.line(esc(&fill(
            t(texts::MUST_LIFTS_OVERALL),
            &[("threshold", &whole(threshold))],
        )));
    }
    out.blank();
}
