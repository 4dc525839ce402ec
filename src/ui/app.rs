//! The widget's state and the actions that change it.
//!
//! One [`Assessment`] per mounted widget, handed to every component through
//! context: a signal over the pure [`Session`], the signals derived from it
//! that views read, and the effects that tie it to the browser (saving,
//! other tabs, the address's fragment, the widget's width). Where a button
//! leads, what is announced and what a notice says are decided in
//! `session`; this file only applies it.

use super::device;
use super::workshop::{Opened, Workshop};
use crate::model::answer::Answer;
use crate::model::code;
use crate::model::content::{Content, Question};
use crate::model::evaluation::Evaluation;
use crate::model::migration::MigrationReport;
use crate::model::response::{Mode, Response};
use crate::model::text::Text;
use crate::persist::keys::Stored;
use crate::persist::store::{self, Store};
use crate::session::announcement;
use crate::session::flow::{Layout, Page, Part, Position, Unit};
use crate::session::navigation::{Focus, Session};
use crate::session::notice::{tell, Notice};
use crate::session::saved::{self, Restored, SavedState};
use crate::session::texts as k;
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
    session: RwSignal<Session>,
    pub response: Memo<Response>,
    pub position: Memo<Position>,
    pub lang: Memo<String>,
    pub partnership: Memo<String>,
    pub wide: Memo<bool>,
    /// The respondent came to a question from the result, so the way back
    /// to it is offered.
    pub from_result: Memo<bool>,
    pub pages: Memo<Vec<Page>>,
    /// The evaluation of the response, computed when a view or an
    /// announcement first asks for it.
    pub evaluation: Memo<Evaluation>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The text of the live region that announces step changes.
    pub announcement: RwSignal<String>,
    pub root: NodeRef<html::Div>,
    /// Off when storage is missing or holds something that must not be
    /// overwritten.
    saving: RwSignal<bool>,
    full_told: StoredValue<bool>,
    /// Set while the state just read from another tab's save is applied,
    /// so it is not written straight back (see `follow_other_tabs`).
    adopting: StoredValue<bool>,
    store: StoredValue<Store>,
    /// Someone else's answers, shown and never saved or changed.
    pub read_only: bool,
    pub work: Workshop,
}

