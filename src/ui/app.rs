//! The widget's state and the actions that change it.
//!
//! One [`Assessment`] per mounted widget, handed to every component through
//! context. Components read its signals and call its actions; the model
//! computes everything else from the response.

use super::device;
use super::workshop::{Opened, Workshop};
use crate::flow::{self, Layout, Page, Part, Position, Unit};
use crate::model::answer::Answer;
use crate::model::code;
use crate::model::content::{Content, Question};
use crate::model::evaluation::Evaluation;
use crate::model::migration::MigrationReport;
use crate::model::response::{Mode, Response};
use crate::model::text::Text;
use crate::saved::{Restored, SavedState};
use crate::storage::{Slot, StorageProblem};
use crate::ui_keys as k;
use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// The width from which a whole part fits on one screen, in CSS pixels:
/// of the widget once it is on the page, of the window before.
const WIDE_MIN_PX: u32 = 768;

/// Numbers the widgets on a page, so element ids and radio groups of two
/// widgets never clash.
static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// A message about saving on this device.
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
    /// The group view or the measurements (`what`, a text key) could not
    /// be read.
    KeptCorrupt {
        what: &'static str,
        backed_up: bool,
    },
    /// The group view or the measurements were saved by a newer build.
    KeptNewer {
        what: &'static str,
    },
    /// The `#code=` of the address could not be read (`problem`, a text
    /// key).
    Link {
        problem: &'static str,
    },
    /// The answers were changed in another tab of this site, and this one
    /// now shows them.
    OtherTab,
}

impl Notice {
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
}

/// Whether changes are written to storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Saving {
    On,
    /// Storage is missing, or holds something that must not be overwritten.
    Off,
}

/// How the widget was placed on the page, read before it mounts.
#[derive(Clone, Debug, Default)]
pub struct Setup {
    /// The widget's own name (`data-kansrijk="..."`), separating the saved
    /// state of several widgets on one page.
    pub name: Option<String>,
    /// Languages the page asks for explicitly (`?lang=`, `data-lang`); they
    /// win over the language saved last time.
    pub chosen_lang: Vec<Option<String>>,
    /// Languages the page suggests (the closest `lang` attribute, the
    /// browser's languages), tried after the saved one.
    pub suggested_lang: Vec<Option<String>>,
}

/// Everything one widget knows; `Copy`, so every closure can hold it.
#[derive(Clone, Copy)]
pub struct Assessment {
    pub content: &'static Content,
    instance: usize,
    pub response: RwSignal<Response>,
    pub position: RwSignal<Position>,
    /// The last question screen visited: where "resume" goes.
    pub last_step: RwSignal<Position>,
    pub lang: RwSignal<String>,
    pub partnership: RwSignal<String>,
    pub wide: RwSignal<bool>,
    pub pages: Memo<Vec<Page>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The respondent came to a question from the result, so the way back
    /// to it is offered.
    pub from_result: RwSignal<bool>,
    /// The text of the live region that announces step changes.
    pub announcement: RwSignal<String>,
    pub root: NodeRef<html::Div>,
    saving: RwSignal<Saving>,
    full_told: StoredValue<bool>,
    /// Set while the state just read from another tab's save is applied,
    /// so it is not written straight back (see `follow_other_tabs`).
    adopting: StoredValue<bool>,
    slot: StoredValue<Slot>,
    /// Someone else's answers, shown and never saved or changed.
    pub read_only: bool,
    pub work: Workshop,
}

impl Assessment {
    /// Sets up a widget: reads what was saved, picks the language, starts
    /// saving every change and following the screen width.
    pub fn new(content: &'static Content, setup: Setup) -> Assessment {
        let slot = Slot::new(setup.name.as_deref());
        let (Restored { state, report }, mut notices, saving) = load(content, &slot);
        let work = Workshop::new(content, setup.name.as_deref(), &mut notices);
        if let Some(notice) = Notice::of_migration(content, &report) {
            notices.push(notice);
        }

        let codes: Vec<&str> = content.languages.iter().map(|l| l.code.as_str()).collect();
        let saved_lang = (!state.lang.is_empty()).then(|| state.lang.clone());
        let hints = setup
            .chosen_lang
            .into_iter()
            .chain([saved_lang])
            .chain(setup.suggested_lang);
        let lang = crate::locale::pick(hints, &codes).to_owned();

        let response = RwSignal::new(state.response);
        let wide = RwSignal::new(false);
        let pages = pages_of(content, response, wide);
        let s = Assessment {
            content,
            instance: INSTANCES.fetch_add(1, Ordering::Relaxed) + 1,
            response,
            position: RwSignal::new(Position::Start),
            last_step: RwSignal::new(state.position),
            lang: RwSignal::new(lang),
            partnership: RwSignal::new(state.partnership),
            wide,
            pages,
            notices: RwSignal::new(notices),
            from_result: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            root: NodeRef::new(),
            saving: RwSignal::new(saving),
            full_told: StoredValue::new(false),
            adopting: StoredValue::new(false),
            slot: StoredValue::new(slot),
            read_only: false,
            work,
        };
        s.follow_width();
        s.save_every_change();
        s.follow_other_tabs();
        s.work.save_every_change(s.notices);
        s.follow_fragment();
        s
    }

