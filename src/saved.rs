//! What the widget keeps on the device, and how an earlier save is read
//! back.
//!
//! ## Format
//! One JSON envelope, `{ "schema": 1, "state": { ... } }`. `schema` numbers
//! the shape of `state`; the content version inside the response numbers
//! the questions. Both are checked on reading:
//!
//! | found | outcome |
//! |---|---|
//! | not JSON, no `schema`, or a `state` of the wrong shape | [`Decoded::Corrupt`] |
//! | a `schema` newer than [`SCHEMA`] | [`Decoded::Newer`]: leave it alone |
//! | [`SCHEMA`] with an older content version | [`Decoded::Restored`] after [`migrate`] |
//!
//! Pure and native: the browser side (`storage.rs`) only moves the strings.

use crate::flow::Position;
use crate::model::content::Content;
use crate::model::migration::{migrate, MigrationReport};
use crate::model::response::Response;
use serde::{Deserialize, Serialize};

/// Every key the widget writes starts with this, so "delete everything"
/// can find them all and the host page's own keys are never touched.
pub const KEY_PREFIX: &str = "kansrijk:";

/// The key of the assessment in progress; a named widget appends
/// `:<name>` (see `storage.rs`).
pub const ASSESSMENT_KEY: &str = "kansrijk:v1:assessment";

/// The facilitator's group view: the responses collected on this device
/// (envelope in [`crate::kept`]); a named widget appends `:<name>`.
pub const GROUP_KEY: &str = "kansrijk:v1:group";

/// The measurements saved over time (envelope in [`crate::kept`]); a named
/// widget appends `:<name>`.
pub const MEASUREMENTS_KEY: &str = "kansrijk:v1:measurements";

/// Appended to a key to keep an unreadable value aside instead of losing it.
pub const CORRUPT_SUFFIX: &str = ":corrupt";

/// The version of the envelope's `state` shape. Raise it when a field of
/// [`SavedState`] changes meaning, and teach [`decode`] the old shape.
pub const SCHEMA: u32 = 1;

/// Everything needed to continue where the respondent left off.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    /// The answers, with the content version they were given under.
    pub response: Response,
    /// The last question screen visited (never the start screen).
    #[serde(default)]
    pub position: Position,
    /// The language code the respondent last chose.
    #[serde(default)]
    pub lang: String,
    /// The partnership's name, if the respondent gave one.
    #[serde(default)]
    pub partnership: String,
}

impl SavedState {
    /// Whether there is nothing worth keeping: no answer, no choice, no name.
    pub fn is_blank(&self) -> bool {
        self.response.answers.is_empty()
            && self.response.classification.values().all(Vec::is_empty)
            && self.partnership.trim().is_empty()
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema: u32,
    state: &'a SavedState,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    schema: u32,
    state: serde_json::Value,
}

/// The stored form of `state`.
pub fn encode(state: &SavedState) -> String {
    serde_json::to_string(&EnvelopeOut {
        schema: SCHEMA,
        state,
    })
    .unwrap_or_else(|_| String::from("{}"))
}

/// A saved state read back and brought to the current content version,
/// with what the migration changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub state: SavedState,
    pub report: MigrationReport,
}

/// What a stored value turned out to hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    /// A usable state.
    Restored(Box<Restored>),
    /// Unreadable: the reason, for the developer console.
    Corrupt(String),
    /// Saved by a newer build of the widget, in a shape this one does not
    /// know; it must not be overwritten.
    Newer { schema: u32 },
}

