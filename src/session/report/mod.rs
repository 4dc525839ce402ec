//! The downloadable report: one respondent's result as a self-contained
//! Markdown document, in the language chosen, for a file, an e-mail or a
//! meeting's minutes; and the same report as a printable HTML page
//! ([`html`]) for those who have no program that shows Markdown.
//!
//! Every sentence comes from `content/ui.toml` (through [`Content::ui`]) or
//! from the content itself, so the report is as bilingual as the screen.
//! The date is an argument: the model keeps no clock.
//!
//! [`phrases`] holds the sentences the result screen shares; the sections
//! are written in the order they appear: [`verdict`], [`lists`], [`advice`].

mod advice;
mod doc;
mod html;
mod lists;
pub mod phrases;
mod verdict;

use crate::model::content::Content;
use crate::model::evaluation::Evaluation;
use crate::model::response::Response;
use crate::session::html::page;
use crate::session::texts;
use doc::Doc;

/// Recommendations shown per scope, on screen and in the report; the rest
/// follow from the same answers.
pub const TOP_RECOMMENDATIONS: usize = 3;

/// A report being written: what it is about, and the Markdown so far.
struct Writer<'a> {
    content: &'a Content,
    response: &'a Response,
    lang: &'a str,
    evaluation: Evaluation,
    out: Doc,
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
    let mut report = Writer {
        content,
        response,
        lang,
        evaluation: Evaluation::of(content, response),
        out: Doc::default(),
    };
    report.header(date, name);
    report.verdict();
    report.first_steps();
    report.flags();
    report.scores();
    report.must_change();
    report.find_out();
    report.settle();
    report.recommendations();
    report.fit();
    report.sources();
    report.out.text
}

