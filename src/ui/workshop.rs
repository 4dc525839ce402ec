//! What a widget keeps beside the assessment itself: the facilitator's
//! group of responses, the measurements saved over time, and the shared
//! result being looked at. The first two are saved on every change, each
//! under its own key, as the assessment is (see [`Saving`]).

use crate::model::code::Shared;
use crate::model::content::Content;
use crate::model::group::Member;
use crate::model::measurement::Measurement;
use crate::persist::keys::Stored;
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
    group: Saving,
    measured: Saving,
}

impl Workshop {
    /// Reads what was kept for the widget `name`, telling in `notices`
    /// what could not be read, and saves every later change.
    pub fn new(content: &'static Content, name: Option<&str>, notices: &mut Vec<Notice>) -> Self {
        let (members, told, group) = Saving::load(Stored::Group, name, |raw| {
            workshop::decode_group(content, raw)
        });
        notices.extend(told);
        let (measurements, told, measured) = Saving::load(Stored::Measurements, name, |raw| {
            workshop::decode_measurements(content, raw)
        });
        notices.extend(told);
        Workshop {
            members: RwSignal::new(members.map(|c| c.list).unwrap_or_default()),
            measurements: RwSignal::new(measurements.map(|c| c.list).unwrap_or_default()),
            opened: RwSignal::new(None),
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

    /// Adds responses to the group; each one's label is the one it came
    /// with, or "Respondent N". All of them in one change of the group, so
    /// what follows it (the summary, the saving, the views) hears of it
    /// once, not once per response.
    pub fn add(
        &self,
        shared: impl IntoIterator<Item = Shared>,
        default_label: impl Fn(usize) -> String,
    ) {
        self.members.update(|m| {
            for shared in shared {
                // Called from event handlers: the label's language is read
                // as it is now, not followed.
                let label = shared
                    .label
                    .unwrap_or_else(|| untrack(|| default_label(m.len() + 1)));
                m.push(Member {
                    label,
                    response: shared.response,
                });
            }
        });
    }

    /// Forgets everything in memory after storage was cleared, and saves
    /// again from now on.
    pub fn clear(&self) {
        self.group.resume();
        self.measured.resume();
        self.members.set(Vec::new());
        self.measurements.set(Vec::new());
        self.opened.set(None);
    }
}
