//! The messages the widget shows above its screens, what each says, and the
//! one mapping from a storage problem to the message and to whether saving
//! goes on.

use crate::model::content::Content;
use crate::model::migration::MigrationReport;
use crate::persist::keys::Stored;
use crate::persist::problem::StorageProblem;
use crate::session::texts;

/// A message about saving on this device, a link or another tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Unavailable,
    Full,
    Corrupt {
        backed_up: bool,
    },
    Newer,
    /// The answers were given to an older version of the questions and
    /// were carried over: `asked` statements are open again, `dropped`
    /// answers went with questions that no longer exist.
    Migrated {
        from: String,
        dropped: usize,
        asked: usize,
    },
    UnknownVersion,
    Deleted,
    DeleteFailed,
    /// The group view or the measurements could not be read.
    KeptCorrupt {
        what: List,
        backed_up: bool,
    },
    /// The group view or the measurements were saved by a newer build.
    KeptNewer {
        what: List,
    },
    /// The `#code=` of the address could not be read (`problem`, a text
    /// key).
    Link {
        problem: &'static str,
    },
    /// The answers were changed in another tab of this site, and this one
    /// now shows them.
    OtherTab,
    /// The last participant's answers joined the group as `label` (of
    /// `count` in it), and the assessment is empty for the next one.
    HandedOn {
        label: String,
        count: usize,
    },
}

/// A list the facilitator keeps beside the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Group,
    Measurements,
}

/// What follows from a storage problem: the message, if the respondent is
/// to hear of it, and whether this stored thing may still be written.
#[derive(Clone, Debug, PartialEq)]
pub struct Consequence {
    pub notice: Option<Notice>,
    pub keep_saving: bool,
}

impl Notice {
    /// What to tell, and whether to go on saving, when `what` could not be
    /// read. Saving stops wherever writing would destroy something: a
    /// newer build's value, or an unreadable one that could not be kept
    /// aside.
    pub fn on_reading(what: Stored, problem: &StorageProblem) -> Consequence {
        let list = match what {
            Stored::Assessment => None,
            Stored::Group => Some(List::Group),
            Stored::Measurements => Some(List::Measurements),
        };
        let (notice, keep_saving) = match (list, problem) {
            (None, StorageProblem::Unavailable) => (Some(Notice::Unavailable), false),
            (None, StorageProblem::Full) => (Some(Notice::Full), true),
            (None, StorageProblem::Corrupt { backed_up }) => (
                Some(Notice::Corrupt {
                    backed_up: *backed_up,
                }),
                *backed_up,
            ),
            (None, StorageProblem::FromNewerVersion { .. }) => (Some(Notice::Newer), false),
            (Some(what), StorageProblem::Corrupt { backed_up }) => (
                Some(Notice::KeptCorrupt {
                    what,
                    backed_up: *backed_up,
                }),
                *backed_up,
            ),
            (Some(what), StorageProblem::FromNewerVersion { .. }) => {
                (Some(Notice::KeptNewer { what }), false)
            }
            // Told once, by the assessment, which meets the same storage
            // first.
            (Some(_), StorageProblem::Unavailable | StorageProblem::Full) => (None, false),
        };
        Consequence {
            notice,
            keep_saving,
        }
    }

    /// What to tell, and whether to go on saving, when a write failed. A
    /// full storage may have room again later; any other failure stops.
    pub fn on_writing(problem: &StorageProblem) -> Consequence {
        match problem {
            StorageProblem::Full => Consequence {
                notice: Some(Notice::Full),
                keep_saving: true,
            },
            _ => Consequence {
                notice: Some(Notice::Unavailable),
                keep_saving: false,
            },
        }
    }

    /// What to tell about answers brought from another content version, if
    /// anything.
    pub fn of_migration(content: &Content, report: &MigrationReport) -> Option<Notice> {
        if report.unknown_version {
            Some(Notice::UnknownVersion)
        } else if report.is_noteworthy(content) {
            Some(Notice::Migrated {
                from: report.from.clone(),
                dropped: report.dropped.len(),
                asked: report.asked_again.len(),
            })
        } else {
            None
        }
    }