    /// A read-only assessment of someone else's `response`, for the shared
    /// result: it shares this widget's language, width and messages, and
    /// never touches storage. Created inside the view that shows it, so its
    /// signals go when that view does.
    pub fn viewer(&self, response: Response) -> Assessment {
        let content = self.content;
        let wide = self.wide;
        let response = RwSignal::new(response);
        let pages = pages_of(content, response, wide);
        Assessment {
            instance: INSTANCES.fetch_add(1, Ordering::Relaxed) + 1,
            response,
            position: RwSignal::new(Position::Result),
            last_step: RwSignal::new(Position::Start),
            partnership: RwSignal::new(String::new()),
            pages,
            from_result: RwSignal::new(false),
            saving: RwSignal::new(Saving::Off),
            read_only: true,
            ..*self
        }
    }

    /// A unique element id inside this widget.
    pub fn dom_id(&self, name: &str) -> String {
        let name: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        format!("kr{}-{name}", self.instance)
    }

    /// An interface text in the current language.
    pub fn t(&self, key: &'static str) -> &'static str {
        let content = self.content;
        self.lang.with(|lang| content.ui(key, lang))
    }

    /// An interface text that follows the language, to put in a view. One
    /// closure type for every text, so the views share its rendering code
    /// instead of compiling a copy per text.
    pub fn text(&self, key: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync {
        let s = *self;
        move || s.t(key)
    }

    /// An interface text with its placeholders filled in.
    pub fn fill(&self, key: &'static str, values: &[(&str, &str)]) -> String {
        k::fill(self.t(key), values)
    }

    /// A content text in the current language.
    pub fn tr(&self, text: &'static Text) -> &'static str {
        self.lang.with(|lang| text.get(lang))
    }

    /// The title of a part, such as "D6 Leadership and process".
    pub fn part_title(&self, part: &Part) -> String {
        match part {
            Part::Situation => self.t(k::PARTS_SITUATION).to_owned(),
            Part::Dimension(id) => self
                .lang
                .with(|lang| crate::model::report::part_title(self.content, lang, id)),
        }
    }

    /// The number of the page shown now, if a question screen is shown.
    pub fn page_index(&self) -> Option<usize> {
        let pages = self.pages;
        self.position
            .with(|p| pages.with(|pages| flow::page_index(pages, p)))
    }

    // Navigation --------------------------------------------------------

    /// Starts (or continues) the quick scan or the full check at the first
    /// question; answers already given are kept.
    pub fn start(&self, mode: Mode) {
        super::crash::test_fault("start");
        self.response.update(|r| r.mode = mode);
        self.from_result.set(false);
        let first = self.pages.with_untracked(|p| flow::position_of(p, 0));
        self.go(first, None);
    }

    /// Returns to the last question screen visited.
    pub fn resume(&self) {
        let at = match self.last_step.get_untracked() {
            Position::Start => self.pages.with_untracked(|p| flow::position_of(p, 0)),
            at => at,
        };
        self.go(at, None);
    }

    pub fn next(&self) {
        let to = match self.page_index_untracked() {
            Some(i) => self.pages.with_untracked(|p| flow::position_of(p, i + 1)),
            None => Position::Result,
        };
        self.go(to, None);
    }

    pub fn back(&self) {
        let to = match self.page_index_untracked() {
            Some(0) | None => Position::Start,
            Some(i) => self.pages.with_untracked(|p| flow::position_of(p, i - 1)),
        };
        self.go(to, None);
    }

    /// Jumps to the first question of a part.
    pub fn jump(&self, part: &Part) {
        let to = self.pages.with_untracked(|pages| {
            pages
                .iter()
                .position(|p| &p.part == part)
                .map(|i| flow::position_of(pages, i))
        });
        if let Some(to) = to {
            self.go(to, None);
        }
    }

    pub fn show_start(&self) {
        self.go(Position::Start, None);
    }

    pub fn show_group(&self) {
        self.go(Position::Group, None);
    }

    /// Shows a shared result.
    pub fn open(&self, opened: Opened) {
        self.work.opened.set(Some(opened));
        self.go(Position::Shared, None);
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

    /// Adds responses to the group in one change, each labelled
    /// "Respondent N" when it came without a label of its own.
    pub fn add_to_group(&self, shared: impl IntoIterator<Item = code::Shared>) {
        let s = *self;
        self.work.add(shared, move |n| {
            s.fill(k::GROUP_DEFAULT_LABEL, &[("n", &n.to_string())])
        });
    }

    /// Adds the shared result from a link to the group, and shows the group.
    pub fn add_opened_to_group(&self) {
        if let Some(opened) = self.work.opened.get_untracked() {
            self.add_to_group([opened.shared]);
        }
        self.work.opened.set(None);
        device::clear_fragment();
        self.show_group();
    }

    pub fn show_result(&self) {
        self.from_result.set(false);
        self.go(Position::Result, None);
    }

    /// Opens the screen of one question from the result, focused on it.
    pub fn edit(&self, unit: Unit) {
        if self.read_only {
            return;
        }
        let to = self.pages.with_untracked(|pages| {
            pages
                .iter()
                .position(|p| p.units.contains(&unit))
                .map(|index| Position::Step {
                    unit: unit.clone(),
                    index,
                })
        });
        if let Some(to) = to {
            self.from_result.set(true);
            self.go(to, Some(self.unit_dom_id(&unit)));
        }
    }

    /// The element id of a question's fieldset.
    pub fn unit_dom_id(&self, unit: &Unit) -> String {
        match unit {
            Unit::Question(id) => self.dom_id(&format!("q-{id}")),
            Unit::Item(id) => self.dom_id(&format!("i-{id}")),
        }
    }

    fn page_index_untracked(&self) -> Option<usize> {
        let pages = self.pages;
        self.position
            .with_untracked(|p| pages.with_untracked(|pages| flow::page_index(pages, p)))
    }

    /// Shows `to`, announces it, and moves focus to its heading (or to the
    /// element `focus` names) once it is drawn.
    fn go(&self, to: Position, focus: Option<String>) {
        if matches!(to, Position::Step { .. }) {
            self.last_step.set(to.clone());
        }
        self.position.set(to);
        let text = untrack(|| self.announcement_text());
        self.announcement.set(text);
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
                if to_top {
                    root.scroll_into_view_with_bool(true);
                } else {
                    el.scroll_into_view_with_bool(true);
                }
            }
        });
    }

    fn announcement_text(&self) -> String {
        match self.position.get_untracked() {
            Position::Start => self.t(k::ANNOUNCE_START).to_owned(),
            Position::Result => {
                let outcome = self
                    .response
                    .with_untracked(|r| Evaluation::of(self.content, r).verdict.outcome);
                self.fill(
                    k::ANNOUNCE_RESULT,
                    &[("verdict", self.t(super::verdict::outcome_key(outcome)))],
                )
            }
            Position::Group => self.t(k::ANNOUNCE_GROUP).to_owned(),
            Position::Shared => {
                let outcome = self.work.opened.with_untracked(|o| {
                    o.as_ref().map(|o| {
                        Evaluation::of(self.content, &o.shared.response)
                            .verdict
                            .outcome
                    })
                });
                let verdict = outcome.map_or("", |o| self.t(super::verdict::outcome_key(o)));
                self.fill(k::ANNOUNCE_SHARED, &[("verdict", verdict)])
            }
            Position::Step { .. } => {
                let Some(i) = self.page_index_untracked() else {
                    return String::new();
                };
                self.pages.with_untracked(|pages| {
                    let title = self.part_title(&pages[i].part);
                    let total_questions: usize = pages.iter().map(|p| p.units.len()).sum();
                    let step = if self.wide.get_untracked() {
                        self.fill(
                            k::STEP_PART_OF,
                            &[
                                ("n", &(i + 1).to_string()),
                                ("total", &pages.len().to_string()),
                            ],
                        )
                    } else {
                        self.fill(
                            k::STEP_QUESTION_OF,
                            &[
                                ("n", &flow::question_number(pages, i).to_string()),
                                ("total", &total_questions.to_string()),
                            ],
                        )
                    };
                    format!("{step}: {title}")
                })
            }
        }
    }

    // Answers ------------------------------------------------------------

    pub fn answer(&self, item: &str, answer: Answer) {
        self.response.update(|r| r.set(item, answer));
    }

    /// Ticks or unticks a choice of a classification question.
    pub fn choose(&self, question: &'static Question, choice: &str, ticked: bool) {
        self.response.update(|r| {
            let chosen = r.classification.entry(question.id.clone()).or_default();
            if !question.multiple {
                chosen.clear();
            }
            chosen.retain(|c| c != choice);
            if ticked {
                chosen.push(choice.to_owned());
            }
        });
    }

    /// Clears every answer and the name, and returns to the start; the
    /// language stays.
    pub fn start_over(&self) {
        let mode = self.response.with_untracked(|r| r.mode);
        self.response.set(Response::new(self.content, mode));
        self.partnership.set(String::new());
        self.last_step.set(Position::Start);
        self.from_result.set(false);
        self.go(Position::Start, None);
    }

    /// Removes everything the widget saved on this device, and starts over.
    pub fn delete_all(&self) {
        let result = self.slot.with_value(|s| s.delete_all());
        self.notices.set(Vec::new());
        self.work.clear();
        self.start_over();
        match result {
            Ok(()) => {
                self.saving.set(Saving::On);
                self.notices.set(vec![Notice::Deleted]);
            }
            Err(_) => self.notices.set(vec![Notice::DeleteFailed]),
        }
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|n| n.retain(|x| x != notice));
    }