/// The whole report as a self-contained HTML page that loads nothing: the
/// same sections and words as [`markdown`], read back from it so the two
/// cannot drift apart.
pub fn html(content: &Content, response: &Response, lang: &str, date: &str, name: &str) -> String {
    let text = markdown(content, response, lang, date, name);
    page(
        lang,
        content.ui(texts::REPORT_TITLE, lang),
        html::STYLE,
        &html::body(&text),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::{Agreement, Answer, Status};
    use crate::model::content::Scope;
    use crate::model::flag::FlagState;
    use crate::model::recommendation::recommendations;
    use crate::model::response::Mode;
    use crate::model::verdict::Reason;
    use crate::session::html::escape;
    use crate::session::language::whole;
    use crate::session::texts;
    use crate::session::texts::fill;
    use doc::esc;
    use phrases::*;

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
    fn no_advice_is_not_reassurance_when_little_is_known() {
        let c = content();
        let mut blank = Response::new(&c, Mode::Quick);
        blank
            .classification
            .insert("phase".into(), vec!["running".into()]);
        for scope in [Scope::Own, Scope::Partnership] {
            let said = no_recommendation(&c, &blank, "nl", scope);
            assert_ne!(said, c.ui(texts::RECS_NONE, "nl"), "nothing known: {said}");
            assert!(said.chars().any(|ch| ch.is_ascii_digit()), "{said}");
        }
        let md = markdown(&c, &blank, "nl", "2026-01-01", "");
        assert!(!md.contains(&esc(c.ui(texts::RECS_NONE, "nl"))), "{md}");

        // All known and high: nothing scores low, and that is what it says.
        let mut high = response(&c, 5);
        let unknown: Vec<String> = high
            .applicable_items(&c)
            .iter()
            .map(|i| i.id.clone())
            .collect();
        for id in unknown {
            if !high.answer(&id).is_some_and(|a| a.is_known()) {
                let item = c.item(&id).expect("an item");
                high.set(&id, at(item, 5));
            }
        }
        for scope in [Scope::Own, Scope::Partnership] {
            assert_eq!(
                no_recommendation(&c, &high, "en", scope),
                c.ui(texts::RECS_NONE, "en")
            );
        }
    }

    #[test]
    fn the_report_holds_every_part_of_the_result() {
        let c = content();
        let r = response(&c, 2);
        let md = markdown(&c, &r, "en", "2026-03-01", "Haven *Noord*");
        let e = Evaluation::of(&c, &r);
        let t = |key| c.ui(key, "en");
        for expected in [
            t(texts::VERDICT_LABEL),
            t(texts::outcome_key(e.verdict.outcome)),
            t(texts::FIRST_HEADING),
            t(texts::FLAGS_HEADING),
            t(texts::CHART_HEADING),
            t(texts::MUST_HEADING),
            t(texts::RECS_HEADING),
            t(texts::FIT_HEADING),
            t(texts::FIND_HEADING),
            t(texts::SOURCES_HEADING),
            "2026-03-01",
            c.version.as_str(),
        ] {
            assert!(md.contains(&esc(expected)), "missing {expected:?}:\n{md}");
        }
        let certainty = whole(e.verdict.certainty * 100.0);
        assert!(md.contains(&format!("{certainty}%")), "certainty");
        // The first steps follow the verdict, before anything else.
        let steps = crate::model::first_steps::first_steps_for(&c, &r);
        let first = c.item(steps[0].item()).expect("a first step");
        let step_at = md.find(&esc(first.recommendation.get("en")));
        let flags_at = md.find(&esc(t(texts::FLAGS_HEADING)));
        assert!(step_at.is_some() && step_at < flags_at, "{md}");
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
        assert!(md.contains(&esc(t(texts::ANSWER_DONT_KNOW))));
    }

    #[test]
    fn the_report_follows_the_language() {
        let c = content();
        let r = response(&c, 4);
        let nl = markdown(&c, &r, "nl", "2026-03-01", "");
        let en = markdown(&c, &r, "en", "2026-03-01", "");
        assert_ne!(nl, en);
        assert!(nl.starts_with(&format!("# {}\n", esc(c.ui(texts::REPORT_TITLE, "nl")))));
        assert!(en.contains(&esc(c.ui(texts::VERDICT_LABEL, "en"))));
        assert!(!en.contains(&esc(&fill(c.ui(texts::RESULT_FOR, "en"), &[("name", "")]))));
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
        assert!(
            md.contains(&esc(c.ui(texts::VERDICT_PROMISING, "en"))),
            "{md}"
        );
        assert!(!md.contains(&esc(c.ui(texts::MUST_HEADING, "en"))));
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

    /// A line of the report's Markdown as the words a reader sees: escapes
    /// made literal, emphasis marks gone.
    fn words(markdown: &str) -> String {
        let mut out = String::new();
        let mut chars = markdown.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => out.extend(chars.next()),
                '*' => {}
                _ => out.push(c),
            }
        }
        out
    }

    /// What each `<tag>` element of `html` holds, its own elements taken
    /// out and its line breaks kept as `\n`; entities stay as written.
    fn elements(html: &str, tag: &str) -> Vec<String> {
        let close = format!("</{tag}>");
        html.split(&format!("<{tag}"))
            .skip(1)
            .filter(|rest| rest.starts_with(['>', ' ']))
            .filter_map(|rest| {
                let (_, inner) = rest.split_once('>')?;
                let (inner, _) = inner.split_once(&close)?;
                Some(inner)
            })
            .map(|inner| {
                let mut text = String::new();
                let mut in_tag = false;
                for c in inner.replace("<br>\n", "\n").chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' => in_tag = false,
                        _ if !in_tag => text.push(c),
                        _ => {}
                    }
                }
                text
            })
            .collect()
    }

    #[test]
    fn the_html_report_has_every_heading_and_item_of_the_markdown() {
        let c = content();
        for (lang, value) in [("nl", 2), ("en", 2), ("nl", 4), ("en", 4)] {
            let r = response(&c, value);
            let md = markdown(&c, &r, lang, "2026-03-01", "Haven Noord");
            let page = html(&c, &r, lang, "2026-03-01", "Haven Noord");
            assert!(page.contains(&format!("<html lang=\"{lang}\">")));
            let items = elements(&page, "li");
            let item_lines: Vec<&str> = items.iter().flat_map(|i| i.lines()).collect();
            let paragraph_lines: Vec<String> = elements(&page, "p")
                .iter()
                .flat_map(|p| p.lines().map(str::to_owned).collect::<Vec<_>>())
                .collect();
            let (mut headings, mut listed) = (0, 0);
            for line in md.lines().filter(|l| !l.is_empty() && !l.starts_with('|')) {
                let marks = line.len() - line.trim_start_matches('#').len();
                let numbered = line.trim_start_matches(|ch: char| ch.is_ascii_digit());
                if marks > 0 {
                    headings += 1;
                    let text = escape(&words(&line[marks + 1..]));
                    let found = elements(&page, &format!("h{marks}"));
                    assert!(found.contains(&text), "{lang}: no heading {text:?}");
                } else if let Some(text) = line
                    .strip_prefix("- ")
                    .or_else(|| numbered.strip_prefix(". ").filter(|_| numbered != line))
                {
                    listed += 1;
                    let text = escape(&words(text));
                    let first_lines: Vec<&str> =
                        items.iter().filter_map(|i| i.lines().next()).collect();
                    assert!(
                        first_lines.contains(&text.as_str()),
                        "{lang}: no item {text:?}"
                    );
                } else if line.starts_with(' ') {
                    let text = escape(&words(line.trim_start()));
                    assert!(
                        item_lines.contains(&text.as_str()),
                        "{lang}: no line {text:?}"
                    );
                } else if line != "---" {
                    let text = escape(&words(line));
                    assert!(
                        paragraph_lines.contains(&text),
                        "{lang}: no paragraph {text:?}"
                    );
                }
            }
            let html_headings: usize = (1..=6)
                .map(|l| elements(&page, &format!("h{l}")).len())
                .sum();
            assert_eq!(html_headings, headings, "{lang}");
            assert_eq!(items.len(), listed, "{lang}");
            // The sources close the report, each named as in the Markdown.
            for s in &c.sources {
                let named = format!(
                    "<li><strong>{}</strong>: {}",
                    escape(&s.short),
                    escape(s.title.get(lang))
                );
                assert!(page.contains(&named), "{lang}: no source {}", s.id);
            }
        }
    }

    #[test]
    fn typed_text_stays_literal_in_the_html_report() {
        let c = content();
        let r = response(&c, 2);
        let name = "Haven <script>alert(\"x\")</script> *Noord* _Zuid_ | A&B";
        for lang in ["nl", "en"] {
            let page = html(&c, &r, lang, "2026-03-01", name);
            let said = escape(&fill(c.ui(texts::RESULT_FOR, lang), &[("name", name)]));
            assert!(page.contains(&said), "{lang}: {said:?} not in\n{page}");
            assert!(said.contains(
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; *Noord* _Zuid_ | A&amp;B"
            ));
            assert!(!page.contains("<script"), "{lang}: a script element");
            assert!(!page.contains("src="), "{lang}: something loads");
            assert!(!page.contains('\\'), "{lang}: a Markdown escape is left");
            assert!(!page.contains("&amp;lt;"), "{lang}: escaped twice");
            assert!(
                !page.contains("<em>Noord"),
                "{lang}: the name was formatted"
            );
        }
    }

    #[test]
    fn the_html_report_tables_hold_the_cells_of_the_markdown() {
        let c = content();
        let r = response(&c, 2);
        for lang in ["nl", "en"] {
            let md = markdown(&c, &r, lang, "2026-03-01", "");
            let page = html(&c, &r, lang, "2026-03-01", "");
            let expected: Vec<Vec<String>> = md
                .lines()
                .filter(|l| l.starts_with("| "))
                .map(|l| {
                    let inner = l.trim_start_matches("| ").trim_end_matches(" |");
                    inner
                        .split(" | ")
                        .map(|cell| escape(&words(cell.trim())))
                        .collect()
                })
                .collect();
            assert!(expected.len() > 2, "a head and rows");
            assert_eq!(page.matches("<table>").count(), 1);
            let rows: Vec<Vec<String>> = page
                .split("<tr>")
                .skip(1)
                .map(|row| {
                    let row = row.split_once("</tr>").map_or(row, |(row, _)| row);
                    let mut cells = elements(row, "th");
                    cells.extend(elements(row, "td"));
                    cells
                })
                .collect();
            assert_eq!(rows, expected, "{lang}");
            // The score and the share answered are set right, as the
            // Markdown's alignment row asks.
            assert_eq!(
                page.matches("<td class=\"kr-num\">").count(),
                2 * (expected.len() - 1)
            );
        }
    }
}
