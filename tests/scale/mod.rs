//! Answers on an item's own scale, for the tests of both targets: `value`
//! 1-5 (5 the best) as a point of agreement, or for a status 1-2 absent, 3
//! not yet, 4-5 in place.

use kansrijk::model::answer::{Agreement, Answer, Status};
use kansrijk::model::content::{Item, Scale};

pub fn at(item: &Item, value: u8) -> Answer {
    match item.scale {
        Scale::Agreement => {
            let v = if item.reverse { 6 - value } else { value };
            Answer::Agreement(Agreement::new(v).expect("1-5"))
        }
        Scale::Status => Answer::Status(match value {
            1 | 2 => Status::Absent,
            3 => Status::NotYet,
            _ => Status::InPlace,
        }),
    }
}
