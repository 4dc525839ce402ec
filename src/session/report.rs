//! The downloadable report: one respondent's result as a self-contained
//! Markdown document, in the language chosen, for a file, an e-mail or a
//! meeting's minutes.
//!
//! Every sentence comes from `content/ui.toml` (through [`Content::ui`]) or
//! from the content itself, so the report is as bilingual as the screen.
//! The date is an argument: the model keeps no clock.

use crate::model::content::{Citation, Content, Scope};
use crate::model::evaluation::Evaluation;
use crate::model::find_out::{find_out, Unknown};
use crate::model::flag::FlagStatus;
use crate::model::model_fit::ModelFit;
use crate::model::must_change::{must_change, Cleared, MustChange};
use crate::model::recommendation::recommendations;
use crate::model::response::Response;
use crate::model::to_settle::{to_settle, Settle};
use crate::model::verdict::{Level, Outcome, Reason};
use crate::session::language::whole;
use crate::session::texts::{self as k, answer_text, fill};

/// Recommendations shown per scope, on screen and in the report; the rest
/// follow from the same answers.
pub const TOP_RECOMMENDATIONS: usize = 3;

/// The title of a dimension, such as "D6 Leadership and process".
pub fn part_title(content: &Content, lang: &str, dimension: &str) -> String {
    match content.dimension(dimension) {
        Some(d) => format!("{} {}", d.code, d.title.get(lang)),
        None => dimension.to_owned(),
    }
}

/// One reason behind a verdict, as a sentence.
pub fn reason_text(content: &Content, lang: &str, reason: &Reason) -> String {
    let t = |key| content.ui(key, lang);
    let part = |id: &str| part_title(content, lang, id);
    match reason {
        Reason::Flag {
            flag,
            not_yet,
            warning,
            ..
        } => {
            let title = flag_title(content, lang, flag, *not_yet);
            let key = if *warning {
                k::REASON_FLAG_WARNING
            } else if *not_yet {
                k::REASON_FLAG_PENDING
            } else {
                k::REASON_FLAG_RAISED
            };
            fill(t(key), &[("flag", title)])
        }
        Reason::DimensionBelow {
            dimension,
            score,
            threshold,
            ..
        } => fill(
            t(k::REASON_DIMENSION_BELOW),
            &[
                ("part", &part(dimension)),
                ("score", &whole(*score)),
                ("threshold", &whole(*threshold)),
            ],
        ),
        Reason::OverallBelow { score, threshold } => fill(
            t(k::REASON_OVERALL_BELOW),
            &[("score", &whole(*score)), ("threshold", &whole(*threshold))],
        ),
        Reason::Uncertain { certainty, needed } => fill(
            t(k::REASON_UNCERTAIN),
            &[
                ("certainty", &whole(certainty * 100.0)),
                ("needed", &whole(needed * 100.0)),
            ],
        ),
        Reason::AllClear { overall, lowest } => fill(
            t(k::REASON_ALL_CLEAR),
            &[("overall", &whole(*overall)), ("lowest", &whole(*lowest))],
        ),
    }
}

/// A flag's title in the words of its state: one raised by a "not yet" is
/// named as what is not arranged yet, not as the shortcoming itself.
pub fn flag_title<'a>(content: &'a Content, lang: &str, flag: &'a str, not_yet: bool) -> &'a str {
    let Some(f) = content.flag(flag) else {
        return flag;
    };
    match (&f.pending, not_yet) {
        (Some(p), true) => p.title.get(lang),
        _ => f.title.get(lang),
    }
}

