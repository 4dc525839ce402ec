//! The group view and the measurements as kept on the device, each under
//! its own key (`GROUP_KEY`, `MEASUREMENTS_KEY` in [`crate::saved`]) and in
//! its own versioned envelope, read back the way [`crate::saved`] reads the
//! assessment:
//!
//! | found | outcome |
//! |---|---|
//! | not JSON, no `schema`, or a list of the wrong shape | [`Kept::Corrupt`] |
//! | a `schema` newer than [`SCHEMA`] | [`Kept::Newer`]: leave it alone |
//! | [`SCHEMA`] | [`Kept::Read`], each response brought to the current content version |
//!
//! Pure and native: `storage.rs` only moves the strings.

use crate::model::content::Content;
use crate::model::group::Member;
use crate::model::measurement::Measurement;
use crate::model::migration::migrate;
use crate::model::response::Response;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The version of both envelopes' shape.
pub const SCHEMA: u32 = 1;

/// What a stored group or list of measurements turned out to hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Kept<T> {
    /// Usable; `dropped` counts answers to questions that no longer exist.
    Read { value: T, dropped: usize },
    /// Unreadable: the reason, for the developer console.
    Corrupt(String),
    /// Written by a newer build in a shape this one does not know; it must
    /// not be overwritten.
    Newer { schema: u32 },
}

#[derive(Serialize)]
struct EnvelopeOut<T> {
    schema: u32,
    list: T,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    schema: u32,
    list: serde_json::Value,
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

fn encode<T: Serialize>(list: T) -> String {
    serde_json::to_string(&EnvelopeOut {
        schema: SCHEMA,
        list,
    })
    .unwrap_or_else(|_| String::from("{}"))
}

fn decode<T: DeserializeOwned>(raw: &str) -> Kept<Vec<T>> {
    let envelope: EnvelopeIn = match serde_json::from_str(raw) {
        Ok(e) => e,
        Err(e) => return Kept::Corrupt(e.to_string()),
    };
    if envelope.schema > SCHEMA {
        return Kept::Newer {
            schema: envelope.schema,
        };
    }
    if envelope.schema < SCHEMA {
        return Kept::Corrupt(format!("schema {} was never written", envelope.schema));
    }
    match serde_json::from_value(envelope.list) {
        Ok(value) => Kept::Read { value, dropped: 0 },
        Err(e) => Kept::Corrupt(e.to_string()),
    }
}

/// Brings every response in `kept` to `content`'s version, counting the
/// answers that had to go.
fn migrated<T>(
    content: &Content,
    kept: Kept<Vec<T>>,
    response: impl Fn(&mut T) -> &mut Response,
) -> Kept<Vec<T>> {
    let Kept::Read { mut value, .. } = kept else {
        return kept;
    };
    let mut dropped = 0;
    for entry in &mut value {
        let slot = response(entry);
        let (current, report) = migrate(content, std::mem::take(slot));
        dropped += report.dropped.len();
        *slot = current;
    }
    Kept::Read { value, dropped }
}

/// The stored form of a group.
pub fn encode_group(members: &[Member]) -> String {
    encode(
        members
            .iter()
            .map(|m| MemberOut {
                label: &m.label,
                response: &m.response,
            })
            .collect::<Vec<_>>(),
    )
}

/// Reads a stored group.
pub fn decode_group(content: &Content, raw: &str) -> Kept<Vec<Member>> {
    let kept = match decode::<MemberIn>(raw) {
        Kept::Read { value, dropped } => Kept::Read {
            value: value
                .into_iter()
                .map(|m| Member {
                    label: m.label,
                    response: m.response,
                })
                .collect(),
            dropped,
        },
        Kept::Corrupt(why) => Kept::Corrupt(why),
        Kept::Newer { schema } => Kept::Newer { schema },
    };
    migrated(content, kept, |m| &mut m.response)
}

/// The stored form of the measurements.
pub fn encode_measurements(measurements: &[Measurement]) -> String {
    encode(measurements)
}

/// Reads stored measurements.
pub fn decode_measurements(content: &Content, raw: &str) -> Kept<Vec<Measurement>> {
    migrated(content, decode::<Measurement>(raw), |m| &mut m.response)
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
        let raw = encode_group(&members);
        assert!(raw.starts_with(r#"{"schema":1,"list":[{"label":"Gemeente""#));
        assert_eq!(
            decode_group(&c, &raw),
            Kept::Read {
                value: members,
                dropped: 0
            }
        );
        assert_eq!(
            decode_group(&c, &encode_group(&[])),
            Kept::Read {
                value: vec![],
                dropped: 0
            }
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
            decode_measurements(&c, &encode_measurements(&list)),
            Kept::Read {
                value: list,
                dropped: 0
            }
        );
    }

    #[test]
    fn garbage_and_wrong_shapes_are_corrupt() {
        let c = content();
        for raw in [
            "",
            "not json",
            "[]",
            r#"{"list":[]}"#,
            r#"{"schema":0,"list":[]}"#,
            r#"{"schema":1,"list":{}}"#,
            r#"{"schema":1,"list":[{"label":3}]}"#,
            r#"{"schema":1,"list":[{"label":"a","response":{"content_version":"1","answers":{"x":9}}}]}"#,
        ] {
            assert!(
                matches!(decode_group(&c, raw), Kept::Corrupt(_)),
                "group {raw:?} accepted"
            );
            assert!(
                matches!(decode_measurements(&c, raw), Kept::Corrupt(_)),
                "measurements {raw:?} accepted"
            );
        }
    }

    #[test]
    fn a_newer_schema_is_reported_not_read() {
        let c = content();
        let raw = r#"{"schema":4,"list":"another shape"}"#;
        assert_eq!(decode_group(&c, raw), Kept::Newer { schema: 4 });
        assert_eq!(decode_measurements(&c, raw), Kept::Newer { schema: 4 });
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
        match decode_group(&c, &encode_group(&members)) {
            Kept::Read { value, dropped } => {
                assert_eq!(dropped, 1);
                assert_eq!(value[0].response.content_version, c.version);
                assert_eq!(value[0].response.answers.len(), 2);
            }
            other => panic!("{other:?}"),
        }
    }
}
