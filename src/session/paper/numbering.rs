//! The numbers both documents share: the questionnaire prints them, the
//! tally sheet refers to them, so they are worked out in one place.

use crate::model::content::{Content, Dimension, Item, Question};
use crate::model::response::{Mode, Response};
use crate::session::texts::{fill, PAPER_SITUATION_NUMBER};

/// A dimension with the statements of the mode that belong to it.
pub(super) struct Part<'c> {
    pub dimension: &'c Dimension,
    /// Each statement with its number, in content order.
    pub statements: Vec<(usize, &'c Item)>,
}

/// The statements of a mode, numbered from 1 in the order they are printed,
/// and the situation questions with their labels ("S1", "S2", ...).
pub(super) struct Numbering<'c> {
    /// Every dimension in content order, also one the mode asks nothing of,
    /// so the tally sheet names every part.
    pub parts: Vec<Part<'c>>,
    pub questions: Vec<(String, &'c Question)>,
}

impl<'c> Numbering<'c> {
    pub fn new(content: &'c Content, mode: Mode, lang: &str) -> Numbering<'c> {
        // The response decides which items belong to a mode, so paper and
        // app cannot disagree about it.
        let response = Response::new(content, mode);
        let mut next = 0;
        let parts = content
            .dimensions
            .iter()
            .map(|dimension| Part {
                dimension,
                statements: content
                    .items_of(&dimension.id)
                    .filter(|item| response.in_mode(item))
                    .map(|item| {
                        next += 1;
                        (next, item)
                    })
                    .collect(),
            })
            .collect();
        let template = content.ui(PAPER_SITUATION_NUMBER, lang);
        let questions = content
            .classification
            .iter()
            .enumerate()
            .map(|(i, q)| (fill(template, &[("n", &(i + 1).to_string())]), q))
            .collect();
        Numbering { parts, questions }
    }

    /// Every numbered statement, in order.
    pub fn statements(&self) -> impl Iterator<Item = (usize, &'c Item)> + '_ {
        self.parts.iter().flat_map(|p| p.statements.iter().copied())
    }

    /// The number of a statement, if the mode asks it.
    pub fn statement(&self, item: &str) -> Option<usize> {
        self.statements()
            .find(|(_, i)| i.id == item)
            .map(|(n, _)| n)
    }

    /// The label of a situation question, such as "S3".
    pub fn question(&self, id: &str) -> Option<&str> {
        self.questions
            .iter()
            .find(|(_, q)| q.id == id)
            .map(|(label, _)| label.as_str())
    }
}

/// The letter of the `index`-th choice of a question: a, b, c, ...; past z,
/// its number, which no question of the content comes near.
pub(super) fn letter(index: usize) -> String {
    u8::try_from(index)
        .ok()
        .filter(|i| *i < 26)
        .map(|i| char::from(b'a' + i).to_string())
        .unwrap_or_else(|| (index + 1).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_run_on_across_parts_and_the_quick_scan_is_a_subset() {
        let content = Content::builtin().expect("the built-in content reads");
        let full = Numbering::new(&content, Mode::Full, "en");
        let quick = Numbering::new(&content, Mode::Quick, "en");
        let numbers: Vec<usize> = full.statements().map(|(n, _)| n).collect();
        assert_eq!(numbers, (1..=content.items.len()).collect::<Vec<_>>());
        assert!(quick.statements().all(|(_, i)| i.quick));
        assert_eq!(
            quick.statements().count(),
            content.items.iter().filter(|i| i.quick).count()
        );
        assert_eq!(full.question(&content.classification[0].id), Some("S1"));
        assert_eq!(letter(0), "a");
        assert_eq!(letter(25), "z");
        assert_eq!(letter(26), "27");
    }
}
