//! What a facilitator keeps beside the assessment: the group of responses
//! and the measurements saved over time, as stored on the device (in the
//! envelope of [`crate::persist`]), each response brought to the current
//! content version when read back.

use crate::model::content::Content;
use crate::model::group::Member;
use crate::model::measurement::Measurement;
use crate::model::migration::migrate;
use crate::model::response::Response;
use crate::persist::envelope::{self, Read};
use crate::persist::keys::Stored;
use serde::{Deserialize, Serialize};

/// A list read back, with the number of answers that went with questions
/// that no longer exist.
#[derive(Clone, Debug, PartialEq)]
pub struct Carried<T> {
    pub list: Vec<T>,
    pub dropped: usize,
}

#[derive(Serialize)]
struct MemberOut<'a> {
    label: &'a str,
    response: &'a Response,
}

#[derive(Deserialize)]
struct MemberIn {
    label: String,
    response: Response,
}

/// Brings every response in `list` to `content`'s version, counting the
/// answers that had to go.
fn migrated<T>(
    content: &Content,
    mut list: Vec<T>,
    response: impl Fn(&mut T) -> &mut Response,
) -> Carried<T> {
    let mut dropped = 0;
    for entry in &mut list {
        let slot = response(entry);
        let (current, report) = migrate(content, std::mem::take(slot));
        dropped += report.dropped.len();
        *slot = current;
    }
    Carried { list, dropped }
}

/// The stored form of a group, or `None` for an empty one.
pub fn encode_group(members: &[Member]) -> Option<String> {
    let list: Vec<MemberOut> = members
        .iter()
        .map(|m| MemberOut {
            label: &m.label,
            response: &m.response,
        })
        .collect();
    (!list.is_empty()).then(|| envelope::encode(Stored::Group, &list))
}

/// Reads a stored group.
pub fn decode_group(content: &Content, raw: &str) -> Read<Carried<Member>> {
    envelope::decode::<Vec<MemberIn>>(Stored::Group, raw).map(|list| {
        let members = list
            .into_iter()
            .map(|m| Member {
                label: m.label,
                response: m.response,
            })
            .collect();
        migrated(content, members, |m| &mut m.response)
    })
}

/// The stored form of the measurements, or `None` when there are none.
pub fn encode_measurements(measurements: &[Measurement]) -> Option<String> {
    (!measurements.is_empty()).then(|| envelope::encode(Stored::Measurements, &measurements))
}

/// Reads stored measurements.
pub fn decode_measurements(content: &Content, raw: &str) -> Read<Carried<Measurement>> {
    envelope::decode::<Vec<Measurement>>(Stored::Measurements, raw)
        .map(|list| migrated(content, list, |m| &mut m.response))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::{Agreement, Answer};
    use crate::model::response::Mode;

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    fn response(c: &Content, value: u8) -> Response {
        let mut r = Response::new(c, Mode::Quick);
        r.set(
            &c.items[0].id,
            Answer::Agreement(Agreement::new(value).expect("1-5")),
        );
        r.set(&c.items[1].id, Answer::DontKnow);
        r
    }

    #[test]
    fn a_group_round_trips() {
        let c = content();
        let members = vec![
            Member {
                label: "Gemeente".into(),
                response: response(&c, 5),
            },
            Member {
                label: "Winkelier \"Noord\"".into(),
                response: response(&c, 2),
            },
        ];
        let raw = encode_group(&members).expect("not empty");
        assert!(raw.starts_with(r#"{"schema":1,"list":[{"label":"Gemeente""#));
        assert_eq!(
            decode_group(&c, &raw),
            Read::Value(Carried {
                list: members,
                dropped: 0
            })
        );
        assert_eq!(encode_group(&[]), None, "an empty group removes the key");
        assert_eq!(
            decode_group(&c, r#"{"schema":1,"list":[]}"#),
            Read::Value(Carried {
                list: vec![],
                dropped: 0
            })
        );
    }

    #[test]
    fn measurements_round_trip() {
        let c = content();
        let list = vec![Measurement {
            label: "voor de start".into(),
            date: "2026-01-31".into(),
            response: response(&c, 3),
        }];
        assert_eq!(
            decode_measurements(&c, &encode_measurements(&list).expect("not empty")),
            Read::Value(Carried {
                list: list.clone(),
                dropped: 0
            })
        );
    }

    #[test]
    fn entries_of_the_wrong_shape_are_corrupt() {
        let c = content();
        for raw in [
            r#"{"schema":1,"list":[{"label":3}]}"#,
            r#"{"schema":1,"list":[{"label":"a","response":{"content_version":"1","answers":{"x":9}}}]}"#,
        ] {
            assert!(
                matches!(decode_group(&c, raw), Read::Corrupt(_)),
                "group {raw:?} accepted"
            );
            assert!(
                matches!(decode_measurements(&c, raw), Read::Corrupt(_)),
                "measurements {raw:?} accepted"
            );
        }
    }

    #[test]
    fn a_newer_schema_is_reported_not_read() {
        let c = content();
        let raw = r#"{"schema":4,"list":"another shape"}"#;
        assert_eq!(decode_group(&c, raw), Read::Newer { schema: 4 });
        assert_eq!(decode_measurements(&c, raw), Read::Newer { schema: 4 });
    }

    #[test]
    fn older_content_is_migrated_and_dropped_answers_counted() {
        let c = content();
        let mut old = response(&c, 4);
        old.content_version = "0.0.1-never-released".into();
        old.set("gone.item", Answer::DontKnow);
        let members = vec![Member {
            label: "a".into(),
            response: old,
        }];
        match decode_group(&c, &encode_group(&members).expect("not empty")) {
            Read::Value(Carried { list, dropped }) => {
                assert_eq!(dropped, 1);
                assert_eq!(list[0].response.content_version, c.version);
                assert_eq!(list[0].response.answers.len(), 2);
            }
            other => panic!("{other:?}"),
        }
    }
}
