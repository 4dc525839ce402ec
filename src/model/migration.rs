//! Answers saved under an older (or unknown) content version, brought to
//! the current one without silently losing anything.

use super::content::Content;
use super::response::Response;
use serde::Serialize;

/// What happened to a response on the way to the current content version.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MigrationReport {
    /// The version the answers were given under.
    pub from: String,
    /// Answers moved to an item's new id.
    pub renamed: usize,
    /// Answers to items that no longer exist; reported, not kept.
    pub dropped: Vec<String>,
    /// The version is neither current nor known to this build (for example
    /// saved by a newer build): answers to known items are kept as they are.
    pub unknown_version: bool,
}

impl MigrationReport {
    /// Whether the user needs to be told anything.
    pub fn is_noteworthy(&self) -> bool {
        !self.dropped.is_empty() || self.unknown_version
    }
}

/// Brings `response` to `content`'s version. Answers to ids that the
/// content does not know are listed in the report.
pub fn migrate(content: &Content, mut response: Response) -> (Response, MigrationReport) {
    let mut report = MigrationReport {
        from: response.content_version.clone(),
        ..MigrationReport::default()
    };
    if response.content_version == content.version {
        return (response, report);
    }
    match content
        .migrations
        .iter()
        .find(|m| m.from == response.content_version)
    {
        Some(migration) => {
            for (old, new) in &migration.renamed {
                if let Some(a) = response.answers.remove(old) {
                    response.answers.insert(new.clone(), a);
                    report.renamed += 1;
                }
            }
        }
        None => report.unknown_version = true,
    }
    let unknown: Vec<String> = response
        .answers
        .keys()
        .filter(|id| content.item(id).is_none())
        .cloned()
        .collect();
    for id in &unknown {
        response.answers.remove(id);
    }
    report.dropped = unknown;
    response.content_version = content.version.clone();
    (response, report)
}
