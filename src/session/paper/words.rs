//! What both documents say alike: the header, the boxes and lines to write
//! in, the words of an answer, numbers, and conditions in words.

use super::numbering::Numbering;
use crate::model::answer::Answer;
use crate::model::condition::{Condition, MODEL};
use crate::model::content::{Content, Item, QuestionRole};
use crate::model::response::Mode;
use crate::session::html::escape;
use crate::session::texts::{self, fill};

/// A tick box: a bordered square rather than a glyph, which every printer
/// draws and no font can lack.
pub(super) const BOX: &str = "<span class=\"kr-box\"></span>";

/// A line to write on.
pub(super) const LINE: &str = "<span class=\"kr-line\"></span>";

/// Stands in for a write-in line while a text is escaped; escaping leaves
/// it alone and no text of ours contains it.
const LINE_MARK: char = '\u{1}';

/// The style both documents add to the shared one: boxes, lines to write on,
/// and choices in two columns, which keeps long situation questions short.
pub(super) const STYLE: &str = "\
.kr-box{display:inline-block;width:.85em;height:.85em;border:1.5px solid #000;border-radius:2px;vertical-align:-.12em;margin-right:.35em;flex:none}\
.kr-line{display:inline-block;min-width:14em;border-bottom:1px solid #000;margin-left:.4em}\
.kr-fills{display:flex;flex-wrap:wrap;gap:0 2rem}.kr-fill{margin:.4rem 0}.kr-letter{font-weight:600;margin-right:.3em}\
.kr-options{list-style:none;padding:0;margin:.3rem 0;display:grid;grid-template-columns:1fr 1fr;gap:.2rem 1.2rem}\
.kr-options li{display:flex;align-items:baseline}\
@media print{@page{margin:14mm}.kr-box{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

/// Who reads a condition: the respondent, who sees only the questions, or
/// the facilitator, who has worked out the phase and the form in step 1 of
/// the tally sheet and can be pointed there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Reader {
    Respondent,
    Facilitator,
}

/// What a document is written from: the content, its language and the
/// numbers of the mode.
pub(super) struct Sheet<'c> {
    pub content: &'c Content,
    pub lang: &'c str,
    pub mode: Mode,
    pub numbers: Numbering<'c>,
}

