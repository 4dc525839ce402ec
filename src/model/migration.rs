//! Answers saved under an older (or unknown) content version, brought to
//! the current one without silently losing anything: what could be carried
//! over is, and the rest is reported.

use super::answer::{Answer, Status};
use super::content::{Content, Scale};
use super::response::Response;
use serde::Serialize;

/// What happened to a response on the way to the current content version.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MigrationReport {
    /// The version the answers were given under.
    pub from: String,
    /// Answers moved to an item's new id.
    pub renamed: usize,
    /// Answers carried over to a statement split into parts, or to a
    /// question that now asks for a status.
    pub converted: usize,
    /// Answers to items that no longer exist, or that do not fit their item;
    /// reported, not kept.
    pub dropped: Vec<String>,
    /// Items whose earlier answer could not be carried over, to be answered
    /// again.
    pub asked_again: Vec<String>,
    /// The version is neither current nor known to this build (for example
    /// saved by a newer build): answers to known items are kept as they are.
    pub unknown_version: bool,
}

impl MigrationReport {
    /// The report for answers that were given to `content` as it is: nothing
    /// to tell.
    pub fn current(content: &Content) -> MigrationReport {
        MigrationReport {
            from: content.version.clone(),
            ..MigrationReport::default()
        }
    }

    /// Whether the answers were given to other questions than these, so the
    /// result must say that the content changed and was recomputed.
    pub fn content_changed(&self, content: &Content) -> bool {
        self.from != content.version
    }

    /// Whether the user needs to be told anything.
    pub fn is_noteworthy(&self, content: &Content) -> bool {
        self.content_changed(content) || !self.dropped.is_empty()
    }
}

/// Brings `response` to `content`'s version. Answers to ids the content does
/// not know, and answers of a kind their item does not take, are listed in
/// the report.
pub fn migrate(content: &Content, mut response: Response) -> (Response, MigrationReport) {
    let mut report = MigrationReport {
        from: response.content_version.clone(),
        ..MigrationReport::default()
    };
    if response.content_version != content.version {
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
                for (old, parts) in &migration.split {
                    let Some(a) = response.answers.remove(old) else {
                        continue;
                    };
                    let agreed = matches!(a, Answer::Agreement(x) if x.value() >= 4);
                    for part in parts {
                        let Some(item) = content.item(part) else {
                            continue;
                        };
                        let carried = match a {
                            Answer::DontKnow => Some(Answer::DontKnow),
                            _ if !agreed => None,
                            // An agreeing answer holds for each part, at the
                            // same point; a status part is then in place.
                            _ => Some(match item.scale {
                                Scale::Agreement => a,
                                Scale::Status => Answer::Status(Status::InPlace),
                            }),
                        };
                        match carried {
                            Some(c) => {
                                response.answers.insert(part.clone(), c);
                                report.converted += 1;
                            }
                            None => report.asked_again.push(part.clone()),
                        }
                    }
                }
                for id in &migration.to_status {
                    let Some(Answer::Agreement(a)) = response.answers.get(id).copied() else {
                        continue;
                    };
                    // Disagreeing that something was done does not say it
                    // was found missing: "not yet", never "absent".
                    let status = match a.value() {
                        4 | 5 => Answer::Status(Status::InPlace),
                        3 => Answer::DontKnow,
                        _ => Answer::Status(Status::NotYet),
                    };
                    response.answers.insert(id.clone(), status);
                    report.converted += 1;
                }
            }
            None => report.unknown_version = true,
        }
    }
    let unfit: Vec<String> = response
        .answers
        .iter()
        .filter(|(id, a)| content.item(id).is_none_or(|item| !a.fits(item)))
        .map(|(id, _)| id.clone())
        .collect();
    for id in &unfit {
        response.answers.remove(id);
    }
    report.dropped = unfit;
    for (question, chosen) in response.classification.iter_mut() {
        if let Some(q) = content.question(question) {
            chosen.retain(|c| q.choices.iter().any(|ch| &ch.id == c));
            if !q.multiple {
                chosen.truncate(1);
            }
        }
    }
    response
        .classification
        .retain(|q, chosen| content.question(q).is_some() && !chosen.is_empty());
    response.content_version = content.version.clone();
    (response, report)
}