/// Reads a stored value.
pub fn decode(content: &Content, raw: &str) -> Decoded {
    let envelope: EnvelopeIn = match serde_json::from_str(raw) {
        Ok(e) => e,
        Err(e) => return Decoded::Corrupt(e.to_string()),
    };
    if envelope.schema > SCHEMA {
        return Decoded::Newer {
            schema: envelope.schema,
        };
    }
    if envelope.schema < SCHEMA {
        return Decoded::Corrupt(format!("schema {} was never written", envelope.schema));
    }
    match serde_json::from_value::<SavedState>(envelope.state) {
        Ok(state) => {
            let (response, report) = migrate(content, state.response);
            Decoded::Restored(Box::new(Restored {
                state: SavedState { response, ..state },
                report,
            }))
        }
        Err(e) => Decoded::Corrupt(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::Unit;
    use crate::model::answer::{Agreement, Answer};
    use crate::model::response::Mode;

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    fn some_state(c: &Content) -> SavedState {
        let mut response = Response::new(c, Mode::Full);
        let item = c.items[0].id.clone();
        response.set(&item, Answer::Agreement(Agreement::STRONGLY_AGREE));
        response.set(&c.items[1].id, Answer::DontKnow);
        response.classification.insert(
            c.classification[0].id.clone(),
            vec![c.classification[0].choices[0].id.clone()],
        );
        SavedState {
            response,
            position: Position::Step {
                unit: Unit::Item(item),
                index: 4,
            },
            lang: "en".into(),
            partnership: "Winkelgebied Centrum".into(),
        }
    }

    #[test]
    fn a_state_round_trips() {
        let c = content();
        let state = some_state(&c);
        let raw = encode(&state);
        assert!(raw.starts_with(r#"{"schema":1,"state":{"#), "{raw}");
        match decode(&c, &raw) {
            Decoded::Restored(restored) => {
                let Restored {
                    state: back,
                    report,
                } = *restored;
                assert_eq!(back, state);
                assert!(!report.is_noteworthy(&c));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn garbage_is_corrupt() {
        let c = content();
        for raw in [
            "",
            "not json",
            "{",
            "[]",
            "42",
            r#"{"state":{}}"#,
            r#"{"schema":"1","state":{}}"#,
        ] {
            assert!(
                matches!(decode(&c, raw), Decoded::Corrupt(_)),
                "{raw:?} accepted"
            );
        }
    }

    #[test]
    fn a_state_of_the_wrong_shape_is_corrupt() {
        let c = content();
        let raw = r#"{"schema":1,"state":{"response":{"content_version":"1","answers":{"x":9}}}}"#;
        assert!(matches!(decode(&c, raw), Decoded::Corrupt(_)));
        assert!(matches!(
            decode(&c, r#"{"schema":0,"state":{}}"#),
            Decoded::Corrupt(_)
        ));
    }

    #[test]
    fn a_newer_schema_is_reported_not_read() {
        let c = content();
        let raw = r#"{"schema":7,"state":{"whatever":"shape"}}"#;
        assert_eq!(decode(&c, raw), Decoded::Newer { schema: 7 });
    }

    #[test]
    fn an_older_content_version_is_migrated_and_dropped_answers_reported() {
        let c = content();
        let mut state = some_state(&c);
        state.response.content_version = "0.0.1-never-released".into();
        state.response.set("gone.item", Answer::DontKnow);
        match decode(&c, &encode(&state)) {
            Decoded::Restored(restored) => {
                let Restored {
                    state: back,
                    report,
                } = *restored;
                assert_eq!(back.response.content_version, c.version);
                assert_eq!(report.dropped, vec!["gone.item".to_string()]);
                assert!(report.is_noteworthy(&c));
                assert_eq!(back.response.answers.len(), 2);
                assert_eq!(back.partnership, state.partnership);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn missing_optional_fields_take_defaults() {
        let c = content();
        let raw = format!(
            r#"{{"schema":1,"state":{{"response":{{"content_version":"{}"}}}}}}"#,
            c.version
        );
        match decode(&c, &raw) {
            Decoded::Restored(restored) => {
                let state = restored.state;
                assert_eq!(state.position, Position::Start);
                assert!(state.is_blank());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_name_alone_is_worth_keeping() {
        let state = SavedState {
            partnership: "Haven".into(),
            ..SavedState::default()
        };
        assert!(!state.is_blank());
        assert!(SavedState::default().is_blank());
    }
}
