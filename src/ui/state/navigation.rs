//! The actions a view calls: moving between screens (each a move of the
//! session, then an announcement and the focus), answering, and starting
//! over.

use super::Assessment;
use crate::model::answer::Answer;
use crate::model::code;
use crate::model::content::{Content, Question};
use crate::model::evaluation::Evaluation;
use crate::model::response::Mode;
use crate::persist::store;
use crate::session::adding::Adding;
use crate::session::announcement;
use crate::session::flow::{Part, Position, Unit};
use crate::session::navigation::{Focus, Session};
use crate::session::notice::{tell, Notice};
use crate::session::texts;
use crate::ui::device;
use crate::ui::workshop::Opened;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

impl Assessment {
    // Navigation --------------------------------------------------------

    /// Starts (or continues) the quick scan or the full check at the first
    /// question; answers already given are kept.
    pub fn start(&self, mode: Mode) {
        crate::ui::crash::test_fault("start");
        self.step(|session, content| Some(session.start(content, mode)));
    }

    /// Returns to where the respondent left off.
    pub fn resume(&self) {
        self.step(|session, content| Some(session.resume(content)));
    }

    /// From the result back to the last question screen visited.
    pub fn back_to_questions(&self) {
        self.step(|session, content| Some(session.back_to_questions(content)));
    }

    pub fn next(&self) {
        self.step(|session, content| Some(session.next(content)));
    }

    pub fn back(&self) {
        self.step(|session, content| Some(session.back(content)));
    }

    /// Jumps to the first question of a part.
    pub fn jump(&self, part: &Part) {
        self.step(|session, content| session.jump(content, part));
    }

    pub fn show_start(&self) {
        self.step(|session, _| Some(session.show(Position::Start)));
    }

    pub fn show_group(&self) {
        self.step(|session, _| Some(session.show(Position::Group)));
    }

    pub fn show_result(&self) {
        self.step(|session, _| Some(session.show_result()));
    }

    /// On the result without announcing it or moving the focus: the full
    /// build going on where the participant's build was.
    pub fn go_on_at_result(&self) {
        self.session.update(|session| {
            session.show_result();
        });
    }

    /// Opens the screen of one question from the result, focused on it.
    pub fn edit(&self, unit: Unit) {
        self.step(|session, content| session.edit(content, unit));
    }

    /// Shows a shared result.
    pub fn open(&self, opened: Opened) {
        self.work.opened.set(Some(opened));
        self.step(|session, _| Some(session.show(Position::Shared)));
    }

    /// Closes the shared result: back to the group it belongs to, or to the
    /// start for a link, whose fragment goes so a reload does not reopen it.
    pub fn close_shared(&self) {
        let from_group = self
            .work
            .opened
            .with_untracked(|o| o.as_ref().is_some_and(|o| o.member.is_some()));
        self.work.opened.set(None);
        if from_group {
            self.show_group();
        } else {
            device::clear_fragment();
            self.show_start();
        }
    }

    /// Adds what was read to the group, each response labelled
    /// "Respondent N" when it came without a label of its own; a
    /// respondent already in the group counts once. The labels of the
    /// respondents it concerned.
    pub fn add_to_group(&self, adding: Adding) -> Vec<String> {
        let widget = *self;
        self.work.join(adding, move |n| {
            widget.fill(texts::GROUP_DEFAULT_LABEL, &[("n", &n.to_string())])
        })
    }

    /// Shows the group with the shared result from a link added to it.
    /// The group view adds it when it opens: in a participant's build that
    /// is the full build, which the result is handed to.
    pub fn add_opened_to_group(&self) {
        if let Some(opened) = self.work.opened.get_untracked() {
            self.work.joining.set(Some(opened.shared));
        }
        self.work.opened.set(None);
        device::clear_fragment();
        self.show_group();
    }

    /// Adds the shared result waiting to join the group, if any.
    pub fn join_waiting_result(&self) {
        if let Some(shared) = self.work.joining.try_update(Option::take).flatten() {
            self.add_to_group(Adding::one(shared));
        }
    }

    /// The element id of a question's fieldset.
    pub fn unit_dom_id(&self, unit: &Unit) -> String {
        match unit {
            Unit::Question(id) => self.dom_id(&format!("q-{id}")),
            Unit::Item(id) => self.dom_id(&format!("i-{id}")),
        }
    }

