//! Who is already in the group: a respondent counts once, however their
//! answers arrive (code, link, file, or a group file read back), because a
//! second copy would skew every mean and the gap between the sides.
//!
//! A response is recognised by its random id. Answers from builds before
//! ids existed carry none; they are recognised by identical answers under
//! the same label, the only evidence left. Unlabelled answers without an id
//! are each counted: two people may well have answered alike.

use super::code::Shared;
use super::group::Member;
use super::response::Response;

/// Where an arriving response belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A respondent the group does not have yet.
    New,
    /// Already in the group at this position, with the same answers.
    Same(usize),
    /// The respondent at this position, with changed answers: a
    /// re-submission, which replaces the older answers only when the
    /// facilitator says so.
    Changed(usize),
}

/// A changed re-submission waiting for the facilitator's word.
#[derive(Clone, Debug, PartialEq)]
pub struct Resubmission {
    /// The position of the member it would replace.
    pub member: usize,
    pub shared: Shared,
}

/// What arriving responses come to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sorted {
    /// New members, labelled, to add at the end in this order.
    pub new: Vec<Shared>,
    /// The positions of those already in the group unchanged: left out.
    pub same: Vec<usize>,
    /// Changed re-submissions; `member` may point at one of `new`, counted
    /// from the end of the group as it was.
    pub changed: Vec<Resubmission>,
}

/// Where `shared` belongs among `members`.
pub fn place(members: &[Member], shared: &Shared) -> Place {
    place_among(
        members.iter().map(|m| (m.label.as_str(), &m.response)),
        shared,
    )
}

/// Where `shared` belongs in a group given as each member's label and
/// answers, in order: the members, or the members and those joining with
/// them, without copying either.
fn place_among<'a, I>(group: I, shared: &Shared) -> Place
where
    I: Iterator<Item = (&'a str, &'a Response)> + Clone,
{
    let incoming = &shared.response;
    // Without an id, equal answers alone could be two people who answered
    // alike (a room of unlabelled files from an older build); only the same
    // label as well makes them one.
    let by_answers = |(label, response): (&str, &Response)| {
        response.same_answers(incoming) && shared.label.as_deref() == Some(label)
    };
    let mut numbered = group.clone().enumerate();
    let found = if incoming.id.is_empty() {
        numbered.find(|(_, m)| by_answers(*m))
    } else {
        numbered
            .find(|(_, (_, r))| r.id == incoming.id)
            .or_else(|| {
                group
                    .enumerate()
                    .find(|(_, m)| m.1.id.is_empty() && by_answers(*m))
            })
    };
    match found {
        None => Place::New,
        Some((at, (_, response))) if response.same_answers(incoming) => Place::Same(at),
        Some((at, _)) => Place::Changed(at),
    }
}

/// Sorts arriving responses into new ones, ones already in, and changed
/// re-submissions; each is placed against the group and the new ones
/// before it, so one respondent pasted twice in one go counts once too.
/// `label` names a response that came without a label of its own, given
/// its position in the group.
pub fn sort(
    members: &[Member],
    arriving: impl IntoIterator<Item = Shared>,
    label: impl Fn(usize) -> String,
) -> Sorted {
    let mut sorted = Sorted::default();
    for shared in arriving {
        let group = members
            .iter()
            .map(|m| (m.label.as_str(), &m.response))
            .chain(
                sorted
                    .new
                    .iter()
                    .map(|s| (s.label.as_deref().unwrap_or_default(), &s.response)),
            );
        match place_among(group, &shared) {
            Place::New => {
                let at = members.len() + sorted.new.len() + 1;
                let label = shared.label.clone().unwrap_or_else(|| label(at));
                sorted.new.push(Shared {
                    label: Some(label),
                    ..shared
                });
            }
            Place::Same(at) => sorted.same.push(at),
            Place::Changed(member) => sorted.changed.push(Resubmission { member, shared }),
        }
    }
    sorted
}

/// Replaces a member's answers by a re-submission; its label stays unless
/// the re-submission brings one. Nothing happens when the group changed so
/// that the position no longer holds the same respondent.
pub fn replace(members: &mut [Member], resubmission: &Resubmission) -> bool {
    let Some(member) = members.get_mut(resubmission.member) else {
        return false;
    };
    let incoming = &resubmission.shared;
    let same_respondent = if incoming.response.id.is_empty() {
        incoming.label.as_ref().is_none_or(|l| *l == member.label)
    } else {
        member.response.id == incoming.response.id
    };
    if !same_respondent {
        return false;
    }
    member.response = incoming.response.clone();
    if let Some(label) = &incoming.label {
        member.label = label.clone();
    }
    true
}

