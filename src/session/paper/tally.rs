//! The tally sheet: the app's scoring and verdict rules in words, read from
//! the content, for a facilitator to work out one respondent's verdict by
//! hand from a paper questionnaire of the same mode.

use super::words::{Sheet, BOX, STYLE};
use super::{tally_flags, tally_parts, tally_points, tally_situation};
use crate::model::content::Content;
use crate::model::response::Mode;
use crate::model::verdict::{Level, Outcome};
use crate::session::html::{escape, page};
use crate::session::texts::{self, fill};

const VERDICT: usize = 5;

/// Small type and tight cells, so the sheet stays near two printed pages.
const TALLY_STYLE: &str = "\
table.kr-compact{font-size:.85rem}.kr-compact th,.kr-compact td{padding:.1rem .3rem}\
td.kr-write{width:3.2em}.kr-fills .kr-line{min-width:9em}.kr-rule td{border-top:none}.kr-compact .kr-muted{font-size:1em}\
.kr-notes,.kr-rules{margin:.3rem 0;padding-left:1.3rem}.kr-choice{margin-right:1em;white-space:nowrap}\
section p{margin:.3rem 0}\
@page{size:A4}@media print{html{font-size:8.5pt}body{font-size:1rem;line-height:1.28}table.kr-compact{font-size:.92rem}h1{font-size:1.4rem}h2{font-size:1.2rem;margin:.6rem 0 .25rem}h3{margin:.5rem 0 .2rem}}";

/// A tally sheet for `mode` in `lang`: a self-contained page to print,
/// whose rules and numbers come from the same content and model as the app.
pub fn tally_sheet(content: &Content, mode: Mode, lang: &str) -> String {
    let sheet = Sheet::new(content, mode, lang);
    let title = fill(
        sheet.t(texts::PAPER_TALLY_TITLE),
        &[("mode", sheet.mode_name())],
    );
    let mut body = sheet.header(&title);
    body.push_str(&format!(
        "<p>{}</p>\n",
        sheet.fill(texts::PAPER_TALLY_INTRO, &[("mode", sheet.mode_name())])
    ));
    body.push_str(&tally_situation::step(&sheet));
    body.push_str(&tally_points::step(&sheet));
    body.push_str(&tally_parts::step(&sheet));
    body.push_str(&tally_flags::step(&sheet));
    body.push_str(&verdict(&sheet));
    body.push_str(&format!(
        "<p class=\"kr-muted\">{}</p>\n",
        sheet.e(texts::PAPER_APP_ONLY)
    ));
    page(lang, &title, &format!("{STYLE}{TALLY_STYLE}"), &body)
}