/// Citations as running text: "CCV 2012, 4.4.3 ...; WODC 2019, 2.1".
pub fn citations(content: &Content, sources: &[Citation]) -> String {
    sources
        .iter()
        .map(|c| {
            let short = content
                .source(&c.source)
                .map_or(c.source.as_str(), |s| s.short.as_str());
            format!("{short}, {}", c.section)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The whole report. `name` is the partnership's name (may be empty);
/// `date` is `YYYY-MM-DD`, supplied by the shell.
pub fn markdown(
    content: &Content,
    response: &Response,
    lang: &str,
    date: &str,
    name: &str,
) -> String {
    let t = |key| content.ui(key, lang);
    let e = Evaluation::of(content, response);
    let mut out = Doc::default();

    out.line(format!("# {}", esc(t(k::REPORT_TITLE))));
    if !name.trim().is_empty() {
        out.line(esc(&fill(t(k::RESULT_FOR), &[("name", name.trim())])));
    }
    let mode = t(k::mode_key(response.mode));
    out.para(esc(&fill(t(k::RESULT_MODE), &[("mode", mode)])));
    out.para(format!(
        "{} · {}",
        esc(&fill(t(k::REPORT_DATE), &[("date", date)])),
        esc(&fill(
            t(k::REPORT_VERSION),
            &[("version", &content.version)]
        ))
    ));

    // The verdict and why.
    let outcome = e.verdict.outcome;
    out.heading(2, t(k::VERDICT_LABEL));
    out.para(format!("**{}**", esc(t(k::outcome_key(outcome)))));
    out.para(esc(t(k::meaning_key(outcome))));
    let certainty = whole(e.verdict.certainty * 100.0);
    out.para(esc(&fill(
        t(k::VERDICT_CERTAINTY),
        &[("percent", &certainty)],
    )));
    out.heading(3, t(k::REASONS_HEADING));
    for reason in &e.verdict.reasons {
        out.line(format!("- {}", esc(&reason_text(content, lang, reason))));
    }
    out.blank();

    // Knock-outs and conditions: what holds the verdict down now.
    out.heading(2, t(k::FLAGS_HEADING));
    let capping: Vec<&FlagStatus> = e.flags.iter().filter(|f| f.caps()).collect();
    if capping.is_empty() {
        out.para(esc(t(k::FLAGS_NONE)));
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
                k::FLAG_PENDING
            } else {
                k::FLAG_RAISED
            })),
            esc(&fill(
                t(k::FLAG_CAP),
                &[("level", t(k::level_key(status.cap)))]
            ))
        ));
        let (explanation, advice) = match (&flag.pending, pending) {
            (Some(p), true) => (p.explanation.get(lang), p.recommendation.get(lang)),
            _ => (flag.explanation.get(lang), flag.recommendation.get(lang)),
        };
        out.para(esc(explanation));
        out.line(esc(t(k::FLAG_CAUSED_BY)));
        for item in &status.items {
            out.line(format!("- {}", statement(content, response, lang, item)));
        }
        out.blank();
        out.para(format!(
            "**{}** {}",
            esc(t(k::FLAG_WHAT_TO_DO)),
            esc(advice)
        ));
        for rule in status.rules.iter().filter_map(|id| content.rule(id)) {
            out.para(esc(&fill(
                t(k::FLAG_RULE),
                &[("because", rule.because.get(lang))],
            )));
        }
        out.para(format!(
            "{} {}",
            esc(t(k::SOURCES_LABEL)),
            esc(&citations(content, &flag.sources))
        ));
    }

    // The scores, as a table.
    out.heading(2, t(k::CHART_HEADING));
    out.line(format!(
        "| {} | {} | {} | {} |",
        esc(t(k::CHART_COL_PART)),
        esc(t(k::CHART_COL_SCORE)),
        esc(t(k::CHART_COL_BAND)),
        esc(t(k::CHART_COL_ANSWERED))
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
                    k::CHART_BAND_LOW
                } else if v < rules.promising_from {
                    k::CHART_BAND_MID
                } else {
                    k::CHART_BAND_HIGH
                };
                (whole(v), fill(t(band), &bounds))
            }
            None => (t(k::CHART_NO_SCORE).to_owned(), String::new()),
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

    // The three lists: what must change, what to find out, what to settle.
    if let Outcome::Level(level) = outcome {
        if level != Level::Promising {
            out.heading(2, t(k::MUST_HEADING));
            match must_change(content, response) {
                None => out.para(esc(t(k::MUST_BLOCKED))),
                Some(plan) => must_change_section(&mut out, content, lang, &plan),
            }
        }
    }
    out.heading(2, t(k::FIND_HEADING));
    let unknowns = find_out(content, response);
    if unknowns.is_empty() {
        out.para(esc(t(k::FIND_NONE)));
    } else {
        out.line(esc(t(k::FIND_INTRO)));
        let (decisive, rest): (Vec<_>, Vec<_>) = unknowns.iter().partition(|u| u.decisive(outcome));
        for u in &decisive {
            out.line(format!("- {}", statement(content, response, lang, &u.item)));
            for line in unknown_lines(content, lang, u, outcome) {
                out.line(format!("  {}", esc(&line)));
            }
        }
        if !rest.is_empty() {
            out.blank();
            out.line(esc(t(k::FIND_ALSO)));
            for u in &rest {
                out.line(format!("- {}", statement(content, response, lang, &u.item)));
            }
        }
        out.blank();
    }
    let settle = to_settle(content, response);
    if !settle.is_empty() {
        out.heading(2, t(k::SETTLE_HEADING));
        out.line(esc(t(k::SETTLE_INTRO)));
        for point in &settle {
            let (title, advice) = settle_text(content, lang, point);
            out.line(format!("- **{}** {}", esc(&title), esc(&advice)));
        }
        out.blank();
    }

    // Recommendations per scope, each with its sources.
    out.heading(2, t(k::RECS_HEADING));
    out.para(esc(t(k::RECS_INTRO)));
    let all = recommendations(content, response);
    for (scope, key) in [
        (Scope::Own, k::RECS_OWN),
        (Scope::Partnership, k::RECS_PARTNERSHIP),
    ] {
        out.heading(3, t(key));
        let top: Vec<_> = all
            .iter()
            .filter(|r| r.scope == scope)
            .take(TOP_RECOMMENDATIONS)
            .collect();
        if top.is_empty() {
            out.para(esc(t(k::RECS_NONE)));
            continue;
        }
        for rec in top {
            let Some(item) = content.item(&rec.item) else {
                continue;
            };
            out.line(format!("1. **{}**", esc(item.recommendation.get(lang))));
            let about = fill(
                t(k::RECS_ABOUT),
                &[
                    ("part", &part_title(content, lang, &rec.dimension)),
                    ("statement", item.text.get(lang)),
                ],
            );
            out.line(format!("   {}", esc(&about)));
            out.line(format!(
                "   {} {}",
                esc(t(k::SOURCES_LABEL)),
                esc(&citations(content, &item.sources))
            ));
        }
        out.blank();
    }

    // Which form fits.
    out.heading(2, t(k::FIT_HEADING));
    for line in fit_lines(content, response, lang) {
        out.para(esc(&line));
    }

    // The research behind it all.
    out.heading(2, t(k::SOURCES_HEADING));
    for s in &content.sources {
        out.line(format!(
            "- **{}**: {} ({}, {})",
            esc(&s.short),
            esc(s.title.get(lang)),
            esc(s.publisher.get(lang)),
            esc(&s.year)
        ));
    }
    out.blank();
    out.line("---".to_owned());
    out.line(esc(t(k::VERDICT_DISCLAIMER)));
    out.text
}