/// Follows the removal of the member at `removed`: what waited for that
/// member goes, what waited for a later one follows it down a place.
pub fn follow_removal(waiting: &mut Vec<Resubmission>, removed: usize) {
    waiting.retain(|r| r.member != removed);
    for r in waiting.iter_mut().filter(|r| r.member > removed) {
        r.member -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::{Agreement, Answer};
    use crate::model::content::Content;
    use crate::model::response::{Mode, Response};

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    fn shared(c: &Content, id: &str, label: Option<&str>, value: u8) -> Shared {
        let mut response = Response::new(c, Mode::Quick);
        response.id = id.into();
        let a = Answer::Agreement(Agreement::new(value).expect("1-5"));
        response.set(&c.items[0].id, a);
        Shared {
            response,
            label: label.map(str::to_owned),
        }
    }

    fn members(list: &[Shared]) -> Vec<Member> {
        sort(&[], list.iter().cloned(), |n| format!("R{n}"))
            .new
            .into_iter()
            .map(|s| Member {
                label: s.label.unwrap_or_default(),
                response: s.response,
            })
            .collect()
    }

    #[test]
    fn the_same_respondent_by_code_and_by_link_counts_once() {
        let c = content();
        let anna = shared(&c, "aa01", Some("Anna"), 4);
        let group = members(&[anna.clone(), shared(&c, "bb02", None, 2)]);
        assert_eq!(group.len(), 2);
        let sorted = sort(&group, [anna.clone(), anna], |n| format!("R{n}"));
        assert_eq!(sorted.same, vec![0, 0]);
        assert!(sorted.new.is_empty() && sorted.changed.is_empty());
    }

    #[test]
    fn one_respondent_pasted_twice_in_one_go_counts_once() {
        let c = content();
        let piet = shared(&c, "cc03", None, 3);
        let sorted = sort(&[], [piet.clone(), piet], |n| format!("R{n}"));
        assert_eq!(sorted.new.len(), 1);
        assert_eq!(sorted.same, vec![0]);
        assert_eq!(sorted.new[0].label.as_deref(), Some("R1"));
    }

    #[test]
    fn changed_answers_wait_for_the_facilitator_and_then_replace() {
        let c = content();
        let mut group = members(&[shared(&c, "aa01", Some("Anna"), 4)]);
        let changed = shared(&c, "aa01", None, 1);
        let sorted = sort(&group, [changed.clone()], |n| format!("R{n}"));
        assert!(sorted.new.is_empty());
        assert_eq!(sorted.changed.len(), 1);
        assert_eq!(sorted.changed[0].member, 0);
        assert!(replace(&mut group, &sorted.changed[0]));
        assert_eq!(group.len(), 1);
        assert_eq!(
            group[0].label, "Anna",
            "no label of its own: the old one stays"
        );
        assert!(group[0].response.same_answers(&changed.response));
    }

    #[test]
    fn a_replacement_for_a_position_that_moved_on_is_refused() {
        let c = content();
        let mut group = members(&[shared(&c, "aa01", Some("Anna"), 4)]);
        let stale = Resubmission {
            member: 0,
            shared: shared(&c, "ff09", None, 1),
        };
        assert!(!replace(&mut group, &stale));
        assert!(!replace(&mut [], &stale));
    }

    #[test]
    fn waiting_answers_follow_the_member_they_belong_to_when_another_goes() {
        let c = content();
        let waiting = |member| Resubmission {
            member,
            shared: shared(&c, "aa01", None, 1),
        };
        let mut list = vec![waiting(0), waiting(1), waiting(2)];
        follow_removal(&mut list, 1);
        let members: Vec<usize> = list.iter().map(|r| r.member).collect();
        assert_eq!(members, vec![0, 1], "the one for the removed member went");
    }

    #[test]
    fn answers_without_an_id_are_recognised_by_answers_and_label() {
        let c = content();
        let group = members(&[shared(&c, "", Some("Anna"), 4)]);
        let again = shared(&c, "", Some("Anna"), 4);
        assert_eq!(place(&group, &again), Place::Same(0));
        let other_person = shared(&c, "", Some("Bert"), 4);
        assert_eq!(place(&group, &other_person), Place::New);
        let unlabelled = shared(&c, "", None, 4);
        assert_eq!(
            place(&group, &unlabelled),
            Place::New,
            "may be someone else"
        );
        // Without an id a change cannot be told from another respondent.
        assert_eq!(place(&group, &shared(&c, "", Some("Anna"), 2)), Place::New);
    }

    #[test]
    fn a_member_kept_from_before_ids_is_recognised_when_the_same_answers_arrive_with_one() {
        let c = content();
        let group = members(&[shared(&c, "", Some("Anna"), 4)]);
        assert_eq!(
            place(&group, &shared(&c, "aa01", Some("Anna"), 4)),
            Place::Same(0)
        );
    }

    #[test]
    fn different_ids_are_different_respondents_even_with_equal_answers() {
        let c = content();
        let group = members(&[shared(&c, "aa01", Some("Anna"), 4)]);
        assert_eq!(
            place(&group, &shared(&c, "bb02", Some("Anna"), 4)),
            Place::New
        );
    }
}
