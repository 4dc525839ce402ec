//! The order in which the widget asks its questions: which questions share a
//! screen, where the respondent is, and how far along.
//!
//! Pure and native, so the step logic is tested without a browser; the
//! components only render what these functions return.

use crate::model::content::Content;
use crate::model::response::Response;
use serde::{Deserialize, Serialize};

/// One question the respondent answers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A classification question, by id.
    Question(String),
    /// A scored statement, by id.
    Item(String),
}

/// A group of questions that belong together: the situation, or one
/// dimension.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Situation,
    Dimension(String),
}

/// How many questions a screen holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A phone: one question per screen, large targets.
    Narrow,
    /// A wide screen: one part per screen.
    Wide,
}

/// One screen of questions.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub part: Part,
    pub units: Vec<Unit>,
}

/// Where the respondent is. Saved with the answers, so a reload returns to
/// the same question even when the screen is now wider or narrower.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "screen")]
pub enum Position {
    #[default]
    Start,
    /// On the page showing `unit`; `index` is the page number the unit was
    /// on, used when the unit no longer applies.
    Step {
        unit: Unit,
        index: usize,
    },
    Result,
    /// The facilitator's group view.
    Group,
    /// Someone else's result, opened from a link or the group view; never
    /// saved as a position.
    Shared,
}

/// Every part with its questions, in the order asked: the situation first,
/// then each dimension that has an applicable item.
pub fn parts(content: &Content, response: &Response) -> Vec<(Part, Vec<Unit>)> {
    let situation = content
        .classification
        .iter()
        .map(|q| Unit::Question(q.id.clone()))
        .collect::<Vec<_>>();
    let mut parts = Vec::with_capacity(content.dimensions.len() + 1);
    if !situation.is_empty() {
        parts.push((Part::Situation, situation));
    }
    let applicable = response.applicable_items(content);
    for dimension in &content.dimensions {
        let units: Vec<Unit> = applicable
            .iter()
            .filter(|i| i.dimension == dimension.id)
            .map(|i| Unit::Item(i.id.clone()))
            .collect();
        if !units.is_empty() {
            parts.push((Part::Dimension(dimension.id.clone()), units));
        }
    }
    parts
}

/// The screens for `layout`, in order.
pub fn pages(content: &Content, response: &Response, layout: Layout) -> Vec<Page> {
    let parts = parts(content, response);
    match layout {
        Layout::Wide => parts
            .into_iter()
            .map(|(part, units)| Page { part, units })
            .collect(),
        Layout::Narrow => parts
            .into_iter()
            .flat_map(|(part, units)| {
                units.into_iter().map(move |unit| Page {
                    part: part.clone(),
                    units: vec![unit],
                })
            })
            .collect(),
    }
}

/// The page `position` is on: the page holding its unit, else the page at
/// its saved index (clamped), so a question that stopped applying still
/// lands the respondent nearby. `None` for every screen without questions.
pub fn page_index(pages: &[Page], position: &Position) -> Option<usize> {
    match position {
        Position::Step { unit, index } => pages
            .iter()
            .position(|p| p.units.contains(unit))
            .or_else(|| (!pages.is_empty()).then(|| (*index).min(pages.len() - 1))),
        Position::Start | Position::Result | Position::Group | Position::Shared => None,
    }
}

/// The position of the first question on page `index`.
pub fn position_of(pages: &[Page], index: usize) -> Position {
    match pages.get(index).and_then(|p| p.units.first()) {
        Some(unit) => Position::Step {
            unit: unit.clone(),
            index,
        },
        None => Position::Result,
    }
}

/// Whether a question has an answer: a scored answer or "don't know" for an
/// item, at least one ticked choice for a classification question.
pub fn is_answered(response: &Response, unit: &Unit) -> bool {
    match unit {
        Unit::Question(id) => response
            .classification
            .get(id)
            .is_some_and(|c| !c.is_empty()),
        Unit::Item(id) => response.answer(id).is_some(),
    }
}

/// Answered and total questions, over every applicable question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    /// Whole percent answered, for a progress bar.
    pub fn percent(self) -> u32 {
        (self.answered * 100)
            .checked_div(self.total)
            .map_or(0, |p| p as u32)
    }
}

/// How far the respondent is, over the units given.
pub fn progress<'a>(response: &Response, units: impl IntoIterator<Item = &'a Unit>) -> Progress {
    units
        .into_iter()
        .fold(Progress::default(), |p, unit| Progress {
            answered: p.answered + usize::from(is_answered(response, unit)),
            total: p.total + 1,
        })
}