/// A statement with the answer given to it, for lists in the report.
fn statement(content: &Content, response: &Response, lang: &str, item: &str) -> String {
    let Some(i) = content.item(item) else {
        return esc(item);
    };
    let given = fill(
        content.ui(k::YOUR_ANSWER, lang),
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
        k::MUST_INTRO_ONE
    } else {
        k::MUST_INTRO_MANY
    };
    out.line(esc(&fill(
        t(key),
        &[
            ("count", &count.to_string()),
            ("level", t(k::level_key(plan.to))),
        ],
    )));
    for change in &plan.changes {
        let Some(item) = content.item(&change.item) else {
            continue;
        };
        out.line(format!("1. {}", esc(item.text.get(lang))));
        let detail = fill(
            t(k::MUST_CHANGE),
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
            esc(t(k::FLAG_WHAT_TO_DO)),
            esc(item.recommendation.get(lang))
        ));
    }
    if let Some(threshold) = plan.lifts_overall {
        out.line(esc(&fill(
            t(k::MUST_LIFTS_OVERALL),
            &[("threshold", &whole(threshold))],
        )));
    }
    out.blank();
}

/// What finding out an unknown could do to the verdict, as sentences.
pub fn unknown_lines(
    content: &Content,
    lang: &str,
    unknown: &Unknown,
    now: Outcome,
) -> Vec<String> {
    let t = |key| content.ui(key, lang);
    let mut lines = Vec::new();
    if unknown.if_worst != now {
        lines.push(fill(
            t(k::FIND_IF_WORST),
            &[("level", t(k::outcome_key(unknown.if_worst)))],
        ));
    }
    if unknown.if_best != now {
        lines.push(fill(
            t(k::FIND_IF_BEST),
            &[("level", t(k::outcome_key(unknown.if_best)))],
        ));
    }
    for (flag, _) in &unknown.could_raise {
        let title = content
            .flag(flag)
            .map_or(flag.as_str(), |f| f.title.get(lang));
        lines.push(fill(t(k::FIND_COULD_RAISE), &[("flag", title)]));
    }
    lines
}

