//! The assessment in progress as it is kept on the device, and how an
//! earlier save is read back: in the envelope of [`crate::persist`], its
//! response brought to the current content version.

use crate::model::content::Content;
use crate::model::migration::{migrate, MigrationReport};
use crate::model::response::Response;
use crate::persist::envelope::{self, Read};
use crate::persist::keys::Stored;
use crate::session::flow::Position;
use serde::{Deserialize, Serialize};

/// Everything needed to continue where the respondent left off.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    /// The answers, with the content version they were given under.
    pub response: Response,
    /// Where to resume: the last question screen visited, or the result
    /// once it was reached (never the start screen).
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
        !has_answers(&self.response) && self.partnership.trim().is_empty()
    }
}

/// Whether `response` holds an answer or a ticked choice: something worth
/// resuming.
pub fn has_answers(response: &Response) -> bool {
    !response.answers.is_empty() || response.classification.values().any(|c| !c.is_empty())
}

/// The stored form of `state`, or `None` when it is blank and the key
/// should go.
pub fn encode(state: &SavedState) -> Option<String> {
    (!state.is_blank()).then(|| envelope::encode(Stored::Assessment, state))
}

/// A saved state read back and brought to the current content version,
/// with what the migration changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub state: SavedState,
    pub report: MigrationReport,
}

/// Reads a stored assessment.
pub fn decode(content: &Content, raw: &str) -> Read<Restored> {
    envelope::decode::<SavedState>(Stored::Assessment, raw).map(|state| {
        let (response, report) = migrate(content, state.response);
        Restored {
            state: SavedState { response, ..state },
            report,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::{Agreement, Answer};
    use crate::model::response::Mode;
    use crate::session::flow::Unit;

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
        let raw = encode(&state).expect("not blank");
        assert!(raw.starts_with(r#"{"schema":1,"state":{"#), "{raw}");
        match decode(&c, &raw) {
            Read::Value(restored) => {
                let Restored {
                    state: back,
                    report,
                } = restored;
                assert_eq!(back, state);
                assert!(!report.is_noteworthy(&c));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_state_of_the_wrong_shape_is_corrupt() {
        let c = content();
        let raw = r#"{"schema":1,"state":{"response":{"content_version":"1","answers":{"x":9}}}}"#;
        assert!(matches!(decode(&c, raw), Read::Corrupt(_)));
        assert!(matches!(
            decode(&c, r#"{"schema":0,"state":{}}"#),
            Read::Corrupt(_)
        ));
    }

    #[test]
    fn a_newer_schema_is_reported_not_read() {
        let c = content();
        let raw = r#"{"schema":7,"state":{"whatever":"shape"}}"#;
        assert_eq!(decode(&c, raw), Read::Newer { schema: 7 });
    }

    #[test]
    fn an_older_content_version_is_migrated_and_dropped_answers_reported() {
        let c = content();
        let mut state = some_state(&c);
        state.response.content_version = "0.0.1-never-released".into();
        state.response.set("gone.item", Answer::DontKnow);
        match decode(&c, &encode(&state).expect("not blank")) {
            Read::Value(restored) => {
                let Restored {
                    state: back,
                    report,
                } = restored;
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
            Read::Value(restored) => {
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