/// The number (1-based) of the first question of page `index` among all
/// questions, counting every question on earlier pages.
pub fn question_number(pages: &[Page], index: usize) -> usize {
    pages
        .iter()
        .take(index)
        .map(|p| p.units.len())
        .sum::<usize>()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::Answer;
    use crate::model::response::Mode;

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    #[test]
    fn the_situation_comes_first_then_every_dimension_with_items() {
        let c = content();
        let r = Response::new(&c, Mode::Quick);
        let parts = parts(&c, &r);
        assert_eq!(parts[0].0, Part::Situation);
        assert_eq!(parts[0].1.len(), c.classification.len());
        let dimensions: Vec<&Part> = parts.iter().skip(1).map(|(p, _)| p).collect();
        assert!(!dimensions.is_empty());
        for (part, units) in parts.iter().skip(1) {
            assert!(matches!(part, Part::Dimension(_)));
            assert!(!units.is_empty());
        }
    }

    #[test]
    fn a_phone_shows_one_question_per_screen_and_a_wide_screen_one_part() {
        let c = content();
        let r = Response::new(&c, Mode::Full);
        let narrow = pages(&c, &r, Layout::Narrow);
        let wide = pages(&c, &r, Layout::Wide);
        assert!(narrow.iter().all(|p| p.units.len() == 1));
        assert_eq!(wide.len(), parts(&c, &r).len());
        let count = |ps: &[Page]| ps.iter().map(|p| p.units.len()).sum::<usize>();
        assert_eq!(count(&narrow), count(&wide));
        assert_eq!(
            count(&narrow),
            c.classification.len() + r.applicable_items(&c).len()
        );
    }

    #[test]
    fn a_position_survives_a_change_of_layout() {
        let c = content();
        let r = Response::new(&c, Mode::Full);
        let narrow = pages(&c, &r, Layout::Narrow);
        let wide = pages(&c, &r, Layout::Wide);
        let position = position_of(&narrow, narrow.len() - 1);
        let on_wide = page_index(&wide, &position).expect("a step");
        assert_eq!(on_wide, wide.len() - 1);
        let back = position_of(&wide, on_wide);
        let on_narrow = page_index(&narrow, &back).expect("a step");
        assert_eq!(narrow[on_narrow].part, wide[on_wide].part);
    }

    #[test]
    fn a_question_that_stops_applying_falls_back_to_its_page_number() {
        let c = content();
        let r = Response::new(&c, Mode::Full);
        let narrow = pages(&c, &r, Layout::Narrow);
        let gone = Position::Step {
            unit: Unit::Item("no.such.item".into()),
            index: 5,
        };
        assert_eq!(page_index(&narrow, &gone), Some(5));
        let far = Position::Step {
            unit: Unit::Item("no.such.item".into()),
            index: 10_000,
        };
        assert_eq!(page_index(&narrow, &far), Some(narrow.len() - 1));
        assert_eq!(page_index(&narrow, &Position::Result), None);
    }

    #[test]
    fn progress_counts_dont_know_as_answered_and_default_choices_as_not() {
        let c = content();
        let mut r = Response::new(&c, Mode::Quick);
        let units: Vec<Unit> = parts(&c, &r).into_iter().flat_map(|(_, u)| u).collect();
        assert_eq!(progress(&r, &units).answered, 0);
        let first_item = r.applicable_items(&c).first().expect("an item").id.clone();
        r.set(&first_item, Answer::DontKnow);
        r.classification.insert(
            c.classification[0].id.clone(),
            vec![c.classification[0].default.clone()],
        );
        let p = progress(&r, &units);
        assert_eq!(p.answered, 2);
        assert_eq!(p.total, units.len());
        assert!(p.percent() > 0 && p.percent() < 100);
    }

    #[test]
    fn question_numbers_count_every_earlier_question() {
        let c = content();
        let r = Response::new(&c, Mode::Full);
        let wide = pages(&c, &r, Layout::Wide);
        assert_eq!(question_number(&wide, 0), 1);
        assert_eq!(question_number(&wide, 1), wide[0].units.len() + 1);
    }

    #[test]
    fn positions_are_saved_in_a_readable_form() {
        let p = Position::Step {
            unit: Unit::Item("leadership.trekker".into()),
            index: 3,
        };
        let json = serde_json::to_string(&p).expect("serialises");
        assert_eq!(
            json,
            r#"{"screen":"step","unit":{"item":"leadership.trekker"},"index":3}"#
        );
        assert_eq!(
            serde_json::from_str::<Position>(&json).expect("reads back"),
            p
        );
    }
}
