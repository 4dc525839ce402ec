//! What a widget hands to the build that takes its place. A participant's
//! download leaves the facilitator's tools out (the group view, the report
//! downloads, measurements over time); opening one loads the full build,
//! which replaces the widget in the same spot and goes on where it was
//! with what this carries: the assessment, the group and the measurements,
//! each in its stored form. It is handed over in memory, not through storage,
//! which may be off or full, so nothing is lost on the way.
//!
//! The stored forms keep their own schema numbers and are read back as a
//! save is, with the content's migration; this only adds an envelope with a
//! format number of its own.

use serde::{Deserialize, Serialize};

/// The envelope's format; a build reads only its own.
const FORMAT: u32 = 2;

/// Everything a widget keeps, as it would store it (`None` where it would
/// store nothing: a blank assessment, an empty list), and what it is in
/// the middle of.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Handover {
    /// The widget's name on its page, which its storage keys carry.
    pub name: Option<String>,
    /// The language on screen, which goes on even where the page asks for
    /// another.
    pub lang: String,
    pub assessment: Option<String>,
    pub group: Option<String>,
    pub measurements: Option<String>,
    /// The answer code of a shared result on its way into the group.
    pub joining: Option<String>,
    /// The tool that was opened, where the full build goes on.
    pub at: HandedAt,
    /// What the share panel holds, which is not stored.
    pub share_label: ShareLabel,
}

/// The label a respondent typed in the share panel, and whether it goes
/// along with the code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareLabel {
    pub text: String,
    pub included: bool,
}

/// Where the full build goes on: the tool the respondent opened.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum HandedAt {
    #[default]
    Group,
    /// The result, with the sections that were open (`open`, by name) open
    /// again, and `tool`, the section just opened, focused once drawn.
    Result { open: Vec<String>, tool: String },
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    handover: u32,
    #[serde(flatten)]
    kept: Handover,
}

/// Why a handover could not be read, for the developer console: the widget
/// then goes on with what storage holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandoverProblem {
    Unreadable(String),
    OtherFormat(u32),
}

impl std::fmt::Display for HandoverProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HandoverProblem::Unreadable(why) => write!(f, "the handover is unreadable: {why}"),
            HandoverProblem::OtherFormat(n) => {
                write!(f, "the handover has format {n}, this build reads {FORMAT}")
            }
        }
    }
}

impl Handover {
    pub fn encode(&self) -> String {
        let envelope = Envelope {
            handover: FORMAT,
            kept: self.clone(),
        };
        // Strings and numbers only: serialising cannot fail.
        serde_json::to_string(&envelope).unwrap_or_default()
    }

    pub fn decode(raw: &str) -> Result<Handover, HandoverProblem> {
        let envelope: Envelope =
            serde_json::from_str(raw).map_err(|e| HandoverProblem::Unreadable(e.to_string()))?;
        if envelope.handover != FORMAT {
            return Err(HandoverProblem::OtherFormat(envelope.handover));
        }
        Ok(envelope.kept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Handover {
        Handover {
            name: Some("wijk-2".into()),
            lang: "en".into(),
            assessment: Some(r#"{"schema":3,"state":{"lang":"nl"}}"#.into()),
            group: Some(r#"{"schema":1,"list":[]}"#.into()),
            measurements: None,
            joining: Some("K1-abc".into()),
            at: HandedAt::Result {
                open: vec!["reasons".into(), "report".into()],
                tool: "report".into(),
            },
            share_label: ShareLabel {
                text: "Gemeente".into(),
                included: true,
            },
        }
    }

    #[test]
    fn what_is_handed_over_is_read_back_unchanged() {
        for handover in [full(), Handover::default()] {
            assert_eq!(Handover::decode(&handover.encode()), Ok(handover));
        }
    }

    #[test]
    fn another_format_or_garbage_is_refused_with_its_reason() {
        let other = full().encode().replace("\"handover\":2", "\"handover\":1");
        assert_eq!(
            Handover::decode(&other),
            Err(HandoverProblem::OtherFormat(1))
        );
        for garbage in ["", "{}", "[1]", "{\"handover\":\"1\"}"] {
            assert!(
                matches!(
                    Handover::decode(garbage),
                    Err(HandoverProblem::Unreadable(_))
                ),
                "{garbage:?}"
            );
        }
    }
}
