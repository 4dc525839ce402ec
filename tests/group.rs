//! The group view's numbers: counts, means, spread, the public-private gap
//! and a group verdict that no partner's knock-out can be averaged out of.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::answer::{Agreement, Answer, Status};
use kansrijk::model::content::Content;

mod strategies;
use kansrijk::model::group::{summarise, typical, Member};
use kansrijk::model::response::{Mode, Response};
use kansrijk::model::verdict::{Level, Outcome};
use strategies::at;

fn member(c: &Content, label: &str, side: &str, value: u8) -> Member {
    let mut r = Response::new(c, Mode::Quick);
    r.classification.insert("side".into(), vec![side.into()]);
    r.classification
        .insert("personal_data".into(), vec!["no".into()]);
    r.classification
        .insert("private_coercion".into(), vec!["no".into()]);
    for i in c.items.iter().filter(|i| i.quick) {
        r.set(&i.id, at(i, value));
    }
    Member {
        label: label.into(),
        response: r,
    }
}

#[test]
fn counts_means_and_the_public_private_gap() {
    let c = Content::builtin().expect("content parses");
    let members = vec![
        member(&c, "gemeente", "public", 5),
        member(&c, "politie", "public", 4),
        member(&c, "winkelier", "private", 2),
    ];
    let g = summarise(&c, &members).expect("a group");
    assert_eq!(g.respondents, 3);
    let d = g
        .dimensions
        .iter()
        .find(|d| d.dimension == "leadership")
        .expect("leadership");
    // Leadership's quick items: the driver (a status, weight 3) and whether
    // the driver is trusted (agreement, weight 2). At 4 the driver is in
    // place and trust is "agree": (3 x 100 + 2 x 75) / 5 = 90; at 2 the
    // driver is absent and trust "disagree": (0 + 2 x 25) / 5 = 10.
    assert_eq!(d.positions, vec![Some(100.0), Some(90.0), Some(10.0)]);
    assert!((d.mean.expect("mean") - 200.0 / 3.0).abs() < 1e-9);
    assert!(d.spread.expect("spread") > 30.0);
    let gap = g
        .side_gaps
        .iter()
        .find(|s| s.dimension == "leadership")
        .expect("gap");
    assert_eq!(
        (gap.public, gap.private, gap.gap),
        (Some(95.0), Some(10.0), Some(85.0))
    );
    assert!(!g.disagreements.is_empty());
    assert!(g
        .disagreements
        .windows(2)
        .all(|w| w[0].spread >= w[1].spread));
}

#[test]
fn one_partners_knock_out_keeps_the_group_from_promising() {
    let c = Content::builtin().expect("content parses");
    let mut members = vec![
        member(&c, "a", "public", 5),
        member(&c, "b", "public", 5),
        member(&c, "c", "private", 5),
    ];
    assert_eq!(
        summarise(&c, &members).expect("group").verdict.outcome,
        Outcome::Level(Level::Promising)
    );
    members[2]
        .response
        .set("leadership.driver", Answer::Status(Status::Absent));
    let g = summarise(&c, &members).expect("group");
    assert_eq!(g.verdict.typical, Outcome::Level(Level::Promising));
    assert_eq!(g.verdict.contested, vec!["nobody_leads".to_owned()]);
    assert_eq!(g.verdict.outcome, Outcome::Level(Level::Conditional));
    let flag = g
        .flags
        .iter()
        .find(|f| f.flag == "nobody_leads")
        .expect("flag");
    assert_eq!(flag.raised_by, vec![2]);
}

#[test]
fn the_typical_answer_is_the_cautious_median() {
    let c = Content::builtin().expect("content parses");
    let members = vec![member(&c, "a", "public", 5), member(&c, "b", "private", 2)];
    let t = typical(&c, &members);
    let item = c
        .items
        .iter()
        .find(|i| i.quick && !i.reverse)
        .expect("a quick item");
    assert_eq!(
        t.answer(&item.id),
        Some(Answer::Agreement(Agreement::new(2).expect("2")))
    );
    assert_eq!(
        t.classification["side"],
        vec!["public".to_owned(), "private".to_owned()]
    );
}

#[test]
fn an_empty_group_has_no_summary() {
    let c = Content::builtin().expect("content parses");
    assert!(summarise(&c, &[]).is_none());
}

#[test]
fn the_csv_export_matches_the_summary() {
    let c = Content::builtin().expect("content parses");
    let members = vec![
        member(&c, "gemeente, team \"Veilig\"", "public", 5),
        member(&c, "politie", "public", 4),
        member(&c, "winkelier", "private", 2),
    ];
    let csv = kansrijk::session::spreadsheet::to_csv(&c, &members, "nl");
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines.len(),
        1 + 3 + 1,
        "header, three respondents, the means"
    );
    // No field here holds a `;`, so a plain split reads the Dutch file.
    let header: Vec<&str> = lines[0].split(';').collect();
    let col = header
        .iter()
        .position(|h| h.ends_with("(leadership)"))
        .expect("leadership column");
    assert!(lines[1].starts_with("\"gemeente, team \"\"Veilig\"\"\";Overheid "));
    assert_eq!(lines[2].split(';').nth(col), Some("90,0"));
    assert_eq!(lines[4].split(';').nth(col), Some("66,7"));
    let json: serde_json::Value =
        serde_json::from_str(&kansrijk::model::group_file::to_json(&c, &members)).expect("json");
    assert_eq!(json["summary"]["respondents"], 3);
    assert_eq!(json["respondents"].as_array().map(Vec::len), Some(3));
}
