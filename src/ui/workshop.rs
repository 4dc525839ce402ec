//! What a widget keeps beside the assessment itself: the facilitator's
//! group of responses, the measurements saved over time, and the shared
//! result being looked at. The first two are saved on every change, each
//! under its own key, as the assessment is (see [`Saving`]).

use crate::model::code::{self, Shared};
use crate::model::content::Content;
use crate::model::group::Member;
use crate::model::measurement::Measurement;
use crate::model::membership::{self, Resubmission};
use crate::persist::keys::Stored;
use crate::session::adding::{Adding, Told};
use crate::session::handover::Handover;
use crate::session::notice::Notice;
use crate::session::workshop;
use crate::ui::saving::Saving;
use leptos::prelude::*;

/// A shared result on screen, and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub shared: Shared,
    /// The member of the group it belongs to; `None` for a link just
    /// opened, which may still be added to the group.
    pub member: Option<usize>,
}

/// The group, the measurements and the shared result of one widget;
/// `Copy`, like the assessment that holds it.
#[derive(Clone, Copy)]
pub struct Workshop {
    pub members: RwSignal<Vec<Member>>,
    pub measurements: RwSignal<Vec<Measurement>>,
    pub opened: RwSignal<Option<Opened>>,
    /// What the last addition to the group came to, for the group screen.
    pub told: RwSignal<Vec<Told>>,
    /// Changed re-submissions waiting for the facilitator's word.
    pub waiting: RwSignal<Vec<Resubmission>>,
    /// A shared result on its way into the group: it joins when the group
    /// view opens, which in a participant's build is the full build's.
    pub joining: RwSignal<Option<Shared>>,
    /// The label typed in the share panel and whether it goes along: one
    /// for the result's panel and the parts menu's, kept across a handover.
    pub share_label: RwSignal<String>,
    pub share_label_included: RwSignal<bool>,
    group: Saving,
    measured: Saving,
}

impl Workshop {
    /// Reads what was kept for the widget `name`, or what the build it
    /// replaces `handed` over, telling in `notices` what could not be read.
    pub fn new(
        content: &'static Content,
        name: Option<&str>,
        handed: Option<&Handover>,
        notices: &mut Vec<Notice>,
    ) -> Self {
        let (members, told, group) = Saving::load(
            Stored::Group,
            name,
            handed.map(|h| h.group.as_deref()),
            |raw| workshop::decode_group(content, raw),
        );
        notices.extend(told);
        let (measurements, told, measured) = Saving::load(
            Stored::Measurements,
            name,
            handed.map(|h| h.measurements.as_deref()),
            |raw| workshop::decode_measurements(content, raw),
        );
        notices.extend(told);
        let joining = handed
            .and_then(|h| h.joining.as_deref())
            .and_then(|text| code::decode(content, text).ok());
        let label = handed.map(|h| h.share_label.clone()).unwrap_or_default();
        Workshop {
            members: RwSignal::new(members.map(|c| c.list).unwrap_or_default()),
            measurements: RwSignal::new(measurements.map(|c| c.list).unwrap_or_default()),
            opened: RwSignal::new(None),
            told: RwSignal::new(Vec::new()),
            waiting: RwSignal::new(Vec::new()),
            joining: RwSignal::new(joining),
            share_label: RwSignal::new(label.text),
            share_label_included: RwSignal::new(label.included),
            group,
            measured,
        }
    }

    /// Starts saving both lists on every change; problems go to `notices`.
    pub fn save_every_change(&self, notices: RwSignal<Vec<Notice>>) {
        let members = self.members;
        self.group
            .follow(notices, move || members.with(|m| workshop::encode_group(m)));
        let measurements = self.measurements;
        self.measured.follow(notices, move || {
            measurements.with(|m| workshop::encode_measurements(m))
        });
    }

    /// Adds what was read to the group: a respondent already in it counts
    /// once, and changed answers wait for the facilitator. A response
    /// without a label of its own is named by `default_label`. The new
    /// ones join in one change of the group, so what follows it (the
    /// summary, the saving, the views) hears of it once. Returns the labels
    /// of the respondents it concerned, new or already in.
    pub fn join(&self, adding: Adding, default_label: impl Fn(usize) -> String) -> Vec<String> {
        // Called from event handlers: the group and the label's language
        // are read as they are now, not followed.
        let joining = untrack(|| {
            self.members
                .with(|members| adding.join(members, default_label))
        });
        let mut concerned: Vec<String> =
            joining.new.iter().filter_map(|s| s.label.clone()).collect();
        self.members.with_untracked(|members| {
            let old = joining
                .same
                .iter()
                .chain(joining.changed.iter().map(|r| &r.member));
            concerned.extend(old.filter_map(|at| members.get(*at).map(|m| m.label.clone())))
        });
        if !joining.new.is_empty() {
            self.members.update(|m| {
                m.extend(joining.new.into_iter().map(|shared| Member {
                    label: shared.label.unwrap_or_default(),
                    response: shared.response,
                }))
            });
        }
        if !joining.changed.is_empty() {
            self.waiting.update(|w| w.extend(joining.changed));
        }
        self.told.set(joining.told);
        concerned
    }

    /// Removes the member at `index`; re-submissions waiting for it go too,
    /// and those for later members follow them down a place.
    pub fn remove(&self, index: usize) {
        if self.members.with_untracked(|m| index >= m.len()) {
            return;
        }
        self.members.update(|m| {
            m.remove(index);
        });
        if self
            .waiting
            .with_untracked(|w| w.iter().any(|r| r.member >= index))
        {
            self.waiting
                .update(|w| membership::follow_removal(w, index));
        }
    }

    /// Settles a waiting re-submission: its answers replace the member's
    /// when `replace`, else they are set aside.
    pub fn settle(&self, index: usize, replace: bool) {
        let Some(resubmission) = self.waiting.with_untracked(|w| w.get(index).cloned()) else {
            return;
        };
        self.waiting.update(|w| {
            w.remove(index);
        });
        if !replace {
            return;
        }
        let mut label = None;
        self.members.update(|members| {
            if membership::replace(members, &resubmission) {
                label = members.get(resubmission.member).map(|m| m.label.clone());
            }
        });
        if let Some(label) = label {
            self.told.set(vec![Told::Replaced(label)]);
        }
    }

    /// Forgets everything in memory after storage was cleared, and saves
    /// again from now on.
    pub fn clear(&self) {
        self.group.resume();
        self.measured.resume();
        self.members.set(Vec::new());
        self.measurements.set(Vec::new());
        self.opened.set(None);
        self.told.set(Vec::new());
        self.waiting.set(Vec::new());
        self.joining.set(None);
    }
}