/// A point to settle: its title and the advice for it, in the words of the
/// rule that made it one where there is such a rule.
pub fn settle_text(content: &Content, lang: &str, point: &Settle) -> (String, String) {
    match point {
        Settle::Flag {
            flag,
            rules,
            not_yet,
            ..
        } => {
            let title = flag_title(content, lang, flag, *not_yet).to_owned();
            let rule_advice = rules
                .iter()
                .filter_map(|id| content.rule(id))
                .find_map(|r| r.advice.as_ref());
            let advice = match (rule_advice, content.flag(flag)) {
                (Some(a), _) => a.get(lang).to_owned(),
                (None, Some(f)) => f
                    .pending
                    .as_ref()
                    .map_or(f.recommendation.get(lang), |p| p.recommendation.get(lang))
                    .to_owned(),
                (None, None) => String::new(),
            };
            (title, advice)
        }
        Settle::Item { item } => match content.item(item) {
            Some(i) => (
                i.text.get(lang).to_owned(),
                i.recommendation.get(lang).to_owned(),
            ),
            None => (item.clone(), String::new()),
        },
    }
}

/// Which form the situation points at, what the initiators intend, and
/// where the two part ways, as sentences.
pub fn fit_lines(content: &Content, response: &Response, lang: &str) -> Vec<String> {
    let t = |key| content.ui(key, lang);
    let fit = ModelFit::of(content, &response.classification);
    let name = |id: &str| -> String {
        content
            .model(id)
            .map_or(id, |m| m.name.get(lang))
            .to_owned()
    };
    let mut lines = Vec::new();
    if fit.fitting.is_empty() {
        lines.push(t(k::FIT_UNKNOWN).to_owned());
    } else {
        lines.push(t(k::FIT_POINTS_TO).to_owned());
        for m in fit.fitting.iter().filter_map(|id| content.model(id)) {
            lines.push(format!("{}: {}", m.name.get(lang), m.description.get(lang)));
        }
    }
    if fit.intended.is_empty() {
        lines.push(t(k::FIT_UNDECIDED).to_owned());
    } else {
        let names: Vec<String> = fit.intended.iter().map(|id| name(id)).collect();
        let mut text = fill(t(k::FIT_INTENDED), &[("model", &names.join(" + "))]);
        if fit.is_mix() {
            text = format!("{text} {}", t(k::FIT_MIX));
        }
        if fit.mismatch {
            text = format!("{text} {}", t(k::FIT_MISMATCH));
            for m in fit.intended.iter().filter_map(|id| content.model(id)) {
                text = format!("{text} {}", m.mismatch.get(lang));
            }
        } else if fit.intended.iter().any(|m| fit.fitting.contains(m)) {
            text = format!("{text} {}", t(k::FIT_MATCH));
        }
        lines.push(text);
        if !fit.conflicts.is_empty() {
            lines.push(t(k::FIT_CONFLICTS).to_owned());
            for c in &fit.conflicts {
                let note = content
                    .question(&c.question)
                    .and_then(|q| q.choices.iter().find(|ch| ch.id == c.choice))
                    .and_then(|ch| ch.note.as_ref());
                if let Some(note) = note {
                    lines.push(note.get(lang).to_owned());
                }
            }
        }
    }
    if let Some(applied) = fit.applied() {
        lines.push(fill(t(k::FIT_APPLIED), &[("model", &name(applied))]));
    }
    lines
}

