//! Measurements over time report the change per dimension between any
//! two of them, the latest two unless others are chosen.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::content::Content;

mod strategies;
use kansrijk::model::measurement::{compare, in_date_order, latest_pair, Measurement};
use kansrijk::model::response::{Mode, Response};
use strategies::at;

fn all(c: &Content, value: u8) -> Response {
    let mut r = Response::new(c, Mode::Quick);
    // Measurements follow a running partnership, where "not yet" counts.
    r.classification
        .insert("phase".into(), vec!["running".into()]);
    for i in c.items.iter().filter(|i| i.quick) {
        r.set(&i.id, at(i, value));
    }
    r
}

#[test]
fn the_change_per_dimension_is_after_minus_before() {
    let c = Content::builtin().expect("content parses");
    let cmp = compare(&c, &all(&c, 2), &all(&c, 4));
    let lead = cmp
        .dimensions
        .iter()
        .find(|d| d.dimension == "leadership")
        .expect("leadership");
    assert_eq!(
        (lead.before, lead.after, lead.change),
        // The driver (status, weight 3) and trust in the driver (weight 2):
        // at 2 absent and "disagree", (0 + 2 x 25) / 5; at 4 in place and
        // "agree", (3 x 100 + 2 x 75) / 5.
        (Some(10.0), Some(90.0), Some(80.0))
    );
    assert!(cmp.after != cmp.before);
}

#[test]
fn measurements_are_ordered_by_date_not_by_saving_and_the_latest_two_compared_first() {
    let c = Content::builtin().expect("content parses");
    let m = |label: &str, date: &str, v: u8| Measurement {
        label: label.into(),
        date: date.into(),
        response: all(&c, v),
    };
    let list = vec![
        m("after a year", "2027-06-01", 5),
        m("before the start", "2026-06-01", 2),
        m("after six months", "2026-12-01", 3),
        m("again after six months", "2026-12-01", 4),
    ];
    assert_eq!(in_date_order(&list), vec![1, 2, 3, 0]);
    assert_eq!(latest_pair(&list), Some((3, 0)));
    assert_eq!(latest_pair(&list[..1]), None);
    // Any two can be compared, not only neighbours: the first with the last.
    let whole = compare(&c, &list[1].response, &list[0].response);
    assert!(whole
        .dimensions
        .iter()
        .all(|d| d.change.is_some_and(|x| x > 0.0)));
}