    /// What the notice says, in `lang`.
    pub fn text(&self, content: &Content, lang: &str) -> String {
        let t = |key| content.ui(key, lang);
        let what = |list: &List| match list {
            List::Group => t(texts::KEPT_GROUP),
            List::Measurements => t(texts::KEPT_MEASUREMENTS),
        };
        match self {
            Notice::Unavailable => t(texts::NOTICE_UNAVAILABLE).to_owned(),
            Notice::Full => t(texts::NOTICE_FULL).to_owned(),
            Notice::Corrupt { backed_up: true } => t(texts::NOTICE_CORRUPT).to_owned(),
            Notice::Corrupt { backed_up: false } => t(texts::NOTICE_CORRUPT_LOST).to_owned(),
            Notice::Newer => t(texts::NOTICE_NEWER).to_owned(),
            Notice::Migrated {
                from,
                dropped,
                asked,
            } => texts::fill(
                t(texts::NOTICE_MIGRATED),
                &[
                    ("from", from),
                    ("asked", &asked.to_string()),
                    ("count", &dropped.to_string()),
                ],
            ),
            Notice::UnknownVersion => t(texts::NOTICE_UNKNOWN_VERSION).to_owned(),
            Notice::Deleted => t(texts::NOTICE_DELETED).to_owned(),
            Notice::DeleteFailed => t(texts::NOTICE_DELETE_FAILED).to_owned(),
            Notice::KeptCorrupt { what: w, backed_up } => {
                let key = if *backed_up {
                    texts::NOTICE_KEPT_CORRUPT
                } else {
                    texts::NOTICE_KEPT_CORRUPT_LOST
                };
                texts::fill(t(key), &[("what", what(w))])
            }
            Notice::KeptNewer { what: w } => {
                texts::fill(t(texts::NOTICE_KEPT_NEWER), &[("what", what(w))])
            }
            Notice::Link { problem } => {
                texts::fill(t(texts::NOTICE_LINK), &[("problem", t(problem))])
            }
            Notice::OtherTab => t(texts::NOTICE_OTHER_TAB).to_owned(),
            Notice::HandedOn { label, count } => texts::fill(
                t(texts::NOTICE_HANDED_ON),
                &[("label", label), ("count", &count.to_string())],
            ),
        }
    }
}

/// Adds `notice` to `shown` unless it is already there.
pub fn tell(shown: &mut Vec<Notice>, notice: Notice) {
    if !shown.contains(&notice) {
        shown.push(notice);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::response::{Mode, Response};

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    #[test]
    fn saving_stops_only_where_writing_would_destroy_something() {
        use StorageProblem::*;
        for what in Stored::ALL {
            assert!(!Notice::on_reading(what, &Unavailable).keep_saving);
            assert!(!Notice::on_reading(what, &FromNewerVersion { schema: 9 }).keep_saving);
            assert!(Notice::on_reading(what, &Corrupt { backed_up: true }).keep_saving);
            assert!(!Notice::on_reading(what, &Corrupt { backed_up: false }).keep_saving);
        }
        assert!(Notice::on_reading(Stored::Assessment, &Full).keep_saving);
        assert!(Notice::on_writing(&Full).keep_saving);
        assert!(!Notice::on_writing(&Unavailable).keep_saving);
    }

    #[test]
    fn a_storage_problem_is_told_once_by_the_assessment() {
        use StorageProblem::*;
        assert_eq!(
            Notice::on_reading(Stored::Assessment, &Unavailable).notice,
            Some(Notice::Unavailable)
        );
        for (stored, what) in [
            (Stored::Group, List::Group),
            (Stored::Measurements, List::Measurements),
        ] {
            assert_eq!(Notice::on_reading(stored, &Unavailable).notice, None);
            assert_eq!(Notice::on_reading(stored, &Full).notice, None);
            assert_eq!(
                Notice::on_reading(stored, &FromNewerVersion { schema: 2 }).notice,
                Some(Notice::KeptNewer { what })
            );
        }
        let mut shown = vec![];
        tell(&mut shown, Notice::Full);
        tell(&mut shown, Notice::Full);
        assert_eq!(shown, vec![Notice::Full]);
    }

    #[test]
    fn every_notice_says_something_in_every_language_and_fills_its_blanks() {
        let c = content();
        let notices = [
            Notice::Unavailable,
            Notice::Full,
            Notice::Corrupt { backed_up: true },
            Notice::Corrupt { backed_up: false },
            Notice::Newer,
            Notice::Migrated {
                from: "1.0.0".into(),
                dropped: 2,
                asked: 5,
            },
            Notice::UnknownVersion,
            Notice::Deleted,
            Notice::DeleteFailed,
            Notice::KeptCorrupt {
                what: List::Group,
                backed_up: true,
            },
            Notice::KeptCorrupt {
                what: List::Measurements,
                backed_up: false,
            },
            Notice::KeptNewer { what: List::Group },
            Notice::Link {
                problem: texts::CODE_ERROR_DAMAGED,
            },
            Notice::OtherTab,
            Notice::HandedOn {
                label: "Respondent 3".into(),
                count: 3,
            },
        ];
        for lang in c.languages.iter().map(|l| l.code.as_str()) {
            for notice in &notices {
                let text = notice.text(&c, lang);
                assert!(text.len() > 10, "{notice:?} in {lang}: {text:?}");
                assert!(!text.contains('{'), "{notice:?} in {lang}: {text:?}");
            }
            let migrated = notices[5].text(&c, lang);
            assert!(migrated.contains("1.0.0"), "{migrated}");
        }
    }

    #[test]
    fn answers_of_this_version_need_no_notice() {
        let c = content();
        let report = MigrationReport::current(&c);
        assert_eq!(Notice::of_migration(&c, &report), None);
        let (_, older) = crate::model::migration::migrate(
            &c,
            Response {
                content_version: "never-released".into(),
                ..Response::new(&c, Mode::Quick)
            },
        );
        assert!(Notice::of_migration(&c, &older).is_some());
    }
}
