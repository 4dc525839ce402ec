//! Adding responses to the group: reading pasted codes or links and answer
//! files, and what the facilitator is told about them. What cannot be read
//! changes nothing and is told line by line or file by file.

use crate::model::code::{self, Shared};
use crate::model::content::Content;
use crate::model::group::Member;
use crate::model::group_file::read_answers;
use crate::model::membership::{self, Resubmission};
use crate::model::migration::MigrationReport;
use crate::session::sharing::pasted_codes;
use crate::session::texts::{self, code_error_key, file_error_key, fill};

/// One thing adding responses came to.
#[derive(Clone, Debug, PartialEq)]
pub enum Told {
    Added(usize),
    /// Responses already in the group with the same answers: left out, so
    /// a respondent counts once.
    AlreadyIn(usize),
    /// Responses of respondents already in the group, with changed
    /// answers: they wait for the facilitator's word.
    Changed(usize),
    /// A member's answers replaced by their re-submission: the label.
    Replaced(String),
    /// A pasted line (1-based) and the key of what is wrong with it.
    Line(usize, &'static str),
    /// A file's name and the key of what is wrong with it.
    File(String, &'static str),
    /// Responses given to another version of the questions, brought to
    /// this one: how many, and how many of their statements are open again.
    Migrated {
        from: String,
        responses: usize,
        asked_again: usize,
    },
    /// Responses from a version this build does not know (a newer one):
    /// answers to statements it knows are kept as they are.
    UnknownVersion {
        from: String,
        responses: usize,
    },
}

impl Told {
    pub fn is_error(&self) -> bool {
        matches!(self, Told::Line(..) | Told::File(..))
    }

    /// The message, in `lang`.
    pub fn text(&self, content: &Content, lang: &str) -> String {
        let t = |key| content.ui(key, lang);
        match self {
            Told::Added(n) => fill(t(texts::GROUP_ADDED), &[("count", &n.to_string())]),
            Told::AlreadyIn(n) => fill(t(texts::GROUP_ALREADY_IN), &[("count", &n.to_string())]),
            Told::Changed(n) => fill(t(texts::GROUP_CHANGED), &[("count", &n.to_string())]),
            Told::Replaced(label) => fill(t(texts::GROUP_REPLACED), &[("label", label)]),
            Told::Line(line, problem) => fill(
                t(texts::GROUP_LINE_ERROR),
                &[("line", &line.to_string()), ("problem", t(problem))],
            ),
            Told::File(name, problem) => format!("{name}: {}", t(problem)),
            Told::Migrated {
                from,
                responses,
                asked_again,
            } => fill(
                t(texts::GROUP_MIGRATED),
                &[
                    ("count", &responses.to_string()),
                    ("from", from),
                    ("to", &content.version),
                    ("asked", &asked_again.to_string()),
                ],
            ),
            Told::UnknownVersion { from, responses } => fill(
                t(texts::GROUP_UNKNOWN_VERSION),
                &[("count", &responses.to_string()), ("from", from)],
            ),
        }
    }
}

/// What was read, and what to tell: how many were added first, then each
/// failure.
#[derive(Debug, Default)]
pub struct Adding {
    pub read: Vec<Shared>,
    pub told: Vec<Told>,
    /// The pasted lines that failed, to be corrected or cleared.
    pub left: String,
}

/// Adding set against the group: who joins, whose changed answers wait
/// for the facilitator, and what to tell.
#[derive(Debug, Default)]
pub struct Joining {
    /// New members, each with its label.
    pub new: Vec<Shared>,
    /// The positions of respondents already in the group unchanged.
    pub same: Vec<usize>,
    pub changed: Vec<Resubmission>,
    pub told: Vec<Told>,
}

impl Adding {
    /// What was read, as one response given on this device.
    pub fn one(shared: Shared) -> Adding {
        Adding {
            read: vec![shared],
            told: vec![Told::Added(1)],
            left: String::new(),
        }
    }

    /// Sets what was read against the group: a respondent already in it
    /// counts once. `label` names a response that came without a label,
    /// given its position in the group. "Added" then counts only the new.
    pub fn join(self, members: &[Member], label: impl Fn(usize) -> String) -> Joining {
        let sorted = membership::sort(members, self.read, label);
        let mut told = Vec::with_capacity(self.told.len() + 2);
        for said in self.told {
            if let Told::Added(_) = said {
                let counts = [
                    (sorted.new.len(), Told::Added as fn(usize) -> Told),
                    (sorted.same.len(), Told::AlreadyIn),
                    (sorted.changed.len(), Told::Changed),
                ];
                told.extend(
                    counts
                        .into_iter()
                        .filter(|(n, _)| *n > 0)
                        .map(|(n, f)| f(n)),
                );
            } else {
                told.push(said);
            }
        }
        Joining {
            new: sorted.new,
            same: sorted.same,
            changed: sorted.changed,
            told,
        }
    }

    fn read(&mut self, content: &Content, shared: Shared, report: &MigrationReport) {
        self.read.push(shared);
        if report.unknown_version {
            match self
                .told
                .iter_mut()
                .find(|t| matches!(t, Told::UnknownVersion { from, .. } if *from == report.from))
            {
                Some(Told::UnknownVersion { responses, .. }) => *responses += 1,
                _ => self.told.push(Told::UnknownVersion {
                    from: report.from.clone(),
                    responses: 1,
                }),
            }
        } else if report.is_noteworthy(content) {
            match self
                .told
                .iter_mut()
                .find(|t| matches!(t, Told::Migrated { from, .. } if *from == report.from))
            {
                Some(Told::Migrated {
                    responses,
                    asked_again,
                    ..
                }) => {
                    *responses += 1;
                    *asked_again += report.asked_again.len();
                }
                _ => self.told.push(Told::Migrated {
                    from: report.from.clone(),
                    responses: 1,
                    asked_again: report.asked_again.len(),
                }),
            }
        }
    }

    /// How many were added comes first, then what was done to them, then
    /// each failure.
    fn finish(mut self) -> Adding {
        let (failures, mut done): (Vec<Told>, Vec<Told>) =
            self.told.into_iter().partition(Told::is_error);
        if !self.read.is_empty() {
            done.insert(0, Told::Added(self.read.len()));
        }
        done.extend(failures);
        self.told = done;
        self
    }
}

/// Reads the codes or links pasted in `text`, one per line.
pub fn from_pasted(content: &Content, text: &str) -> Adding {
    let lines = pasted_codes(text);
    let mut adding = Adding::default();
    let mut failed = Vec::new();
    for (line, code_text) in &lines {
        match code::decode_with_report(content, code_text) {
            Ok((shared, report)) => adding.read(content, shared, &report),
            Err(e) => {
                adding.told.push(Told::Line(*line, code_error_key(&e)));
                failed.push(*code_text);
            }
        }
    }
    if lines.is_empty() {
        adding.told.push(Told::Line(1, texts::CODE_ERROR_EMPTY));
    }
    adding.left = failed.join("\n");
    adding.finish()
}

/// Reads answer files and group files, each a name and its bytes. A
/// damaged respondent in a group file is named by its place in the file;
/// the others are read.
pub fn from_files(content: &Content, files: Vec<(String, Vec<u8>)>) -> Adding {
    let mut adding = Adding::default();
    for (name, bytes) in files {
        let entries = read_answers(content, &bytes).unwrap_or_else(|e| vec![Err(e)]);
        let several = entries.len() > 1;
        for (n, entry) in entries.into_iter().enumerate() {
            match entry {
                Ok((shared, report)) => adding.read(content, shared, &report),
                Err(e) => {
                    let named = if several {
                        format!("{name} #{}", n + 1)
                    } else {
                        name.clone()
                    };
                    adding.told.push(Told::File(named, file_error_key(&e)));
                }
            }
        }
    }
    adding.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::{Agreement, Answer};
    use crate::model::answer_file::to_file;
    use crate::model::group_file::to_json;
    use crate::model::response::{Mode, Response};

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    fn shared(c: &Content) -> Shared {
        Shared {
            response: Response::new(c, Mode::Quick),
            label: Some("Gemeente".into()),
        }
    }

    #[test]
    fn pasted_codes_are_read_and_only_the_failed_lines_stay() {
        let c = content();
        let good = code::encode(&c, &shared(&c));
        let text = format!("{good}\n\n{good}\nkr1-not-right\n");
        let adding = from_pasted(&c, &text);
        assert_eq!(adding.read.len(), 2);
        assert_eq!(adding.told.first(), Some(&Told::Added(2)));
        assert!(matches!(adding.told.get(1), Some(Told::Line(4, _))));
        assert_eq!(adding.left, "kr1-not-right");
        let said = adding.told[1].text(&c, "en");
        assert!(said.contains('4'), "{said}");
        assert!(adding.told[1].is_error() && !adding.told[0].is_error());
    }

    #[test]
    fn nothing_pasted_is_told_not_added() {
        let c = content();
        let adding = from_pasted(&c, "  \n ");
        assert!(adding.read.is_empty());
        assert_eq!(adding.told, vec![Told::Line(1, texts::CODE_ERROR_EMPTY)]);
    }

    #[test]
    fn responses_to_other_versions_are_told_with_what_was_done() {
        let c = content();
        let mut old = shared(&c);
        old.response.content_version = "1.0.0".into();
        let mut unknown = shared(&c);
        unknown.response.content_version = "9.9.9".into();
        let files = vec![
            ("a.json".to_owned(), to_file(&old).into_bytes()),
            ("b.json".to_owned(), to_file(&old).into_bytes()),
            ("c.json".to_owned(), to_file(&unknown).into_bytes()),
            ("d.json".to_owned(), to_file(&shared(&c)).into_bytes()),
        ];
        let adding = from_files(&c, files);
        assert_eq!(adding.read.len(), 4);
        assert_eq!(adding.told[0], Told::Added(4));
        assert!(
            matches!(&adding.told[1], Told::Migrated { from, responses: 2, .. } if from == "1.0.0"),
            "{:?}",
            adding.told
        );
        assert!(matches!(
            &adding.told[2],
            Told::UnknownVersion { responses: 1, .. }
        ));
        let said = adding.told[1].text(&c, "nl");
        assert!(
            said.contains("1.0.0") && said.contains(&c.version),
            "{said}"
        );
        assert!(!adding.told[1].is_error());
    }

    fn member(c: &Content, id: &str, label: &str, value: u8) -> Member {
        let mut response = Response::new(c, Mode::Quick);
        response.id = id.into();
        let answer = Answer::Agreement(Agreement::new(value).expect("1-5"));
        response.set(&c.items[0].id, answer);
        Member {
            label: label.into(),
            response,
        }
    }

    fn as_shared(m: &Member) -> Shared {
        Shared {
            response: m.response.clone(),
            label: Some(m.label.clone()),
        }
    }

    #[test]
    fn a_group_file_round_trips_and_reading_it_again_adds_no_one() {
        let c = content();
        let group = vec![
            member(&c, "aa01", "Gemeente", 4),
            member(&c, "bb02", "Politie", 2),
        ];
        let file = to_json(&c, &group).into_bytes();
        let adding = from_files(&c, vec![("groep.json".into(), file.clone())]);
        assert_eq!(adding.told, vec![Told::Added(2)]);
        let joined = adding.join(&[], |n| format!("R{n}"));
        let back: Vec<Member> = joined
            .new
            .into_iter()
            .map(|s| Member {
                label: s.label.unwrap_or_default(),
                response: s.response,
            })
            .collect();
        assert_eq!(back, group, "labels, ids and answers come back");
        let again =
            from_files(&c, vec![("groep.json".into(), file)]).join(&back, |n| format!("R{n}"));
        assert!(again.new.is_empty());
        assert_eq!(again.told, vec![Told::AlreadyIn(2)]);
    }

    #[test]
    fn a_damaged_respondent_in_a_group_file_costs_only_that_one() {
        let c = content();
        let group = vec![
            member(&c, "aa01", "Gemeente", 4),
            member(&c, "bb02", "Politie", 2),
        ];
        let file = to_json(&c, &group).replacen("\"mode\": \"quick\"", "\"mode\": \"slow\"", 1);
        let adding = from_files(&c, vec![("groep.json".into(), file.into_bytes())]);
        assert_eq!(adding.read.len(), 1);
        assert_eq!(adding.told[0], Told::Added(1));
        assert!(matches!(&adding.told[1], Told::File(name, _) if name == "groep.json #1"));
    }

    #[test]
    fn joining_tells_who_is_new_who_is_in_and_whose_answers_changed() {
        let c = content();
        let group = vec![member(&c, "aa01", "Gemeente", 4)];
        let text = [
            code::encode(&c, &as_shared(&group[0])),
            code::encode(&c, &as_shared(&member(&c, "aa01", "Gemeente", 1))),
            code::encode(&c, &as_shared(&member(&c, "cc03", "Winkeliers", 5))),
        ]
        .join("\n");
        let joined = from_pasted(&c, &text).join(&group, |n| format!("R{n}"));
        assert_eq!(
            joined.told,
            vec![Told::Added(1), Told::AlreadyIn(1), Told::Changed(1)]
        );
        assert_eq!(joined.new.len(), 1);
        assert_eq!(joined.changed[0].member, 0);
        let said = Told::Changed(1).text(&c, "en");
        assert!(said.contains('1') && !said.contains('{'), "{said}");
    }

    #[test]
    fn files_are_read_and_a_bad_one_is_named() {
        let c = content();
        let files = vec![
            ("a.json".to_owned(), to_file(&shared(&c)).into_bytes()),
            ("b.json".to_owned(), b"not json".to_vec()),
        ];
        let adding = from_files(&c, files);
        assert_eq!(adding.read.len(), 1);
        assert_eq!(adding.told[0], Told::Added(1));
        assert!(adding.told[1].text(&c, "nl").starts_with("b.json: "));
    }
}