    /// Applies a move of the session, then announces the screen arrived at
    /// and moves focus to its heading (or to the question `Focus` names)
    /// once it is drawn.
    fn step(&self, moved: impl FnOnce(&mut Session, &Content) -> Option<Focus>) {
        let content = self.content;
        if let Some(focus) = self
            .session
            .try_update(|session| moved(session, content))
            .flatten()
        {
            self.arrive(focus);
        }
    }

    /// Announces the screen the session has moved to and focuses it. Apart
    /// from [`Self::step`], which is compiled once per move, so this is
    /// compiled once.
    fn arrive(&self, focus: Focus) {
        let text = untrack(|| self.announcement_text());
        self.announcement.set(text);
        let focus = match focus {
            Focus::Heading => None,
            Focus::Question(unit) => Some(self.unit_dom_id(&unit)),
        };
        let root = self.root;
        request_animation_frame(move || {
            // The widget may have gone before the frame (a test unmounts it
            // at once).
            let Some(root) = root.try_get_untracked().flatten() else {
                return;
            };
            let (target, to_top) = match focus {
                // Searched inside the widget: in a shadow root (an embed)
                // document.getElementById does not see its elements. Ids
                // come from dom_id, so they are valid selectors.
                Some(id) => (root.query_selector(&format!("#{id}")).ok().flatten(), false),
                None => (root.query_selector("[data-kr-focus]").ok().flatten(), true),
            };
            if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
                // A new screen is read from the widget's top, so progress and
                // the parts menu are in view; a single question from the
                // result is shown itself.
                let shown: &web_sys::Element = if to_top { &root } else { &el };
                shown.scroll_into_view_with_bool(true);
                crate::ui::frame::show_in_parent(shown);
            }
        });
    }

    fn announcement_text(&self) -> String {
        let (position, layout) = self
            .session
            .with(|session| (session.position.clone(), session.layout));
        let verdict = || match position {
            Position::Result => Some(self.evaluation.with(|e| e.verdict.outcome)),
            Position::Shared => self.work.opened.with(|o| {
                o.as_ref().map(|o| {
                    Evaluation::of(self.content, &o.shared.response)
                        .verdict
                        .outcome
                })
            }),
            _ => None,
        };
        self.lang.with(|lang| {
            self.pages.with(|pages| {
                announcement::announcement(self.content, lang, pages, &position, layout, verdict)
            })
        })
    }

    // Answers ------------------------------------------------------------

    pub fn answer(&self, item: &str, answer: Answer) {
        self.session.update(|session| session.answer(item, answer));
    }

    /// Ticks or unticks a choice of a classification question.
    pub fn choose(&self, question: &'static Question, choice: &str, ticked: bool) {
        self.session
            .update(|session| session.choose(question, choice, ticked));
    }

    pub fn set_partnership(&self, name: String) {
        self.session.update(|session| session.partnership = name);
    }

    /// Switches the language. What the live region last said is said again
    /// in the new language, so a screen reader does not keep the old one.
    pub fn set_lang(&self, code: &str) {
        self.session
            .update(|session| session.lang = code.to_owned());
        if !self.announcement.with_untracked(String::is_empty) {
            let text = untrack(|| self.announcement_text());
            self.announcement.set(text);
        }
    }

    /// Clears every answer and the name, and returns to the start; the
    /// language stays.
    pub fn start_over(&self) {
        // Nor does the next respondent on this device inherit the label
        // typed to share the last one's answers.
        self.work.share_label.set(String::new());
        self.work.share_label_included.set(false);
        self.step(|session, content| Some(session.start_over(content)));
    }

    /// Hands a shared device to the next participant: the answers so far
    /// join the group, the assessment starts empty; the group and the
    /// measurements stay.
    pub fn next_participant(&self) {
        let response = self.response.get_untracked();
        let concerned = self.add_to_group(Adding::one(code::Shared {
            response,
            label: None,
        }));
        let label = concerned.into_iter().next().unwrap_or_default();
        let count = self.work.members.with_untracked(Vec::len);
        self.start_over();
        self.notices
            .update(|n| tell(n, Notice::HandedOn { label, count }));
    }

    /// Removes everything the widget saved on this device, and starts over.
    pub fn delete_all(&self) {
        let result = store::delete_all();
        self.notices.set(Vec::new());
        self.work.clear();
        self.start_over();
        match result {
            Ok(()) => {
                self.saving.resume();
                self.notices.set(vec![Notice::Deleted]);
            }
            Err(_) => self.notices.set(vec![Notice::DeleteFailed]),
        }
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|n| n.retain(|x| x != notice));
    }
}
