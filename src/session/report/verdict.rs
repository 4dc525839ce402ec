//! The report's opening: title, date and version, the verdict with its
//! reasons, the knock-outs and conditions that hold it down, and the scores.

use super::doc::esc;
use super::lists::statement;
use super::phrases::{citations, flag_title, part_title, reason_text};
use super::Writer;
use crate::model::flag::FlagStatus;
use crate::session::language::whole;
use crate::session::texts::{self, fill};

impl Writer<'_> {
    /// The title, the partnership's name, the mode, the date and the version.
    pub(super) fn header(&mut self, date: &str, name: &str) {
        let (content, response, lang) = (self.content, self.response, self.lang);
        let t = |key| content.ui(key, lang);
        let out = &mut self.out;

        out.line(format!("# {}", esc(t(texts::REPORT_TITLE))));
        if !name.trim().is_empty() {
            out.line(esc(&fill(t(texts::RESULT_FOR), &[("name", name.trim())])));
        }
        let mode = t(texts::mode_key(response.mode));
        out.para(esc(&fill(t(texts::RESULT_MODE), &[("mode", mode)])));
        out.para(format!(
            "{} · {}",
            esc(&fill(t(texts::REPORT_DATE), &[("date", date)])),
            esc(&fill(
                t(texts::REPORT_VERSION),
                &[("version", &content.version)]
            ))
        ));
    }

    /// The verdict, what it means, how complete the answers are, and why.
    pub(super) fn verdict(&mut self) {
        let (content, lang) = (self.content, self.lang);
        let t = |key| content.ui(key, lang);
        let e = &self.evaluation;
        let out = &mut self.out;
        let outcome = e.verdict.outcome;
        out.heading(2, t(texts::VERDICT_LABEL));
        out.para(format!("**{}**", esc(t(texts::outcome_key(outcome)))));
        out.para(esc(t(texts::meaning_key(outcome))));
        let certainty = whole(e.verdict.certainty * 100.0);
        out.para(esc(&fill(
            t(texts::VERDICT_CERTAINTY),
            &[("percent", &certainty)],
        )));
        out.heading(3, t(texts::REASONS_HEADING));
        for reason in &e.verdict.reasons {
            out.line(format!("- {}", esc(&reason_text(content, lang, reason))));
        }
        out.blank();
    }

    /// Knock-outs and conditions: what holds the verdict down now.
    pub(super) fn flags(&mut self) {
        let (content, response, lang) = (self.content, self.response, self.lang);
        let t = |key| content.ui(key, lang);
        let e = &self.evaluation;
        let out = &mut self.out;
        out.heading(2, t(texts::FLAGS_HEADING));
        let capping: Vec<&FlagStatus> = e.flags.iter().filter(|f| f.caps()).collect();
        if capping.is_empty() {
            out.para(esc(t(texts::FLAGS_NONE)));
        }
        for status in capping {
            let Some(flag) = content.flag(&status.flag) else {
                continue;
            };
            let pending = status.not_yet;
            out.heading(3, flag_title(content, lang, &flag.id, pending));
            out.para(format!(
                "**{}** {}",
                esc(t(if pending {
                    texts::FLAG_PENDING
                } else {
                    texts::FLAG_RAISED
                })),
                esc(&fill(
                    t(texts::FLAG_CAP),
                    &[("level", t(texts::level_key(status.cap)))]
                ))
            ));
            let (explanation, advice) = match (&flag.pending, pending) {
                (Some(p), true) => (p.explanation.get(lang), p.recommendation.get(lang)),
                _ => (flag.explanation.get(lang), flag.recommendation.get(lang)),
            };
            out.para(esc(explanation));
            out.line(esc(t(texts::FLAG_CAUSED_BY)));
            for item in &status.items {
                out.line(format!("- {}", statement(content, response, lang, item)));
            }
            out.blank();
            out.para(format!(
                "**{}** {}",
                esc(t(texts::FLAG_WHAT_TO_DO)),
                esc(advice)
            ));
            for rule in status.rules.iter().filter_map(|id| content.rule(id)) {
                out.para(esc(&fill(
                    t(texts::FLAG_RULE),
                    &[("because", rule.because.get(lang))],
                )));
            }
            out.para(format!(
                "{} {}",
                esc(t(texts::SOURCES_LABEL)),
                esc(&citations(content, &flag.sources))
            ));
        }
    }

    /// The scores, as a table.
    pub(super) fn scores(&mut self) {
        let (content, lang) = (self.content, self.lang);
        let t = |key| content.ui(key, lang);
        let e = &self.evaluation;
        let out = &mut self.out;
        out.heading(2, t(texts::CHART_HEADING));
        out.line(format!(
            "| {} | {} | {} | {} |",
            esc(t(texts::CHART_COL_PART)),
            esc(t(texts::CHART_COL_SCORE)),
            esc(t(texts::CHART_COL_BAND)),
            esc(t(texts::CHART_COL_ANSWERED))
        ));
        out.line("|---|---:|---|---:|".to_owned());
        let rules = &content.verdict;
        let bounds = [
            ("low", whole(rules.not_yet_below)),
            ("high", whole(rules.promising_from)),
        ];
        let bounds: Vec<(&str, &str)> = bounds.iter().map(|(n, v)| (*n, v.as_str())).collect();
        for d in e.dimensions.iter().filter(|d| d.applies()) {
            let (score, band) = match d.score {
                Some(v) => {
                    let band = if v < rules.not_yet_below {
                        texts::CHART_BAND_LOW
                    } else if v < rules.promising_from {
                        texts::CHART_BAND_MID
                    } else {
                        texts::CHART_BAND_HIGH
                    };
                    (whole(v), fill(t(band), &bounds))
                }
                None => (t(texts::CHART_NO_SCORE).to_owned(), String::new()),
            };
            out.line(format!(
                "| {} | {} | {} | {}% |",
                esc(&part_title(content, lang, &d.dimension)),
                esc(&score),
                esc(&band),
                whole(d.certainty() * 100.0)
            ));
        }
        out.blank();
    }
}