    /// Whether there are answers worth resuming.
    pub fn has_saved_work(&self) -> bool {
        self.response
            .with(|r| !r.answers.is_empty() || r.classification.values().any(|c| !c.is_empty()))
    }

    // Effects -------------------------------------------------------------

    fn save_every_change(&self) {
        let s = *self;
        Effect::new(move |_| {
            let state = SavedState {
                response: s.response.get(),
                position: s.last_step.get(),
                lang: s.lang.get(),
                partnership: s.partnership.get(),
            };
            if s.saving.get() == Saving::Off {
                return;
            }
            // Just read from storage: writing it back would only echo the
            // other tab's save (and, with this tab's language, start a
            // ping-pong of saves between the two).
            if s.adopting.get_value() {
                s.adopting.set_value(false);
                return;
            }
            match s.slot.with_value(|slot| slot.save(&state)) {
                Ok(()) => {}
                Err(StorageProblem::Full) => {
                    // Told once: the respondent can go on in memory, and a
                    // later save may succeed when space is freed.
                    if !s.full_told.get_value() {
                        s.full_told.set_value(true);
                        s.notices.update(|n| n.push(Notice::Full));
                    }
                }
                Err(_) => {
                    s.saving.set(Saving::Off);
                    s.notices.update(|n| n.push(Notice::Unavailable));
                }
            }
        });
    }