impl<'c> Sheet<'c> {
    pub fn new(content: &'c Content, mode: Mode, lang: &'c str) -> Sheet<'c> {
        Sheet {
            content,
            lang,
            mode,
            numbers: Numbering::new(content, mode, lang),
        }
    }

    /// An interface text, as it stands.
    pub fn t(&self, key: &'static str) -> &'c str {
        self.content.ui(key, self.lang)
    }

    /// An interface text, escaped.
    pub fn e(&self, key: &'static str) -> String {
        escape(self.t(key))
    }

    /// An interface text with its placeholders filled, escaped.
    pub fn fill(&self, key: &'static str, values: &[(&str, &str)]) -> String {
        escape(&fill(self.t(key), values))
    }

    /// The name of the mode, such as "quick scan".
    pub fn mode_name(&self) -> &'c str {
        self.t(texts::mode_key(self.mode))
    }

    /// An interface text whose placeholder `name` becomes a line to write on.
    pub fn with_line(&self, key: &'static str, name: &str) -> String {
        let mark = LINE_MARK.to_string();
        escape(&fill(self.t(key), &[(name, &mark)])).replace(LINE_MARK, LINE)
    }

    /// The top of a document: app, mode and content version, the title, and
    /// lines for who answered and when.
    pub fn header(&self, title: &str) -> String {
        let version = fill(
            self.t(texts::REPORT_VERSION),
            &[("version", &self.content.version)],
        );
        format!(
            "<header>\n<p class=\"kr-muted\">{} · {} · {}</p>\n<h1>{}</h1>\n<div class=\"kr-fills\">\n\
             <p class=\"kr-fill\">{}{LINE}</p>\n<p class=\"kr-fill\">{}{LINE}</p>\n\
             <p class=\"kr-fill\">{}</p>\n</div>\n</header>\n",
            self.e(texts::APP_NAME),
            escape(self.mode_name()),
            escape(&version),
            escape(title),
            self.e(texts::PAPER_RESPONDENT),
            self.e(texts::START_NAME_LABEL),
            self.with_line(texts::REPORT_DATE, "date"),
        )
    }

    /// `words` quoted and joined as alternatives: 'a', 'b' or 'c'.
    pub fn either(&self, words: &[&str]) -> String {
        let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        match quoted.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => {
                format!("{} {} {last}", rest.join(", "), self.t(texts::ANSWER_OR))
            }
        }
    }

    /// A number as the language writes it: whole numbers without a
    /// fraction, others with the language's decimal mark.
    pub fn number(&self, value: f64) -> String {
        if (value - value.round()).abs() < 1e-9 {
            crate::session::language::whole(value)
        } else {
            format!("{value}").replace('.', self.t(texts::PAPER_DECIMAL_MARK))
        }
    }

    /// A condition in words, not escaped: one clause per question it reads,
    /// joined by "and".
    pub fn condition(&self, condition: &Condition, reader: Reader) -> String {
        let clauses: Vec<String> = condition
            .0
            .iter()
            .map(|(question, allowed)| {
                if question == MODEL {
                    self.form_clause(allowed, reader)
                } else if reader == Reader::Facilitator && self.is_forming(question, allowed) {
                    self.fill_step(texts::PAPER_IF_FORMING, &[])
                } else {
                    self.question_clause(question, allowed)
                }
            })
            .collect();
        clauses.join(&format!(" {} ", self.t(texts::PAPER_AND)))
    }

    /// Whether a condition on `question` says "still forming", which step 1
    /// has already worked out.
    fn is_forming(&self, question: &str, allowed: &[String]) -> bool {
        let settle = &self.content.verdict.settle_phases;
        self.content
            .question(question)
            .is_some_and(|q| q.role == QuestionRole::Phase)
            && allowed.len() == settle.len()
            && allowed.iter().all(|p| settle.contains(p))
    }

    /// A text that may name step 1 of the tally sheet, where the phase and
    /// the form are worked out; not escaped.
    fn fill_step(&self, key: &'static str, values: &[(&str, &str)]) -> String {
        let step = super::tally_situation::STEP.to_string();
        let mut values = values.to_vec();
        values.push(("step", &step));
        fill(self.t(key), &values)
    }

    fn form_clause(&self, allowed: &[String], reader: Reader) -> String {
        let names: Vec<&str> = allowed
            .iter()
            .map(|id| match self.content.model(id) {
                Some(m) => m.name.get(self.lang),
                None => self.t(texts::PAPER_UNDECIDED),
            })
            .collect();
        let key = match reader {
            Reader::Respondent => texts::PAPER_IF_FORM,
            Reader::Facilitator => texts::PAPER_IF_FORM_APPLIES,
        };
        self.fill_step(key, &[("forms", &self.either(&names))])
    }

    /// Names the choices that meet the condition, or, when fewer, those
    /// that do not: "something other than 'No police tasks'" reads better
    /// than four long labels. A question left blank counts as its default,
    /// so the clause says when a blank meets the condition.
    fn question_clause(&self, id: &str, allowed: &[String]) -> String {
        let Some(q) = self.content.question(id) else {
            return id.to_owned();
        };
        let (inside, outside): (Vec<_>, Vec<_>) =
            q.choices.iter().partition(|c| allowed.contains(&c.id));
        let blank_meets = allowed.contains(&q.default);
        let negative = !outside.is_empty() && outside.len() < inside.len();
        let key = match (negative, blank_meets) {
            (false, false) => texts::PAPER_IF_TICKED,
            (false, true) => texts::PAPER_IF_TICKED_OR_BLANK,
            (true, false) => texts::PAPER_IF_OTHER,
            (true, true) => texts::PAPER_IF_OTHER_OR_BLANK,
        };
        let named = if negative { outside } else { inside };
        let labels: Vec<&str> = named.iter().map(|c| c.label.get(self.lang)).collect();
        fill(
            self.t(key),
            &[
                ("question", self.numbers.question(id).unwrap_or(id)),
                ("choices", &self.either(&labels)),
            ],
        )
    }
}

