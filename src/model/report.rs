//! The downloadable report: one respondent's result as a self-contained
//! Markdown document, in the language chosen, for a file, an e-mail or a
//! meeting's minutes.
//!
//! Every sentence comes from `content/ui.toml` (through [`Content::ui`]) or
//! from the content itself, so the report is as bilingual as the screen.
//! The date is an argument: the model keeps no clock.

use super::answer::Answer;
use super::content::{Citation, Content, Scope};
use super::evaluation::Evaluation;
use super::flag::FlagState;
use super::lift::smallest_lift;
use super::model_fit::model_fit;
use super::recommendation::recommendations;
use super::response::{Mode, Response};
use super::verdict::{Level, Outcome, Reason};
use crate::locale::whole;
use crate::ui_keys::{self as k, fill};

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
        Reason::Flag { flag, state, .. } => {
            let title = content
                .flag(flag)
                .map(|f| f.title.get(lang))
                .unwrap_or(flag);
            let key = match state {
                FlagState::Raised => k::REASON_FLAG_RAISED,
                FlagState::Open => k::REASON_FLAG_OPEN,
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
        Reason::DimensionUnknown { dimension } => fill(
            t(k::REASON_DIMENSION_UNKNOWN),
            &[("part", &part(dimension))],
        ),
        Reason::Uncertain { certainty, needed } => fill(
            t(k::REASON_UNCERTAIN),
            &[
                ("certainty", &whole(certainty * 100.0)),
                ("needed", &whole(needed * 100.0)),
            ],
        ),
        Reason::AllClear { lowest } => fill(t(k::REASON_ALL_CLEAR), &[("lowest", &whole(*lowest))]),
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
    let mode = t(match response.mode {
        Mode::Quick => k::MODE_QUICK,
        Mode::Full => k::MODE_FULL,
    });
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

    // Knock-outs, raised ones first.
    out.heading(2, t(k::FLAGS_HEADING));
    if e.flags.is_empty() {
        out.para(esc(t(k::FLAGS_NONE)));
    }
    let mut flags: Vec<_> = e.flags.iter().collect();
    flags.sort_by_key(|f| f.state != FlagState::Raised);
    for status in flags {
        let Some(flag) = content.flag(&status.flag) else {
            continue;
        };
        let raised = status.state == FlagState::Raised;
        out.heading(3, flag.title.get(lang));
        out.para(format!(
            "**{}** {}",
            esc(t(if raised { k::FLAG_RAISED } else { k::FLAG_OPEN })),
            esc(&fill(
                t(k::FLAG_CAP),
                &[("level", t(k::level_key(status.cap)))]
            ))
        ));
        out.para(esc(flag.explanation.get(lang)));
        out.line(esc(t(if raised {
            k::FLAG_CAUSED_BY
        } else {
            k::FLAG_UNKNOWN_ITEMS
        })));
        for item in &status.items {
            out.line(format!("- {}", statement(content, response, lang, item)));
        }
        out.blank();
        out.para(format!(
            "**{}** {}",
            esc(t(k::FLAG_WHAT_TO_DO)),
            esc(flag.recommendation.get(lang))
        ));
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

    // The smallest lift, unless there is nothing to lift.
    if outcome != Outcome::Level(Level::Promising) {
        out.heading(2, t(k::LIFT_HEADING));
        match smallest_lift(content, response) {
            None => out.para(esc(t(k::LIFT_NONE))),
            Some(lift) => {
                let count = lift.changes.len();
                let key = if count == 1 {
                    k::LIFT_INTRO_ONE
                } else {
                    k::LIFT_INTRO_MANY
                };
                out.line(esc(&fill(
                    t(key),
                    &[
                        ("count", &count.to_string()),
                        ("level", t(k::outcome_key(lift.to))),
                    ],
                )));
                for change in &lift.changes {
                    let text = content.item(&change.item).map_or("", |i| i.text.get(lang));
                    let detail = fill(
                        t(k::LIFT_CHANGE),
                        &[
                            ("from", t(k::maybe_answer_key(change.from))),
                            ("to", t(k::answer_key(change.to))),
                        ],
                    );
                    out.line(format!("1. {} ({})", esc(text), esc(&detail)));
                }
                out.blank();
            }
        }
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
    let fit = model_fit(content, response);
    if fit.fitting.is_empty() {
        out.para(esc(t(k::FIT_UNKNOWN)));
    } else {
        out.line(esc(t(k::FIT_POINTS_TO)));
        for m in fit.fitting.iter().filter_map(|id| content.model(id)) {
            out.line(format!(
                "- **{}**: {}",
                esc(m.name.get(lang)),
                esc(m.description.get(lang))
            ));
        }
        out.blank();
    }
    match fit.intended.as_deref().and_then(|id| content.model(id)) {
        None => out.para(esc(t(k::FIT_UNDECIDED))),
        Some(m) => {
            let mut text = fill(t(k::FIT_INTENDED), &[("model", m.name.get(lang))]);
            if fit.mismatch {
                text = format!("{text} {} {}", t(k::FIT_MISMATCH), m.mismatch.get(lang));
            } else if fit.fitting.contains(&m.id) {
                text = format!("{text} {}", t(k::FIT_MATCH));
            }
            out.para(esc(&text));
        }
    }

    // What is still unknown.
    out.heading(2, t(k::OPEN_HEADING));
    if e.open_questions.is_empty() {
        out.para(esc(t(k::OPEN_NONE)));
    } else {
        out.line(esc(t(k::OPEN_INTRO)));
        for item in &e.open_questions {
            out.line(format!("- {}", statement(content, response, lang, item)));
        }
        out.blank();
    }

    // The research behind it all.
    out.heading(2, t(k::SOURCES_HEADING));
    for s in &content.sources {
        out.line(format!(
            "- **{}**: {} ({}, {})",
            esc(&s.short),
            esc(s.title.get(lang)),
            esc(&s.publisher),
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
    let text = content.item(item).map_or(item, |i| i.text.get(lang));
    let answer: Option<Answer> = response.answer(item);
    let given = fill(
        content.ui(k::YOUR_ANSWER, lang),
        &[("answer", content.ui(k::maybe_answer_key(answer), lang))],
    );
    format!("{} *{}*", esc(text), esc(&given))
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
    use crate::model::answer::Agreement;

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    /// A quick scan with every statement answered `value`, except one "don't
    /// know", so every section of the report has something to say.
    fn response(c: &Content, value: u8) -> Response {
        let mut r = Response::new(c, Mode::Quick);
        let items: Vec<String> = r.applicable_items(c).map(|i| i.id.clone()).collect();
        for (n, id) in items.iter().enumerate() {
            let answer = if n == 1 {
                Answer::DontKnow
            } else {
                Answer::Agreement(Agreement::new(value).expect("1-5"))
            };
            r.set(id, answer);
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
            t(k::LIFT_HEADING),
            t(k::RECS_HEADING),
            t(k::FIT_HEADING),
            t(k::OPEN_HEADING),
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
    fn a_promising_result_has_no_lift_section() {
        let c = content();
        let mut r = Response::new(&c, Mode::Quick);
        let items: Vec<String> = r.applicable_items(&c).map(|i| i.id.clone()).collect();
        for id in &items {
            r.set(id, Answer::Agreement(Agreement::STRONGLY_AGREE));
        }
        let md = markdown(&c, &r, "en", "2026-03-01", "");
        assert!(md.contains(&esc(c.ui(k::VERDICT_PROMISING, "en"))));
        assert!(!md.contains(&esc(c.ui(k::LIFT_HEADING, "en"))));
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
