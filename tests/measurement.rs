//! Measurements over time report the change per dimension since the
//! previous one.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::answer::{Agreement, Answer};
use kansrijk::model::content::Content;
use kansrijk::model::measurement::{compare, timeline, Measurement};
use kansrijk::model::response::{Mode, Response};

fn all(c: &Content, value: u8) -> Response {
    let mut r = Response::new(c, Mode::Quick);
    for i in c.items.iter().filter(|i| i.quick) {
        let v = if i.reverse { 6 - value } else { value };
        r.set(&i.id, Answer::Agreement(Agreement::new(v).expect("1-5")));
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
        (Some(25.0), Some(75.0), Some(50.0))
    );
    assert!(cmp.after != cmp.before);
}

#[test]
fn the_timeline_follows_the_dates_not_the_order_of_saving() {
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
    ];
    let steps = timeline(&c, &list);
    assert_eq!(
        steps.iter().map(|(a, b, _)| (*a, *b)).collect::<Vec<_>>(),
        vec![(1, 2), (2, 0)]
    );
    assert!(steps.iter().all(|(_, _, cmp)| cmp
        .dimensions
        .iter()
        .all(|d| d.change.is_some_and(|x| x > 0.0))));
}