/// Step 5: the verdict rules in the order the model applies them, with the
/// thresholds of the content.
fn verdict(sheet: &Sheet) -> String {
    let rules = &sheet.content.verdict;
    let name = |outcome: Outcome| sheet.t(texts::outcome_key(outcome));
    let level = |level: Level| name(Outcome::Level(level));
    let items = [
        sheet.fill(
            texts::PAPER_VERDICT_UNCERTAIN,
            &[
                ("percent", &sheet.number(rules.certainty_from * 100.0)),
                ("verdict", name(Outcome::TooUncertain)),
            ],
        ),
        sheet.fill(
            texts::PAPER_VERDICT_NOT_YET,
            &[
                ("score", &sheet.number(rules.not_yet_below)),
                ("verdict", level(Level::NotYet)),
            ],
        ),
        sheet.fill(
            texts::PAPER_VERDICT_PROMISING,
            &[
                ("score", &sheet.number(rules.promising_from)),
                ("floor", &sheet.number(rules.part_floor)),
                ("verdict", level(Level::Promising)),
            ],
        ),
        sheet.fill(
            texts::PAPER_VERDICT_CONDITIONAL,
            &[("verdict", level(Level::Conditional))],
        ),
        sheet.fill(
            texts::PAPER_VERDICT_CAPS,
            &[("step", &tally_flags::STEP.to_string())],
        ),
    ];
    let mut out = format!(
        "<section data-step=\"verdict\">\n<h2>{VERDICT}. {}</h2>\n<ol class=\"kr-rules\">\n",
        sheet.e(texts::VERDICT_LABEL)
    );
    for item in items {
        out.push_str(&format!("<li>{item}</li>\n"));
    }
    out.push_str(&format!(
        "</ol>\n<p>{}</p>\n<p>",
        sheet.e(texts::PAPER_EXACT)
    ));
    for outcome in [
        Outcome::Level(Level::Promising),
        Outcome::Level(Level::Conditional),
        Outcome::Level(Level::NotYet),
        Outcome::TooUncertain,
    ] {
        out.push_str(&format!(
            "<span class=\"kr-choice\">{BOX}{}</span> ",
            escape(name(outcome))
        ));
    }
    out.push_str("</p>\n</section>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::paper::questionnaire;
    use std::collections::BTreeMap;

    use crate::session::paper::fixtures::{content, LANGS, MODES};

    /// The part of the sheet that a step writes.
    fn step<'h>(html: &'h str, name: &str) -> &'h str {
        let start = html
            .find(&format!("data-step=\"{name}\""))
            .unwrap_or_else(|| panic!("no step {name}"));
        &html[start..start + html[start..].find("</section>").expect("the step ends")]
    }

    /// Every `data-item="id">number` pair after `marker`, in order.
    fn numbers_after(html: &str, marker: &str) -> Vec<(String, usize)> {
        html.split(marker)
            .skip(1)
            .filter_map(|rest| {
                let (id, after) = rest.split_once("\">")?;
                let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
                Some((id.to_owned(), digits.parse().ok()?))
            })
            .collect()
    }

    #[test]
    fn the_sheet_names_every_part_flag_and_threshold_in_both_languages() {
        let content = content();
        let rules = &content.verdict;
        for lang in LANGS {
            for mode in MODES {
                let html = tally_sheet(&content, mode, lang);
                let sheet = Sheet::new(&content, mode, lang);
                let parts = step(&html, "parts");
                for d in &content.dimensions {
                    let title = escape(&format!("{} {}", d.code, d.title.get(lang)));
                    assert!(parts.contains(&title), "{lang}: {title}");
                }
                let flags = step(&html, "flags");
                for f in &content.flags {
                    assert!(flags.contains(&escape(f.title.get(lang))), "{}", f.id);
                    let cap = escape(content.ui(texts::level_key(f.cap), lang));
                    let row =
                        &flags[flags.find(&format!("data-flag=\"{}\"", f.id)).expect("row")..];
                    assert!(
                        row[..row.find("</tr>").expect("end")].contains(&cap),
                        "{}",
                        f.id
                    );
                }
                let pending = escape(content.ui(texts::level_key(rules.pending_cap), lang));
                assert!(flags.contains(&pending));
                let verdict = step(&html, "verdict");
                for value in [rules.not_yet_below, rules.promising_from, rules.part_floor] {
                    assert!(verdict.contains(&sheet.number(value)), "{value} in {lang}");
                }
                let percent = format!("{}%", sheet.number(rules.certainty_from * 100.0));
                assert!(verdict.contains(&percent), "{percent}");
                for outcome in [
                    Outcome::Level(Level::Promising),
                    Outcome::Level(Level::Conditional),
                    Outcome::Level(Level::NotYet),
                    Outcome::TooUncertain,
                ] {
                    let name = escape(content.ui(texts::outcome_key(outcome), lang));
                    assert!(verdict.contains(&name), "{name}");
                }
                let points = step(&html, "points");
                assert!(points.contains(&sheet.number(rules.not_yet_score)));
            }
        }
    }

    #[test]
    fn the_thresholds_on_the_sheet_are_read_from_the_content() {
        let mut content = content();
        content.verdict.promising_from = 61.5;
        content.verdict.not_yet_below = 37.0;
        content.verdict.part_floor = 22.0;
        content.verdict.certainty_from = 0.45;
        content.verdict.not_yet_score = 20.0;
        content.dimensions[0].weight_rules = Vec::new();
        for (lang, promising) in [("nl", "61,5 of hoger"), ("en", "61.5 or more")] {
            let html = tally_sheet(&content, Mode::Full, lang);
            let verdict = step(&html, "verdict");
            assert!(verdict.contains(promising), "{lang}");
            for value in ["37", "22", "45%"] {
                assert!(verdict.contains(value), "{value} in {lang}");
            }
            for old in ["60", "40", "25"] {
                assert!(!verdict.contains(old), "{old} is not a threshold any more");
            }
            assert!(step(&html, "points").contains("20"));
        }
    }

    #[test]
    fn the_sheet_refers_to_statements_by_the_questionnaires_numbers() {
        let content = content();
        for lang in LANGS {
            for mode in MODES {
                let paper = questionnaire(&content, mode, lang);
                let printed: BTreeMap<String, usize> = paper
                    .split("<div class=\"kr-st\" data-item=\"")
                    .skip(1)
                    .map(|rest| {
                        let (id, after) = rest.split_once('"').expect("the id ends");
                        let n = after
                            .split_once("data-number=\"")
                            .and_then(|(_, n)| n.split_once('"'))
                            .and_then(|(n, _)| n.parse().ok())
                            .expect("a number");
                        (id.to_owned(), n)
                    })
                    .collect();
                let html = tally_sheet(&content, mode, lang);
                let in_parts = numbers_after(step(&html, "parts"), "data-item=\"");
                let listed: Vec<&str> = in_parts.iter().map(|(id, _)| id.as_str()).collect();
                let expected: Vec<&str> = printed.keys().map(String::as_str).collect();
                let mut sorted = listed.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, expected, "each statement once in the parts table");
                let in_flags = numbers_after(step(&html, "flags"), "data-item=\"");
                assert!(!in_flags.is_empty());
                for (id, n) in in_parts.iter().chain(&in_flags) {
                    assert_eq!(printed.get(id), Some(n), "{id} in {lang} {mode:?}");
                }
                // The rule that waives a flag names its statements' numbers.
                let third_waives = content
                    .rules
                    .iter()
                    .find(|r| r.effect == crate::model::content::Effect::Waive)
                    .expect("a waiving rule");
                let flag = content.flag(&third_waives.flags[0]).expect("its flag");
                let numbers: Vec<String> = flag
                    .items
                    .iter()
                    .map(|id| printed[id].to_string())
                    .collect();
                assert!(step(&html, "flags").contains(&format!("({})", numbers.join(", "))));
            }
        }
    }

    #[test]
    fn the_sheet_loads_nothing_and_leaves_no_placeholder() {
        let content = content();
        for lang in LANGS {
            for mode in MODES {
                let html = tally_sheet(&content, mode, lang);
                assert!(html.contains("Content-Security-Policy"));
                assert!(!html.contains("<script") && !html.contains("src="));
                assert!(!html.contains("href=") && !html.contains("@import"));
                let body = &html[html.find("<body>").expect("a body")..];
                assert!(!body.contains('{'), "a placeholder was left unfilled");
            }
        }
    }

    /// Writes the four documents of a language to `target/paper/` to look
    /// at in a browser: `cargo test --lib paper::tally::tests::write -- --ignored`.
    #[test]
    #[ignore]
    fn write() {
        let content = content();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/paper");
        std::fs::create_dir_all(&dir).expect("a folder");
        for lang in LANGS {
            for mode in MODES {
                let name = format!("{lang}-{mode:?}");
                let q = questionnaire(&content, mode, lang);
                std::fs::write(dir.join(format!("questionnaire-{name}.html")), q).expect("written");
                let t = tally_sheet(&content, mode, lang);
                std::fs::write(dir.join(format!("tally-{name}.html")), t).expect("written");
            }
        }
    }
}
