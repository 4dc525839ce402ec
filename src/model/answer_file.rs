//! The downloadable answer file: one response as readable JSON, which opens
//! on any device and survives a change of content version (it names items
//! by id, unlike the compact answer code).

use super::code::{clean_label, Shared};
use super::content::Content;
use super::migration::{migrate, MigrationReport};
use super::response::{clean_id, Response};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Marks a JSON document as a Kansrijk answer file.
pub(super) const KIND: &str = "kansrijk-response";
const FORMAT: u32 = 1;
/// Larger files are refused before parsing; a full check is a few KB.
pub const MAX_BYTES: usize = 256 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerFile {
    kind: String,
    format: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    response: Response,
}

/// Why a file could not be imported. Nothing changes when import fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    /// Not JSON, or not valid UTF-8.
    NotJson,
    /// JSON, but not a Kansrijk answer file.
    NotAnAnswerFile,
    /// Written by a newer app in a format this one can't read.
    UnsupportedFormat(u32),
    /// A Kansrijk file whose contents are broken (names what is wrong).
    Invalid(String),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge => write!(f, "the file is larger than {} KB", MAX_BYTES / 1024),
            FileError::NotJson => f.write_str("the file is not a JSON document"),
            FileError::NotAnAnswerFile => f.write_str("the file is not a Kansrijk answer file"),
            FileError::UnsupportedFormat(v) => write!(f, "answer file format {v} is not supported"),
            FileError::Invalid(why) => write!(f, "the answer file is damaged: {why}"),
        }
    }
}

impl std::error::Error for FileError {}

impl FileError {
    /// A stable id for the user-facing message of this error.
    pub fn id(&self) -> &'static str {
        match self {
            FileError::TooLarge => "too_large",
            FileError::NotJson => "not_json",
            FileError::NotAnAnswerFile => "not_an_answer_file",
            FileError::UnsupportedFormat(_) => "unsupported_format",
            FileError::Invalid(_) => "invalid",
        }
    }
}

/// Writes a response as an answer file.
pub fn to_file(shared: &Shared) -> String {
    let file = AnswerFile {
        kind: KIND.to_owned(),
        format: FORMAT,
        label: shared.label.as_deref().and_then(clean_label),
        response: shared.response.clone(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads an answer file, bringing it to `content`'s version. In a file of
/// the current version, classification choices that `content` does not know
/// are refused, as they would switch items on or off unpredictably; in an
/// older one, the migration drops them.
pub fn from_file(content: &Content, bytes: &[u8]) -> Result<(Shared, MigrationReport), FileError> {
    from_value(content, parse(bytes, MAX_BYTES)?)
}

/// [`from_file`] for a document already parsed.
pub(super) fn from_value(
    content: &Content,
    value: serde_json::Value,
) -> Result<(Shared, MigrationReport), FileError> {
    let value = of_kind(value, KIND, FORMAT)?;
    let file: AnswerFile =
        serde_json::from_value(value).map_err(|e| FileError::Invalid(e.to_string()))?;
    admit(content, file.response, file.label.as_deref())
}

/// A file read as JSON: one larger than `max_bytes` is refused unread, as
/// is one that is not UTF-8 JSON.
pub(super) fn parse(bytes: &[u8], max_bytes: usize) -> Result<serde_json::Value, FileError> {
    if bytes.len() > max_bytes {
        return Err(FileError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotJson)?;
    serde_json::from_str(text).map_err(|_| FileError::NotJson)
}

/// A parsed document, if it is a Kansrijk file of `kind` in `format`:
/// another kind and another format are each told apart, before anything
/// of its contents is trusted.
pub(super) fn of_kind(
    value: serde_json::Value,
    kind: &str,
    format: u32,
) -> Result<serde_json::Value, FileError> {
    if value.get("kind").and_then(|k| k.as_str()) != Some(kind) {
        return Err(FileError::NotAnAnswerFile);
    }
    match value.get("format").and_then(|f| f.as_u64()) {
        Some(f) if f == u64::from(format) => Ok(value),
        Some(f) => Err(FileError::UnsupportedFormat(
            u32::try_from(f).unwrap_or(u32::MAX),
        )),
        None => Err(FileError::Invalid("no format".into())),
    }
}

/// Checks a response read from a file and brings it to `content`'s
/// version; the label and the id are someone's text and are cleaned.
pub(super) fn admit(
    content: &Content,
    mut response: Response,
    label: Option<&str>,
) -> Result<(Shared, MigrationReport), FileError> {
    let current = response.content_version == content.version;
    for (question, chosen) in response.classification.iter().filter(|_| current) {
        let q = content
            .question(question)
            .ok_or_else(|| FileError::Invalid(format!("unknown question {question}")))?;
        if chosen.len() > 1 && !q.multiple {
            return Err(FileError::Invalid(format!(
                "several choices for {question}"
            )));
        }
        if let Some(c) = chosen
            .iter()
            .find(|c| !q.choices.iter().any(|ch| &&ch.id == c))
        {
            return Err(FileError::Invalid(format!(
                "unknown choice {c} for {question}"
            )));
        }
    }
    response.id = clean_id(&response.id);
    let (response, report) = migrate(content, response);
    Ok((
        Shared {
            response,
            label: label.and_then(clean_label),
        },
        report,
    ))
}