/// How an answer to `item` reads on screen: a status and "not applicable"
/// in the item's own words, the rest in the interface's.
pub(super) fn answer_label<'c>(
    content: &'c Content,
    item: &'c Item,
    answer: Answer,
    lang: &str,
) -> &'c str {
    match (answer, &item.not_applicable) {
        (Answer::NotApplicable, Some(label)) => label.get(lang),
        _ => texts::answer_text(content, item, Some(answer), lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn sheet<'c>(content: &'c Content, lang: &'c str) -> Sheet<'c> {
        Sheet::new(content, Mode::Full, lang)
    }

    #[test]
    fn alternatives_and_numbers_read_as_the_language_writes_them() {
        let content = Content::builtin().expect("the built-in content reads");
        let nl = sheet(&content, "nl");
        assert_eq!(nl.either(&["a", "b", "c"]), "'a', 'b' of 'c'");
        assert_eq!(nl.either(&["a"]), "'a'");
        assert_eq!(nl.number(1.5), "1,5");
        assert_eq!(sheet(&content, "en").number(1.5), "1.5");
        assert_eq!(nl.number(60.0), "60");
    }

    #[test]
    fn a_condition_names_the_shorter_side_and_whether_a_blank_meets_it() {
        let content = Content::builtin().expect("the built-in content reads");
        let en = sheet(&content, "en");
        let condition = |q: &str, allowed: &[&str]| {
            let allowed = allowed.iter().map(|s| (*s).to_owned()).collect();
            Condition(BTreeMap::from([(q.to_owned(), allowed)]))
        };
        let phase = en.condition(
            &condition("phase", &["start", "running"]),
            Reader::Respondent,
        );
        assert!(phase.starts_with("you ticked 'Start:"), "{phase}");
        assert!(phase.ends_with("at question S1"), "{phase}");
        let police = en.condition(
            &condition(
                "police_tasks",
                &["order", "assistance", "investigation", "unknown"],
            ),
            Reader::Facilitator,
        );
        assert_eq!(
            police,
            "you ticked something other than 'No police tasks' at question S3, or nothing there"
        );
    }

    #[test]
    fn the_facilitator_is_pointed_to_step_one_for_the_phase_and_the_form() {
        let content = Content::builtin().expect("the built-in content reads");
        let en = sheet(&content, "en");
        let forming = Condition(BTreeMap::from([(
            "phase".to_owned(),
            content.verdict.settle_phases.clone(),
        )]));
        assert_eq!(
            en.condition(&forming, Reader::Facilitator),
            "the partnership is forming (step 1)"
        );
        assert!(en
            .condition(&forming, Reader::Respondent)
            .starts_with("you ticked 'Idea"));
        let third = Condition(BTreeMap::from([(
            "model".to_owned(),
            vec!["third".to_owned()],
        )]));
        let facilitator = en.condition(&third, Reader::Facilitator);
        assert!(facilitator.contains("'Third direction") && facilitator.ends_with("(step 1)"));
        assert!(en
            .condition(&third, Reader::Respondent)
            .contains("if in doubt"));
    }

    #[test]
    fn a_date_line_is_a_line_and_the_text_around_it_is_escaped() {
        let content = Content::builtin().expect("the built-in content reads");
        let line = sheet(&content, "en").with_line(texts::REPORT_DATE, "date");
        assert_eq!(line, format!("Date: {LINE}"));
    }
}
