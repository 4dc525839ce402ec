//! The blank questionnaire: the situation questions with their choices, then
//! the statements of the mode under their parts, numbered, each on its own
//! answer scale with the same words as on screen.

use super::questionnaire_situation;
use super::words::{answer_label, Reader, Sheet, BOX, STYLE};
use crate::model::answer::Answer;
use crate::model::content::{Content, Item};
use crate::model::response::Mode;
use crate::session::html::{escape, page};
use crate::session::texts;

/// One column per answer, so boxes line up down the page; "don't know" is
/// set apart by a double rule, as the screen sets it apart by space.
const QUESTIONNAIRE_STYLE: &str = "\
.kr-q{break-inside:avoid;margin:.7rem 0}.kr-q p{margin:.15rem 0}\
.kr-st{break-inside:avoid;margin:.5rem 0 .8rem}.kr-st p{margin:.15rem 0}\
.kr-n{margin-right:.3em}.kr-cond{font-style:italic;font-size:.9rem}\
table.kr-scale{table-layout:fixed;font-size:.85rem;margin:.25rem 0}\
.kr-scale td{vertical-align:top}.kr-scale td.kr-dk{border-left:4px double #000}\
@media print{html{font-size:10pt}body{font-size:1rem;line-height:1.35}table.kr-scale{font-size:.9rem}.kr-st,.kr-q{margin:.3rem 0 .5rem}}";

/// A blank questionnaire of `mode` in `lang`: a self-contained page to
/// print, from the same content as the app.
pub fn questionnaire(content: &Content, mode: Mode, lang: &str) -> String {
    let sheet = Sheet::new(content, mode, lang);
    // Plain text: the header and the page escape it.
    let title = texts::fill(
        sheet.t(texts::PAPER_QUESTIONNAIRE_TITLE),
        &[("mode", sheet.mode_name())],
    );
    let dont_know = sheet.t(texts::ANSWER_DONT_KNOW);
    let mut body = sheet.header(&title);
    body.push_str(&format!(
        "<p>{}</p>\n",
        sheet.fill(
            texts::PAPER_QUESTIONNAIRE_INTRO,
            &[("dont_know", dont_know)]
        )
    ));
    body.push_str(&questionnaire_situation::section(&sheet));
    body.push_str(&statements(&sheet));
    body.push_str(&format!(
        "<p><strong>{}</strong></p>\n",
        sheet.e(texts::PAPER_QUESTIONNAIRE_END)
    ));
    page(
        lang,
        &title,
        &format!("{STYLE}{QUESTIONNAIRE_STYLE}"),
        &body,
    )
}

/// The statements under their part titles, on a new page.
fn statements(sheet: &Sheet) -> String {
    let mut out = format!(
        "<section class=\"kr-page\">\n<h2>{}</h2>\n<p>{}</p>\n",
        sheet.e(texts::PAPER_STATEMENTS),
        sheet.e(texts::PAPER_STATEMENTS_INTRO)
    );
    for part in sheet
        .numbers
        .parts
        .iter()
        .filter(|p| !p.statements.is_empty())
    {
        out.push_str(&format!(
            "<h3>{} {}</h3>\n",
            escape(&part.dimension.code),
            escape(part.dimension.title.get(sheet.lang))
        ));
        for (number, item) in &part.statements {
            out.push_str(&statement(sheet, *number, item));
        }
    }
    out.push_str("</section>\n");
    out
}