impl Assessment {
    /// Sets up a widget: reads what was saved, picks the language, starts
    /// saving every change and following the screen width.
    pub fn new(content: &'static Content, setup: Setup) -> Assessment {
        let store = Store::new(Stored::Assessment, setup.name.as_deref());
        let (Restored { state, report }, mut notices, saving) = load(content, &store);
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
        let lang = crate::session::language::pick(hints, &codes).to_owned();

        let session = RwSignal::new(Session::resumed(state, lang, Layout::Narrow));
        let wide = Memo::new(move |_| session.with(|s| s.layout == Layout::Wide));
        let d = Derived::of(content, session, wide);
        let s = Assessment {
            content,
            instance: INSTANCES.fetch_add(1, Ordering::Relaxed) + 1,
            session,
            response: d.response,
            position: d.position,
            lang: Memo::new(move |_| session.with(|s| s.lang.clone())),
            partnership: d.partnership,
            wide,
            from_result: d.from_result,
            pages: d.pages,
            evaluation: d.evaluation,
            notices: RwSignal::new(notices),
            announcement: RwSignal::new(String::new()),
            root: NodeRef::new(),
            saving: RwSignal::new(saving),
            full_told: StoredValue::new(false),
            adopting: StoredValue::new(false),
            store: StoredValue::new(store),
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
        let (lang, layout) = self.session.with_untracked(|s| (s.lang.clone(), s.layout));
        let session = RwSignal::new(Session::viewing(response, lang, layout));
        let d = Derived::of(self.content, session, self.wide);
        Assessment {
            instance: INSTANCES.fetch_add(1, Ordering::Relaxed) + 1,
            session,
            response: d.response,
            position: d.position,
            partnership: d.partnership,
            from_result: d.from_result,
            pages: d.pages,
            evaluation: d.evaluation,
            saving: RwSignal::new(false),
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
        self.lang
            .with(|lang| announcement::part_title(self.content, lang, part))
    }

    /// The number of the page shown now, if a question screen is shown.
    pub fn page_index(&self) -> Option<usize> {
        let pages = self.pages;
        self.position
            .with(|p| pages.with(|pages| crate::session::flow::page_index(pages, p)))
    }

    /// Where page `index` lies among all questions or parts, as the
    /// progress bar and the announcement both say it.
    pub fn step_label(&self, index: usize) -> String {
        let layout = if self.wide.get() {
            Layout::Wide
        } else {
            Layout::Narrow
        };
        self.lang.with(|lang| {
            self.pages
                .with(|pages| announcement::step_label(self.content, lang, pages, index, layout))
        })
    }

    /// Whether there are answers worth resuming.
    pub fn has_saved_work(&self) -> bool {
        self.response.with(saved::has_answers)
    }

    // Navigation --------------------------------------------------------

    /// Starts (or continues) the quick scan or the full check at the first
    /// question; answers already given are kept.
    pub fn start(&self, mode: Mode) {
        super::crash::test_fault("start");
        self.step(|s, c| Some(s.start(c, mode)));
    }

    /// Returns to the last question screen visited.
    pub fn resume(&self) {
        self.step(|s, c| Some(s.resume(c)));
    }

    pub fn next(&self) {
        self.step(|s, c| Some(s.next(c)));
    }

    pub fn back(&self) {
        self.step(|s, c| Some(s.back(c)));
    }

    /// Jumps to the first question of a part.
    pub fn jump(&self, part: &Part) {
        self.step(|s, c| s.jump(c, part));
    }

    pub fn show_start(&self) {
        self.step(|s, _| Some(s.show(Position::Start)));
    }

    pub fn show_group(&self) {
        self.step(|s, _| Some(s.show(Position::Group)));
    }

    pub fn show_result(&self) {
        self.step(|s, _| Some(s.show_result()));
    }

    /// Opens the screen of one question from the result, focused on it.
    pub fn edit(&self, unit: Unit) {
        if !self.read_only {
            self.step(|s, c| s.edit(c, unit));
        }
    }

    /// Shows a shared result.
    pub fn open(&self, opened: Opened) {
        self.work.opened.set(Some(opened));
        self.step(|s, _| Some(s.show(Position::Shared)));
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
        let Some(focus) = self.session.try_update(|s| moved(s, content)).flatten() else {
            return;
        };
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
                if to_top {
                    root.scroll_into_view_with_bool(true);
                } else {
                    el.scroll_into_view_with_bool(true);
                }
            }
        });
    }

    fn announcement_text(&self) -> String {
        let (position, layout) = self.session.with(|s| (s.position.clone(), s.layout));
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
        self.session.update(|s| s.answer(item, answer));
    }

    /// Ticks or unticks a choice of a classification question.
    pub fn choose(&self, question: &'static Question, choice: &str, ticked: bool) {
        self.session.update(|s| s.choose(question, choice, ticked));
    }

    pub fn set_partnership(&self, name: String) {
        self.session.update(|s| s.partnership = name);
    }

    pub fn set_lang(&self, code: &str) {
        self.session.update(|s| s.lang = code.to_owned());
    }

    /// Clears every answer and the name, and returns to the start; the
    /// language stays.
    pub fn start_over(&self) {
        self.step(|s, c| Some(s.start_over(c)));
    }

    /// Removes everything the widget saved on this device, and starts over.
    pub fn delete_all(&self) {
        let result = store::delete_all();
        self.notices.set(Vec::new());
        self.work.clear();
        self.start_over();
        match result {
            Ok(()) => {
                self.saving.set(true);
                self.notices.set(vec![Notice::Deleted]);
            }
            Err(_) => self.notices.set(vec![Notice::DeleteFailed]),
        }
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|n| n.retain(|x| x != notice));
    }

    // Effects -------------------------------------------------------------

    fn save_every_change(&self) {
        let s = *self;
        // What is kept changes with an answer, the name, the language or
        // the last question, not with every screen or width.
        let session = self.session;
        let kept = Memo::new(move |_| session.with(Session::saved));
        Effect::new(move |_| {
            let raw = kept.with(saved::encode);
            if !s.saving.get() {
                return;
            }
            // Just read from storage: writing it back would only echo the
            // other tab's save (and, with this tab's language, start a
            // ping-pong of saves between the two).
            if s.adopting.get_value() {
                s.adopting.set_value(false);
                return;
            }
            let Err(problem) = s.store.with_value(|store| store.save(raw.as_deref())) else {
                return;
            };
            let told = Notice::on_writing(&problem);
            if !told.keep_saving {
                s.saving.set(false);
            }
            match told.notice {
                // Told once: the respondent can go on in memory, and a
                // later save may succeed when space is freed.
                Some(Notice::Full) if s.full_told.get_value() => {}
                Some(notice) => {
                    s.full_told
                        .set_value(s.full_told.get_value() || notice == Notice::Full);
                    s.notices.update(|n| n.push(notice));
                }
                None => {}
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
        let key = s.store.with_value(|store| store.key().to_owned());
        store::on_change_elsewhere(&key, move || {
            // The widget may be gone; the listener outlives it.
            if s.saving.try_get_untracked() != Some(true) {
                return;
            }
            let theirs = match s
                .store
                .with_value(|store| store.load(|raw| saved::decode(s.content, raw)))
            {
                Ok(restored) => restored.map(|r| r.state),
                // Unreadable or from a newer build: the store has kept it
                // aside or left it alone; this tab keeps what it shows.
                Err(problem) => {
                    leptos::logging::warn!(
                        "Kansrijk: the other tab's save is unreadable: {problem:?}"
                    );
                    return;
                }
            };
            // Only a change is saved again, so only a change needs holding
            // back.
            let changes = s.session.with_untracked(|now| {
                let mut next = now.clone();
                next.adopt(s.content, theirs.clone());
                next.saved() != now.saved()
            });
            s.adopting.set_value(changes);
            s.session.update(|session| session.adopt(s.content, theirs));
            s.notices.update(|n| tell(n, Notice::OtherTab));
        });
    }

    /// Opens the answer code in the address (`#code=...`) now, and whenever
    /// the fragment changes, as when a second link is pasted into the same
    /// tab. A code that cannot be read is told and changes nothing.
    fn follow_fragment(&self) {
        let s = *self;
        let open_fragment = move || {
            let fragment = device::fragment();
            let Some(text) = crate::session::sharing::code_in_fragment(&fragment) else {
                return;
            };
            match code::decode_with_report(s.content, text) {
                Ok((shared, report)) => {
                    if let Some(notice) = Notice::of_migration(s.content, &report) {
                        s.notices.update(|n| tell(n, notice));
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
                    s.notices.update(|n| tell(n, notice));
                }
            }
        };
        open_fragment();
        let on_change = Closure::<dyn Fn()>::new(move || {
            // The widget may be gone; the listener outlives it.
            if s.session.try_get_untracked().is_some() {
                open_fragment();
            }
        });
        let _ = window()
            .add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }

    /// Keeps the layout equal to whether the widget itself is wide enough
    /// for a whole part on one screen. Measured on the widget, not the
    /// window: a widget in a narrow column of a wide page gets the phone
    /// layout. Rotating a tablet or resizing a window regroups the
    /// questions at once. Until the widget is on the page, the window's
    /// width stands in.
    fn follow_width(&self) {
        let session = self.session;
        let set = move |wide: bool| {
            let layout = if wide { Layout::Wide } else { Layout::Narrow };
            // Set only when it changes: the widget's height changes with
            // every fold-out opened, and setting the same value would still
            // draw the views that follow the session again (closing that
            // fold-out).
            if session.try_with_untracked(|s| s.layout != layout) == Some(true) {
                session.update(|s| s.layout = layout);
            }
        };
        let query = format!("(min-width: {WIDE_MIN_PX}px)");
        if let Some(query) = web_sys::window().and_then(|w| w.match_media(&query).ok().flatten()) {
            set(query.matches());
        }
        self.root.on_load(move |root| {
            let followed = device::on_resize(&root, move |rect| {
                // A widget taken off the page measures 0; its signal is gone
                // by then.
                let width = rect.width();
                if width > 0.0 {
                    set(width >= f64::from(WIDE_MIN_PX));
                }
            });
            // Without ResizeObserver the window's width is kept.
            if let Err(e) = followed {
                leptos::logging::warn!("Kansrijk: cannot follow its width: {e:?}");
            }
        });
    }
}

/// The signals a view reads, derived from one session.
struct Derived {
    response: Memo<Response>,
    position: Memo<Position>,
    partnership: Memo<String>,
    from_result: Memo<bool>,
    pages: Memo<Vec<Page>>,
    evaluation: Memo<Evaluation>,
}

impl Derived {
    /// Each a memo, so a view hears of a change only when its own part of
    /// the session changed: an answer does not redraw the screen around it.
    fn of(content: &'static Content, session: RwSignal<Session>, wide: Memo<bool>) -> Derived {
        let response = Memo::new(move |_| session.with(|s| s.response.clone()));
        Derived {
            response,
            position: Memo::new(move |_| session.with(|s| s.position.clone())),
            partnership: Memo::new(move |_| session.with(|s| s.partnership.clone())),
            from_result: Memo::new(move |_| session.with(|s| s.from_result)),
            // The pages follow the width the widget has, which a viewer
            // shares with its widget.
            pages: Memo::new(move |_| {
                let layout = if wide.get() {
                    Layout::Wide
                } else {
                    Layout::Narrow
                };
                response.with(|r| crate::session::flow::pages(content, r, layout))
            }),
            evaluation: Memo::new(move |_| response.with(|r| Evaluation::of(content, r))),
        }
    }
}

/// What was saved in `store`, or a fresh start with the reason told; and
/// whether saving may go on (never over something it must not overwrite).
fn load(content: &Content, store: &Store) -> (Restored, Vec<Notice>, bool) {
    let fresh = || Restored {
        state: SavedState {
            response: Response::new(content, Mode::Quick),
            ..SavedState::default()
        },
        report: MigrationReport::current(content),
    };
    match store.load(|raw| saved::decode(content, raw)) {
        Ok(Some(restored)) => (restored, Vec::new(), true),
        Ok(None) => (fresh(), Vec::new(), true),
        Err(problem) => {
            let told = Notice::on_reading(Stored::Assessment, &problem);
            (fresh(), told.notice.into_iter().collect(), told.keep_saving)
        }
    }
}

/// The assessment of the widget this component is in.
pub fn use_assessment() -> Assessment {
    expect_context::<Assessment>()
}
