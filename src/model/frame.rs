//! The part of the content that applies to one respondent, indexed once so
//! that scoring and the search for the smallest lift stay fast.

use super::answer::Answer;
use super::content::{Content, Flag, Item};
use super::response::Response;
use super::score::dimension_weight;

/// The items, dimension weights and flags that apply to a respondent, with
/// positions instead of ids.
pub struct Frame<'c> {
    pub content: &'c Content,
    /// Applicable items, in content order.
    pub items: Vec<&'c Item>,
    /// For each applicable item, the position of its dimension.
    pub item_dimension: Vec<usize>,
    /// Each dimension's weight in this situation, in content order.
    pub dimension_weights: Vec<f64>,
    /// Applicable flags with the positions of their applicable trigger items.
    pub flags: Vec<(&'c Flag, Vec<usize>)>,
}

impl<'c> Frame<'c> {
    pub fn new(content: &'c Content, response: &Response) -> Frame<'c> {
        let items: Vec<&Item> = content
            .items
            .iter()
            .filter(|i| response.applies(content, i))
            .collect();
        let item_dimension = items
            .iter()
            .map(|i| {
                content
                    .dimensions
                    .iter()
                    .position(|d| d.id == i.dimension)
                    .unwrap_or(usize::MAX)
            })
            .collect();
        let dimension_weights = content
            .dimensions
            .iter()
            .map(|d| dimension_weight(content, response, d))
            .collect();
        let flags = content
            .flags
            .iter()
            .filter(|f| {
                f.when
                    .as_ref()
                    .is_none_or(|c| c.holds(content, &response.classification))
            })
            .map(|f| {
                let positions = f
                    .items
                    .iter()
                    .filter_map(|id| items.iter().position(|i| &i.id == id))
                    .collect();
                (f, positions)
            })
            .collect();
        Frame {
            content,
            items,
            item_dimension,
            dimension_weights,
            flags,
        }
    }

    /// The respondent's answers, one per applicable item.
    pub fn answers(&self, response: &Response) -> Vec<Option<Answer>> {
        self.items.iter().map(|i| response.answer(&i.id)).collect()
    }

    pub fn position(&self, item: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == item)
    }
}
