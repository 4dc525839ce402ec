//! The widget's state and the actions that change it.
//!
//! One [`Assessment`] per mounted widget, handed to every component through
//! context: a signal over the pure [`Session`], the signals derived from it
//! that views read, and the effects that tie it to the browser (saving,
//! other tabs, the address's fragment, the widget's width). Where a button
//! leads, what is announced and what a notice says are decided in
//! `session`; this file only applies it.

mod effects;
mod navigation;

use crate::model::code;
use crate::model::content::Content;
use crate::model::evaluation::Evaluation;
use crate::model::migration::MigrationReport;
use crate::model::response::{Mode, Response};
use crate::model::text::Text;
use crate::persist::keys::Stored;
use crate::session::announcement;
use crate::session::flow::{Layout, Page, Part, Position};
use crate::session::handover::{HandedAt, Handover, ShareLabel};
use crate::session::navigation::Session;
use crate::session::notice::Notice;
use crate::session::saved::{self, Restored, SavedState};
use crate::session::texts;
use crate::session::workshop;
use crate::ui::saving::Saving;
use crate::ui::workshop::Workshop;
use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

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
    /// What the participant's build handed over when this, the full build,
    /// took its place (see `ui::full_build`): it wins over storage, which
    /// may be off, and the widget opens at the tool that was opened.
    pub handed: Option<Handover>,
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
    saving: Saving,
    /// The widget's name on its page (`Setup::name`).
    name: StoredValue<Option<String>>,
    pub work: Workshop,
}

impl Assessment {
    /// Sets up a widget: reads what was saved, picks the language, starts
    /// saving every change and following the screen width.
    pub fn new(content: &'static Content, setup: Setup) -> Assessment {
        let handed = setup.handed.as_ref();
        let (restored, told, saving) = Saving::load(
            Stored::Assessment,
            setup.name.as_deref(),
            handed.map(|h| h.assessment.as_deref()),
            |raw| saved::decode(content, raw),
        );
        let Restored { state, report } = restored.unwrap_or_else(|| fresh(content));
        let mut notices: Vec<Notice> = told.into_iter().collect();
        let work = Workshop::new(content, setup.name.as_deref(), handed, &mut notices);
        if let Some(notice) = Notice::of_migration(content, &report) {
            notices.push(notice);
        }

        let codes: Vec<&str> = content.languages.iter().map(|l| l.code.as_str()).collect();
        let saved_lang = (!state.lang.is_empty()).then(|| state.lang.clone());
        // The language on screen before the handover stays.
        let hints = handed
            .map(|h| Some(h.lang.clone()))
            .into_iter()
            .chain(setup.chosen_lang)
            .chain([saved_lang])
            .chain(setup.suggested_lang);
        let lang = crate::session::language::pick(hints, &codes).to_owned();

        let session = RwSignal::new(Session::resumed(state, lang, Layout::Narrow));
        // Each a memo, so a view hears of a change only when its own part of
        // the session changed: an answer does not redraw the screen around it.
        let wide = Memo::new(move |_| session.with(|session| session.layout == Layout::Wide));
        let response = field(session, |session| &session.response);
        let widget = Assessment {
            content,
            instance: INSTANCES.fetch_add(1, Ordering::Relaxed) + 1,
            session,
            response,
            position: field(session, |session| &session.position),
            lang: field(session, |session| &session.lang),
            partnership: field(session, |session| &session.partnership),
            wide,
            from_result: field(session, |session| &session.from_result),
            pages: Memo::new(move |_| {
                let layout = if wide.get() {
                    Layout::Wide
                } else {
                    Layout::Narrow
                };
                response.with(|r| crate::session::flow::pages(content, r, layout))
            }),
            evaluation: Memo::new(move |_| response.with(|r| Evaluation::of(content, r))),
            notices: RwSignal::new(notices),
            announcement: RwSignal::new(String::new()),
            root: NodeRef::new(),
            saving,
            name: StoredValue::new(setup.name),
            work,
        };
        widget.follow_width();
        widget.give_every_response_an_id();
        widget.save_every_change();
        widget.follow_other_tabs();
        widget.work.save_every_change(widget.notices);
        widget.follow_fragment();
        widget
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
        let widget = *self;
        move || widget.t(key)
    }

    /// An interface text with its placeholders filled in.
    pub fn fill(&self, key: &'static str, values: &[(&str, &str)]) -> String {
        texts::fill(self.t(key), values)
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

    /// Everything this widget keeps, for the build that takes its place.
    pub fn handover(&self, at: HandedAt) -> Handover {
        let content = self.content;
        Handover {
            name: self.name.get_value(),
            lang: self.lang.get_untracked(),
            assessment: self.session.with_untracked(|s| saved::encode(&s.saved())),
            group: self
                .work
                .members
                .with_untracked(|m| workshop::encode_group(m)),
            measurements: self
                .work
                .measurements
                .with_untracked(|m| workshop::encode_measurements(m)),
            joining: self
                .work
                .joining
                .with_untracked(|j| j.as_ref().map(|shared| code::encode(content, shared))),
            at,
            share_label: ShareLabel {
                text: self.work.share_label.get_untracked(),
                included: self.work.share_label_included.get_untracked(),
            },
        }
    }
}

/// One field of the session as a memo. The field is picked by a function
/// pointer rather than a closure, so the memo's code is compiled once per
/// type of field, not once per field.
fn field<T>(session: RwSignal<Session>, pick: fn(&Session) -> &T) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| session.with(|session| pick(session).clone()))
}

/// A start without saved answers.
fn fresh(content: &Content) -> Restored {
    Restored {
        state: SavedState {
            response: Response::new(content, Mode::Quick),
            ..SavedState::default()
        },
        report: MigrationReport::current(content),
    }
}

/// The assessment of the widget this component is in.
pub fn use_assessment() -> Assessment {
    expect_context::<Assessment>()
}
