//! The first part of the questionnaire: the situation questions, each with
//! its choices as lettered boxes, which decide which statements apply and
//! which form the partnership takes.

use super::numbering::letter;
use super::words::{Sheet, BOX};
use crate::model::content::Question;
use crate::session::html::escape;
use crate::session::texts;

/// The situation questions, each with its choices as lettered boxes; the
/// tally sheet names choices by these letters.
pub(super) fn section(sheet: &Sheet) -> String {
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p class=\"kr-muted\">{}</p>\n",
        sheet.e(texts::PARTS_SITUATION),
        sheet.e(texts::PARTS_SITUATION_INTRO)
    );
    for (label, q) in &sheet.numbers.questions {
        out.push_str(&question(sheet, label, q));
    }
    out.push_str("</section>\n");
    out
}

fn question(sheet: &Sheet, label: &str, q: &Question) -> String {
    let lang = sheet.lang;
    let how = if q.multiple {
        texts::PAPER_TICK_ALL
    } else {
        texts::PAPER_TICK_ONE
    };
    let mut out = format!(
        "<div class=\"kr-q\" data-question=\"{}\">\n<p><strong>{}</strong> {} <span class=\"kr-muted\">{}</span></p>\n",
        escape(&q.id),
        escape(label),
        escape(q.text.get(lang)),
        sheet.e(how)
    );
    if let Some(help) = &q.help {
        out.push_str(&format!(
            "<p class=\"kr-muted\">{}</p>\n",
            escape(help.get(lang))
        ));
    }
    out.push_str("<ul class=\"kr-options\">\n");
    for (i, choice) in q.choices.iter().enumerate() {
        out.push_str(&format!(
            "<li data-choice=\"{}\">{BOX}<span class=\"kr-letter\">{}</span>{}</li>\n",
            escape(&choice.id),
            letter(i),
            escape(choice.label.get(lang))
        ));
    }
    out.push_str("</ul>\n</div>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::super::questionnaire;
    use crate::model::content::Content;
    use crate::model::response::Mode;
    use crate::session::html::escape;
    use crate::session::texts;

    #[test]
    fn every_situation_question_and_choice_appears_with_how_many_to_tick() {
        let content = Content::builtin().expect("the built-in content reads");
        for lang in ["nl", "en"] {
            let html = questionnaire(&content, Mode::Quick, lang);
            for q in &content.classification {
                let start = html
                    .find(&format!("data-question=\"{}\"", q.id))
                    .unwrap_or_else(|| panic!("{} missing", q.id));
                let block = &html[start..start + html[start..].find("</div>").expect("end")];
                assert!(block.contains(&escape(q.text.get(lang))));
                let how = if q.multiple {
                    texts::PAPER_TICK_ALL
                } else {
                    texts::PAPER_TICK_ONE
                };
                assert!(block.contains(&escape(content.ui(how, lang))), "{}", q.id);
                for c in &q.choices {
                    assert!(
                        block.contains(&escape(c.label.get(lang))),
                        "{}.{}",
                        q.id,
                        c.id
                    );
                }
                assert_eq!(block.matches("kr-box").count(), q.choices.len());
            }
        }
    }
}
