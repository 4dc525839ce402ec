//! The shape that marks a respondent in the dot plot, one per side, so the
//! plot reads in black and white. The sides are the choices of the content's
//! side question, in their order: a filled circle for the first (the public
//! side), an open square for the second (the private side), and a grey
//! triangle for any later one (and for a side the content does not know).

use crate::model::content::{Content, QuestionRole};
use crate::ui::widgets::chart::px;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
}

impl Marker {
    /// The marker of a respondent on `side` (a choice id; the side question
    /// has a default, so every respondent has one).
    pub fn of(content: &Content, side: Option<&str>) -> Marker {
        let position = side.and_then(|side| {
            content
                .question_with_role(QuestionRole::Side)
                .and_then(|q| q.choices.iter().position(|c| c.id == side))
        });
        match position {
            Some(0) => Marker::Circle,
            Some(1) => Marker::Square,
            _ => Marker::Triangle,
        }
    }

    /// The path of the marker centred on (`x`, `y`).
    pub fn path(self, x: f64, y: f64) -> String {
        match self {
            Marker::Circle => format!("M{} {}a5 5 0 1 0 10 0a5 5 0 1 0-10 0z", px(x - 5.0), px(y)),
            Marker::Square => format!("M{} {}h9v9h-9z", px(x - 4.5), px(y - 4.5)),
            Marker::Triangle => format!("M{} {}l6 10h-12z", px(x), px(y - 6.0)),
        }
    }

    /// The style sheet's class for the marker's fill and stroke.
    pub fn class(self) -> &'static str {
        match self {
            Marker::Circle => "kr-dot-filled",
            Marker::Square => "kr-dot-open",
            Marker::Triangle => "kr-dot-grey",
        }
    }
}