/// What one change clears, as a sentence.
pub fn cleared_text(content: &Content, lang: &str, cleared: &Cleared) -> String {
    let t = |key| content.ui(key, lang);
    match cleared {
        Cleared::Flag { flag, cap } => {
            let title = content
                .flag(flag)
                .map_or(flag.as_str(), |f| f.title.get(lang));
            let key = if *cap == Level::NotYet {
                k::MUST_CLEARS_KNOCKOUT
            } else {
                k::MUST_CLEARS_CONDITION
            };
            fill(t(key), &[("flag", title)])
        }
        Cleared::Dimension {
            dimension,
            threshold,
        } => fill(
            t(k::MUST_CLEARS_PART),
            &[
                ("part", &part_title(content, lang, dimension)),
                ("threshold", &whole(*threshold)),
            ],
        ),
    }
}

/// The Markdown being written, line by line.
#[derive(Default)]
struct Doc {
    text: String,
}

impl Doc {
    fn line(&mut self, line: String) {
        self.text.push_str(&line);
        self.text.push('\n');
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }

    fn para(&mut self, text: String) {
        self.line(text);
        self.blank();
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.para(format!("{} {}", "#".repeat(level), esc(text)));
    }
}

/// Text as literal Markdown: characters that would format, link or break
/// a table cell are escaped, and line breaks become spaces. Names the user
/// typed pass through here too.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::{Agreement, Answer, Status};
    use crate::model::flag::FlagState;
    use crate::model::response::Mode;

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    /// The answer at `value` (1-5) on an item's own scale: a point on the
    /// agreement scale, or for a status 1-2 absent, 3 not yet, 4-5 in place.
    fn at(item: &crate::model::content::Item, value: u8) -> Answer {
        match item.scale {
            crate::model::content::Scale::Agreement => {
                Answer::Agreement(Agreement::new(value).expect("1-5"))
            }
            crate::model::content::Scale::Status => Answer::Status(match value {
                1 | 2 => Status::Absent,
                3 => Status::NotYet,
                _ => Status::InPlace,
            }),
        }
    }

    /// A quick scan of a running partnership with every item answered
    /// `value`, except one "don't know", so every section of the report has
    /// something to say.
    fn response(c: &Content, value: u8) -> Response {
        let mut r = Response::new(c, Mode::Quick);
        r.classification
            .insert("phase".into(), vec!["running".into()]);
        let items = r.applicable_items(c);
        let answers: Vec<(String, Answer)> = items
            .iter()
            .enumerate()
            .map(|(n, i)| {
                let answer = if n == 1 {
                    Answer::DontKnow
                } else {
                    at(i, value)
                };
                (i.id.clone(), answer)
            })
            .collect();
        for (id, a) in answers {
            r.set(&id, a);
        }
        r
    }

    #[test]
    fn the_report_holds_every_part_of_the_result() {
        let c = content();
        let r = response(&c, 2);
        let md = markdown(&c, &r, "en", "2026-03-01", "Haven *Noord*");
        let e = Evaluation::of(&c, &r);
        let t = |key| c.ui(key, "en");
        for expected in [
            t(k::VERDICT_LABEL),
            t(k::outcome_key(e.verdict.outcome)),
            t(k::FLAGS_HEADING),
            t(k::CHART_HEADING),
            t(k::MUST_HEADING),
            t(k::RECS_HEADING),
            t(k::FIT_HEADING),
            t(k::FIND_HEADING),
            t(k::SOURCES_HEADING),
            "2026-03-01",
            c.version.as_str(),
        ] {
            assert!(md.contains(&esc(expected)), "missing {expected:?}:\n{md}");
        }
        let certainty = whole(e.verdict.certainty * 100.0);
        assert!(md.contains(&format!("{certainty}%")), "certainty");
        // The user's name is escaped, not formatted.
        assert!(md.contains(r"Haven \*Noord\*"), "{md}");
        // Every raised flag is there with its explanation.
        let raised: Vec<_> = e
            .flags
            .iter()
            .filter(|f| f.state == FlagState::Raised)
            .collect();
        assert!(!raised.is_empty(), "answers of 2 raise a knock-out");
        for f in raised {
            let flag = c.flag(&f.flag).expect("known flag");
            assert!(md.contains(&esc(flag.title.get("en"))));
            assert!(md.contains(&esc(flag.explanation.get("en"))));
        }
        // One table row per dimension that applies, with its score.
        for d in e.dimensions.iter().filter(|d| d.applies()) {
            let row = format!("| {} | ", esc(&part_title(&c, "en", &d.dimension)));
            assert!(md.contains(&row), "no row for {}", d.dimension);
        }
        // Recommendations carry their sources.
        let first = recommendations(&c, &r).into_iter().next().expect("a rec");
        let item = c.item(&first.item).expect("item");
        assert!(md.contains(&esc(item.recommendation.get("en"))));
        assert!(md.contains(&esc(&citations(&c, &item.sources))));
        // The "don't know" is an open question.
        assert!(md.contains(&esc(t(k::ANSWER_DONT_KNOW))));
    }

    #[test]
    fn the_report_follows_the_language() {
        let c = content();
        let r = response(&c, 4);
        let nl = markdown(&c, &r, "nl", "2026-03-01", "");
        let en = markdown(&c, &r, "en", "2026-03-01", "");
        assert_ne!(nl, en);
        assert!(nl.starts_with(&format!("# {}\n", esc(c.ui(k::REPORT_TITLE, "nl")))));
        assert!(en.contains(&esc(c.ui(k::VERDICT_LABEL, "en"))));
        assert!(!en.contains(&esc(&fill(c.ui(k::RESULT_FOR, "en"), &[("name", "")]))));
    }

    #[test]
    fn a_promising_result_has_nothing_to_change() {
        let c = content();
        let mut r = Response::new(&c, Mode::Quick);
        let items: Vec<(String, Answer)> = r
            .applicable_items(&c)
            .iter()
            .map(|i| (i.id.clone(), at(i, if i.reverse { 1 } else { 5 })))
            .collect();
        for (id, a) in items {
            r.set(&id, a);
        }
        let md = markdown(&c, &r, "en", "2026-03-01", "");
        assert!(md.contains(&esc(c.ui(k::VERDICT_PROMISING, "en"))), "{md}");
        assert!(!md.contains(&esc(c.ui(k::MUST_HEADING, "en"))));
    }

    #[test]
    fn markdown_characters_are_escaped() {
        assert_eq!(esc("a|b *c* [d](e) #f\ng"), r"a\|b \*c\* \[d\](e) \#f g");
        assert_eq!(esc("plain, text."), "plain, text.");
    }

    #[test]
    fn reasons_read_as_sentences() {
        let c = content();
        let text = reason_text(
            &c,
            "en",
            &Reason::Uncertain {
                certainty: 0.4,
                needed: 0.7,
            },
        );
        assert!(text.contains("40") && text.contains("70"), "{text}");
        let d = &c.dimensions[0];
        assert_eq!(
            part_title(&c, "en", &d.id),
            format!("{} {}", d.code, d.title.get("en"))
        );
        assert_eq!(part_title(&c, "en", "nope"), "nope");
    }
}