    /// Two tabs on the same assessment: when the other tab saves, this one
    /// reads the saved answers back, so its next save cannot silently undo
    /// the other tab's change. This tab has no unsaved changes to lose,
    /// since every change is saved at once. Its language and the screen it
    /// shows stay; the respondent is told once.
    fn follow_other_tabs(&self) {
        let s = *self;
        let key = s.slot.with_value(|slot| slot.key().to_owned());
        crate::storage::on_change_elsewhere(&key, move || {
            // The widget may be gone; the listener outlives it.
            if s.saving.try_get_untracked() != Some(Saving::On) {
                return;
            }
            let state = match s.slot.with_value(|slot| slot.load(s.content)) {
                Ok(Some(restored)) => restored.state,
                // Deleted or started over there.
                Ok(None) => SavedState {
                    response: Response::new(s.content, s.response.with_untracked(|r| r.mode)),
                    ..SavedState::default()
                },
                // Unreadable or from a newer build: load() has kept it
                // aside or left it alone; this tab keeps what it shows.
                Err(problem) => {
                    leptos::logging::warn!(
                        "Kansrijk: the other tab's save is unreadable: {problem:?}"
                    );
                    return;
                }
            };
            s.adopting.set_value(true);
            s.response.set(state.response);
            s.partnership.set(state.partnership);
            if !matches!(state.position, Position::Start) {
                s.last_step.set(state.position);
            }
            s.notices.update(|n| {
                if !n.contains(&Notice::OtherTab) {
                    n.push(Notice::OtherTab);
                }
            });
        });
    }