/// One statement: its number and text, the situation it is limited to, and
/// a row of boxes in the order the screen offers them.
fn statement(sheet: &Sheet, number: usize, item: &Item) -> String {
    let lang = sheet.lang;
    let mut out = format!(
        "<div class=\"kr-st\" data-item=\"{}\" data-number=\"{number}\" data-scale=\"{}\">\n\
         <p><strong class=\"kr-n\">{number}.</strong>{}</p>\n",
        escape(&item.id),
        item.scale_id(),
        escape(item.text.get(lang))
    );
    if let Some(condition) = &item.when {
        let words = sheet.condition(condition, Reader::Respondent);
        out.push_str(&format!(
            "<p class=\"kr-cond\">{}</p>\n",
            sheet.fill(texts::PAPER_ONLY_IF, &[("condition", &words)])
        ));
    }
    let options = Answer::options(item);
    let scale = options.iter().filter(|a| **a != Answer::NotApplicable);
    let aside = options.iter().filter(|a| **a == Answer::NotApplicable);
    let cells: String = scale
        .map(|a| (*a, ""))
        .chain(std::iter::once((Answer::DontKnow, " class=\"kr-dk\"")))
        .chain(aside.map(|a| (*a, "")))
        .map(|(answer, class)| {
            format!(
                "<td{class} data-answer=\"{}\">{BOX}{}</td>",
                answer.token(),
                escape(answer_label(sheet.content, item, answer, lang))
            )
        })
        .collect();
    out.push_str(&format!(
        "<table class=\"kr-scale\"><tr>{cells}</tr></table>\n</div>\n"
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::Status;
    use crate::model::content::Scale;
    use crate::model::text::Text;

    use crate::session::paper::fixtures::{content, LANGS, MODES};

    /// Each statement's block, by item id, in the order printed.
    fn blocks(html: &str) -> Vec<(String, &str)> {
        html.split("<div class=\"kr-st\" data-item=\"")
            .skip(1)
            .map(|rest| {
                let id = &rest[..rest.find('"').expect("the id ends")];
                let block = &rest[..rest.find("</div>").expect("the block ends")];
                (id.to_owned(), block)
            })
            .collect()
    }

    #[test]
    fn every_statement_of_the_mode_appears_once_numbered_and_no_other() {
        let content = content();
        for lang in LANGS {
            for mode in MODES {
                let html = questionnaire(&content, mode, lang);
                let in_mode: Vec<&Item> = content
                    .items
                    .iter()
                    .filter(|i| mode == Mode::Full || i.quick)
                    .collect();
                let printed = blocks(&html);
                let ids: Vec<&str> = printed.iter().map(|(id, _)| id.as_str()).collect();
                let expected: Vec<&str> = in_mode.iter().map(|i| i.id.as_str()).collect();
                assert_eq!(ids, expected, "{lang} {mode:?}");
                for (n, (item, (_, block))) in in_mode.iter().zip(&printed).enumerate() {
                    let text = escape(item.text.get(lang));
                    assert_eq!(html.matches(&text).count(), 1, "{} in {lang}", item.id);
                    let number = n + 1;
                    assert!(
                        block.contains(&format!("{number}.</strong>{text}")),
                        "{} is not numbered {number}",
                        item.id
                    );
                }
                for item in content
                    .items
                    .iter()
                    .filter(|i| !expected.contains(&i.id.as_str()))
                {
                    assert!(
                        !html.contains(&escape(item.text.get(lang))),
                        "{} is not in the {mode:?} mode",
                        item.id
                    );
                }
            }
        }
    }

    #[test]
    fn each_statement_has_its_own_scale_one_dont_know_and_not_applicable_where_offered() {
        let content = content();
        for lang in LANGS {
            let html = questionnaire(&content, Mode::Full, lang);
            let dont_know = escape(content.ui(texts::ANSWER_DONT_KNOW, lang));
            let printed = blocks(&html);
            assert_eq!(
                html.matches("data-answer=\"dont_know\"").count(),
                printed.len()
            );
            for (id, block) in &printed {
                let item = content.item(id).expect("a content item");
                assert_eq!(
                    block.matches("data-answer=\"dont_know\"").count(),
                    1,
                    "{id}"
                );
                assert_eq!(block.matches(&dont_know).count(), 1, "{id}");
                let na = block.contains("data-answer=\"not_applicable\"");
                assert_eq!(na, item.not_applicable.is_some(), "{id}");
                if let Some(label) = &item.not_applicable {
                    assert!(block.contains(&escape(label.get(lang))), "{id}");
                }
                let points = (1..=5)
                    .filter(|v| block.contains(&format!("data-answer=\"{v}\"")))
                    .count();
                match item.scale {
                    Scale::Agreement => {
                        assert_eq!(points, 5, "{id}");
                        for key in [texts::ANSWER_1, texts::ANSWER_3, texts::ANSWER_5] {
                            assert!(block.contains(&escape(content.ui(key, lang))), "{id}");
                        }
                    }
                    Scale::Status => {
                        assert_eq!(points, 0, "{id}");
                        for status in Status::ALL {
                            assert!(block.contains(&format!("data-answer=\"{}\"", status.id())));
                            let label = texts::answer_text(
                                &content,
                                item,
                                Some(Answer::Status(status)),
                                lang,
                            );
                            assert!(block.contains(&escape(label)), "{id}: {label}");
                        }
                    }
                }
                // A box per answer, and nothing else boxed.
                let answers = Answer::options(item).len() + 1;
                assert_eq!(block.matches("kr-box").count(), answers, "{id}");
            }
        }
    }

    #[test]
    fn a_statement_limited_to_a_situation_says_so_in_words() {
        let content = content();
        for lang in LANGS {
            let html = questionnaire(&content, Mode::Full, lang);
            let sheet = Sheet::new(&content, Mode::Full, lang);
            let only_if = escape(content.ui(texts::PAPER_ONLY_IF, lang));
            let prefix = &only_if[..only_if.find('{').expect("a placeholder")];
            for (id, block) in blocks(&html) {
                let item = content.item(&id).expect("a content item");
                match &item.when {
                    Some(condition) => {
                        let words = sheet.condition(condition, Reader::Respondent);
                        let sentence = sheet.fill(texts::PAPER_ONLY_IF, &[("condition", &words)]);
                        assert!(block.contains(&sentence), "{id} lacks {sentence}");
                        for question in condition.questions() {
                            if let Some(label) = sheet.numbers.question(question) {
                                assert!(sentence.contains(label), "{id}: {sentence}");
                            }
                        }
                    }
                    None => assert!(!block.contains(prefix), "{id} is not limited"),
                }
            }
        }
        // The phase condition names the phases it allows, in the language.
        let en = questionnaire(&content, Mode::Full, "en");
        let (_, block) = blocks(&en)
            .into_iter()
            .find(|(id, _)| id == "agreements.kept_current")
            .expect("a statement for a running partnership");
        assert!(block.contains("Only if you ticked &#39;Start:"), "{block}");
        assert!(block.contains("at question S1."), "{block}");
    }

    #[test]
    fn the_page_loads_nothing_and_escapes_every_text() {
        let mut content = content();
        content.items[0].text = Text::from_pairs(&[("nl", "<b>A & B</b>"), ("en", "<b>A & B</b>")]);
        content.classification[0].choices[0].label =
            Text::from_pairs(&[("nl", "<i>x</i>"), ("en", "<i>x</i>")]);
        for lang in LANGS {
            for mode in MODES {
                let html = questionnaire(&content, mode, lang);
                assert!(html.contains("&lt;b&gt;A &amp; B&lt;/b&gt;"));
                assert!(html.contains("&lt;i&gt;x&lt;/i&gt;"));
                assert!(!html.contains("<b>A") && !html.contains("<i>x"));
                assert!(html.contains("Content-Security-Policy"));
                assert!(!html.contains("<script") && !html.contains("src="));
                assert!(!html.contains("href=") && !html.contains("@import"));
                assert!(html.contains(&format!("<html lang=\"{lang}\">")));
                let body = &html[html.find("<body>").expect("a body")..];
                assert!(!body.contains('{'), "a placeholder was left unfilled");
            }
        }
        // A Dutch apostrophe in the content reaches the page escaped.
        let html = questionnaire(&Content::builtin().expect("reads"), Mode::Full, "nl");
        assert!(html.contains("foto&#39;s"));
    }
}
