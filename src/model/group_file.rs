//! The group file: the group summary and every response as JSON, written
//! for any tool and read back by a facilitator who goes on with the session
//! on this device or another. Each respondent read is checked as an answer
//! file is, so one damaged entry costs that entry only.

use super::answer_file::{self, admit, of_kind, parse, FileError};
use super::code::Shared;
use super::content::Content;
use super::group::{summarise, GroupSummary, Member};
use super::migration::MigrationReport;
use super::response::Response;
use serde::{Deserialize, Serialize};

/// Marks a JSON document as a Kansrijk group file.
pub const KIND: &str = "kansrijk-group";
/// The group file format this build writes and reads.
pub const FORMAT: u32 = 1;
/// Larger files are refused before parsing: a room of 500 full checks is
/// about 2 MB.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

#[derive(Serialize)]
struct GroupFile<'a> {
    kind: &'static str,
    format: u32,
    content_version: &'a str,
    summary: Option<GroupSummary>,
    respondents: Vec<RespondentOut<'a>>,
}

#[derive(Serialize)]
struct RespondentOut<'a> {
    label: &'a str,
    response: &'a Response,
}

/// The group summary and every response, as JSON: for any tool, and to
/// read back in with [`from_group_file`].
pub fn to_json(content: &Content, members: &[Member]) -> String {
    let file = GroupFile {
        kind: KIND,
        format: FORMAT,
        content_version: &content.version,
        summary: summarise(content, members),
        respondents: members
            .iter()
            .map(|m| RespondentOut {
                label: &m.label,
                response: &m.response,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

#[derive(Deserialize)]
struct Respondent {
    #[serde(default)]
    label: Option<String>,
    response: Response,
}

/// One respondent of a group file: read, or why not.
pub type Entry = Result<(Shared, MigrationReport), FileError>;

/// Reads a chosen file: a group file, one entry per respondent in file
/// order, or an answer file, one entry. Each file is parsed once: a room
/// chooses hundreds at a time.
pub fn read_answers(content: &Content, bytes: &[u8]) -> Result<Vec<Entry>, FileError> {
    let value = parse(bytes, MAX_BYTES)?;
    if value.get("kind").and_then(|k| k.as_str()) == Some(answer_file::KIND) {
        if bytes.len() > answer_file::MAX_BYTES {
            return Err(FileError::TooLarge);
        }
        return Ok(vec![answer_file::from_value(content, value)]);
    }
    let value = of_kind(value, KIND, FORMAT)?;
    let list = match value.get("respondents").and_then(|r| r.as_array()) {
        Some(list) if !list.is_empty() => list,
        _ => return Err(FileError::Invalid("no respondents".into())),
    };
    Ok(list
        .iter()
        .map(|entry| {
            let respondent =
                Respondent::deserialize(entry).map_err(|e| FileError::Invalid(e.to_string()))?;
            admit(content, respondent.response, respondent.label.as_deref())
        })
        .collect())
}