    /// Opens the answer code in the address (`#code=...`) now, and whenever
    /// the fragment changes, as when a second link is pasted into the same
    /// tab. A code that cannot be read is told and changes nothing.
    fn follow_fragment(&self) {
        let s = *self;
        let open_fragment = move || {
            let fragment = device::fragment();
            let Some(text) = crate::sharing::code_in_fragment(&fragment) else {
                return;
            };
            match code::decode_with_report(s.content, text) {
                Ok((shared, report)) => {
                    if let Some(notice) = Notice::of_migration(s.content, &report) {
                        s.notices.update(|n| {
                            if !n.contains(&notice) {
                                n.push(notice);
                            }
                        });
                    }
                    s.open(Opened {
                        shared,
                        member: None,
                    })
                }
                Err(e) => {
                    leptos::logging::warn!("Kansrijk: the link's code is unreadable: {e}");
                    let notice = Notice::Link {
                        problem: k::code_error_key(&e),
                    };
                    s.notices.update(|n| {
                        if !n.contains(&notice) {
                            n.push(notice);
                        }
                    });
                }
            }
        };
        open_fragment();
        let on_change = Closure::<dyn Fn()>::new(move || {
            // The widget may be gone; the listener outlives it.
            if s.position.try_get_untracked().is_some() {
                open_fragment();
            }
        });
        let _ = window()
            .add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }

    /// Keeps `wide` equal to whether the widget itself is wide enough for a
    /// whole part on one screen. Measured on the widget, not the window: a
    /// widget in a narrow column of a wide page gets the phone layout.
    /// Rotating a tablet or resizing a window regroups the questions at
    /// once. Until the widget is on the page, the window's width stands in.
    fn follow_width(&self) {
        let wide = self.wide;
        let query = format!("(min-width: {WIDE_MIN_PX}px)");
        if let Some(query) = web_sys::window().and_then(|w| w.match_media(&query).ok().flatten()) {
            wide.set(query.matches());
        }
        self.root.on_load(move |root| {
            let followed = device::on_resize(&root, move |rect| {
                let width = rect.width();
                let now = width >= f64::from(WIDE_MIN_PX);
                // Set only when it changes: the widget's height changes with
                // every fold-out opened, and setting the same value would
                // still draw the views that follow `wide` again (closing
                // that fold-out). A widget taken off the page measures 0;
                // its signal is gone by then.
                if width > 0.0 && wide.try_get_untracked().is_some_and(|was| was != now) {
                    wide.set(now);
                }
            });
            // Without ResizeObserver the window's width is kept.
            if let Err(e) = followed {
                leptos::logging::warn!("Kansrijk: cannot follow its width: {e:?}");
            }
        });
    }
}

/// The pages `response` is asked on, grouped for the width the widget has.
fn pages_of(
    content: &'static Content,
    response: RwSignal<Response>,
    wide: RwSignal<bool>,
) -> Memo<Vec<Page>> {
    Memo::new(move |_| {
        let layout = if wide.get() {
            Layout::Wide
        } else {
            Layout::Narrow
        };
        response.with(|r| flow::pages(content, r, layout))
    })
}

/// What was saved in `slot`, or a fresh start with the reason told; and
/// whether saving may go on (never over something it must not overwrite).
fn load(content: &Content, slot: &Slot) -> (Restored, Vec<Notice>, Saving) {
    let fresh = || Restored {
        state: SavedState {
            response: Response::new(content, Mode::Quick),
            ..SavedState::default()
        },
        report: MigrationReport::current(content),
    };
    match slot.load(content) {
        Ok(Some(restored)) => (restored, Vec::new(), Saving::On),
        Ok(None) => (fresh(), Vec::new(), Saving::On),
        Err(problem) => {
            let (notice, saving) = match problem {
                StorageProblem::Unavailable => (Notice::Unavailable, Saving::Off),
                StorageProblem::Full => (Notice::Full, Saving::On),
                StorageProblem::Corrupt { backed_up: true } => {
                    (Notice::Corrupt { backed_up: true }, Saving::On)
                }
                StorageProblem::Corrupt { backed_up: false } => {
                    (Notice::Corrupt { backed_up: false }, Saving::Off)
                }
                StorageProblem::FromNewerVersion { .. } => (Notice::Newer, Saving::Off),
            };
            (fresh(), vec![notice], saving)
        }
    }
}

/// The assessment of the widget this component is in.
pub fn use_assessment() -> Assessment {
    expect_context::<Assessment>()
}
