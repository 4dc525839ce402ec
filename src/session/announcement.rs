//! The one wording of where the respondent is: the step label above the
//! questions ("Question 3 of 30", "Part 2 of 9") and what the screen
//! reader hears on arriving at a screen.

use crate::model::content::Content;
use crate::model::verdict::Outcome;
use crate::session::flow::{self, Layout, Page, Part, Position};
use crate::session::report;
use crate::session::texts::{self, fill};

/// The title of a part, such as "D6 Leadership and process".
pub fn part_title(content: &Content, lang: &str, part: &Part) -> String {
    match part {
        Part::Situation => content.ui(texts::PARTS_SITUATION, lang).to_owned(),
        Part::Dimension(id) => report::phrases::part_title(content, lang, id),
    }
}

/// Where page `index` lies: among the questions on a phone, one per
/// screen, among the parts on a wide screen, one part per screen.
pub fn step_label(
    content: &Content,
    lang: &str,
    pages: &[Page],
    index: usize,
    layout: Layout,
) -> String {
    let (key, n, total) = match layout {
        Layout::Wide => (texts::STEP_PART_OF, index + 1, pages.len()),
        Layout::Narrow => (
            texts::STEP_QUESTION_OF,
            flow::question_number(pages, index),
            pages.iter().map(|p| p.units.len()).sum(),
        ),
    };
    fill(
        content.ui(key, lang),
        &[("n", &n.to_string()), ("total", &total.to_string())],
    )
}

/// What the live region says on arriving at `position`. `verdict` is the
/// outcome on the screen arrived at (the own result or a shared one), read
/// only when that screen has one.
pub fn announcement(
    content: &Content,
    lang: &str,
    pages: &[Page],
    position: &Position,
    layout: Layout,
    verdict: impl FnOnce() -> Option<Outcome>,
) -> String {
    let t = |key| content.ui(key, lang);
    let verdict_text = |verdict: Option<Outcome>| verdict.map_or("", |o| t(texts::outcome_key(o)));
    match position {
        Position::Start => t(texts::ANNOUNCE_START).to_owned(),
        Position::Group => t(texts::ANNOUNCE_GROUP).to_owned(),
        Position::Result => fill(
            t(texts::ANNOUNCE_RESULT),
            &[("verdict", verdict_text(verdict()))],
        ),
        Position::Shared => fill(
            t(texts::ANNOUNCE_SHARED),
            &[("verdict", verdict_text(verdict()))],
        ),
        Position::Step { .. } => match flow::page_index(pages, position) {
            Some(i) => format!(
                "{}: {}",
                step_label(content, lang, pages, i, layout),
                part_title(content, lang, &pages[i].part)
            ),
            None => String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::response::{Mode, Response};
    use crate::model::verdict::Level;

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    #[test]
    fn a_phone_counts_questions_and_a_wide_screen_parts() {
        let c = content();
        let r = Response::new(&c, Mode::Quick);
        let narrow = flow::pages(&c, &r, Layout::Narrow);
        let wide = flow::pages(&c, &r, Layout::Wide);
        let questions = narrow.len();
        assert_eq!(
            step_label(&c, "en", &narrow, 2, Layout::Narrow),
            format!("Question 3 of {questions}")
        );
        assert_eq!(
            step_label(&c, "en", &wide, 1, Layout::Wide),
            format!("Part 2 of {}", wide.len())
        );
        let nl = step_label(&c, "nl", &narrow, 0, Layout::Narrow);
        assert!(
            nl.contains('1') && nl.contains(&questions.to_string()),
            "{nl}"
        );
    }

    #[test]
    fn a_question_screen_is_announced_with_its_step_and_part() {
        let c = content();
        let r = Response::new(&c, Mode::Quick);
        let pages = flow::pages(&c, &r, Layout::Narrow);
        let last = pages.len() - 1;
        let at = flow::position_of(&pages, last);
        let said = announcement(&c, "en", &pages, &at, Layout::Narrow, || {
            panic!("a question screen has no verdict")
        });
        let title = part_title(&c, "en", &pages[last].part);
        assert_eq!(
            said,
            format!(
                "{}: {title}",
                step_label(&c, "en", &pages, last, Layout::Narrow)
            )
        );
        let first = announcement(
            &c,
            "en",
            &pages,
            &flow::position_of(&pages, 0),
            Layout::Narrow,
            || None,
        );
        assert!(
            first.ends_with(&part_title(&c, "en", &Part::Situation)),
            "{first}"
        );
    }

    #[test]
    fn the_result_is_announced_with_its_verdict() {
        let c = content();
        let said = announcement(&c, "en", &[], &Position::Result, Layout::Wide, || {
            Some(Outcome::Level(Level::Promising))
        });
        assert!(
            said.contains(c.ui(texts::VERDICT_PROMISING, "en")),
            "{said}"
        );
        let shared = announcement(&c, "nl", &[], &Position::Shared, Layout::Wide, || {
            Some(Outcome::TooUncertain)
        });
        assert!(
            shared.contains(c.ui(texts::VERDICT_TOO_UNCERTAIN, "nl")),
            "{shared}"
        );
        for plain in [Position::Start, Position::Group] {
            let said = announcement(&c, "en", &[], &plain, Layout::Wide, || {
                panic!("{plain:?} has no verdict")
            });
            assert!(!said.is_empty());
        }
    }
}
