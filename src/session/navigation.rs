//! One respondent's session in a widget: the answers, where they are, and
//! where each button leads. Every move returns what to focus on the screen
//! it arrives at; the browser side only draws, announces and focuses.

use crate::model::answer::Answer;
use crate::model::content::{Content, Question};
use crate::model::response::{Mode, Response};
use crate::session::flow::{self, Layout, Page, Part, Position, Unit};
use crate::session::saved::{has_answers, SavedState};

/// Everything one widget knows about its own respondent.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub response: Response,
    /// The screen shown now.
    pub position: Position,
    /// Where "resume" goes: the last question screen visited, or the
    /// result once the respondent has reached it and not gone back.
    pub last_step: Position,
    /// The last question screen visited: where "back" on the result goes.
    pub last_question: Position,
    /// The partnership's name, if the respondent gave one.
    pub partnership: String,
    pub lang: String,
    /// How many questions a screen holds, from the widget's width.
    pub layout: Layout,
    /// The respondent came to a question from the result, so the way back
    /// to it is offered.
    pub from_result: bool,
}

/// What takes the focus after a move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The new screen's heading; the screen is read from its top.
    Heading,
    /// One question, brought into view itself.
    Question(Unit),
}

impl Session {
    /// A session that continues `saved`, on the start screen, in `lang`.
    pub fn resumed(saved: SavedState, lang: String, layout: Layout) -> Session {
        Session {
            response: saved.response,
            position: Position::Start,
            last_question: match &saved.position {
                Position::Step { .. } => saved.position.clone(),
                _ => Position::Start,
            },
            last_step: saved.position,
            partnership: saved.partnership,
            lang,
            layout,
            from_result: false,
        }
    }

    /// What is kept on the device to continue later.
    pub fn saved(&self) -> SavedState {
        SavedState {
            response: self.response.clone(),
            position: self.last_step.clone(),
            lang: self.lang.clone(),
            partnership: self.partnership.clone(),
        }
    }

    /// Whether there are answers worth resuming.
    pub fn has_answers(&self) -> bool {
        has_answers(&self.response)
    }

    /// The screens of questions, in order, for this layout.
    pub fn pages(&self, content: &Content) -> Vec<Page> {
        flow::pages(content, &self.response, self.layout)
    }

    // Moving -----------------------------------------------------------

    /// Starts (or continues) the quick scan or the full check at the first
    /// question; answers already given are kept.
    pub fn start(&mut self, content: &Content, mode: Mode) -> Focus {
        self.response.mode = mode;
        self.from_result = false;
        let first = flow::position_of(&self.pages(content), 0);
        self.go(first)
    }

    /// Returns to where the respondent left off: the result if they were
    /// last there, else the last question screen visited, or the first.
    pub fn resume(&mut self, content: &Content) -> Focus {
        let at = match &self.last_step {
            Position::Start => flow::position_of(&self.pages(content), 0),
            at => at.clone(),
        };
        self.go(at)
    }

    /// From the result back to the last question screen visited, or to the
    /// last one of all when none was visited in this session.
    pub fn back_to_questions(&mut self, content: &Content) -> Focus {
        let at = match &self.last_question {
            Position::Step { .. } => self.last_question.clone(),
            _ => {
                let pages = self.pages(content);
                flow::position_of(&pages, pages.len().saturating_sub(1))
            }
        };
        self.go(at)
    }

    /// The next question screen, or the result after the last.
    pub fn next(&mut self, content: &Content) -> Focus {
        let pages = self.pages(content);
        let to = match flow::page_index(&pages, &self.position) {
            Some(i) => flow::position_of(&pages, i + 1),
            None => Position::Result,
        };
        self.go(to)
    }

    /// The previous question screen, or the start before the first.
    pub fn back(&mut self, content: &Content) -> Focus {
        let pages = self.pages(content);
        let to = match flow::page_index(&pages, &self.position) {
            Some(0) | None => Position::Start,
            Some(i) => flow::position_of(&pages, i - 1),
        };
        self.go(to)
    }

    /// The first question of `part`; nothing moves when the part has none.
    pub fn jump(&mut self, content: &Content, part: &Part) -> Option<Focus> {
        let pages = self.pages(content);
        let index = pages.iter().position(|p| &p.part == part)?;
        Some(self.go(flow::position_of(&pages, index)))
    }

    /// The screen of one question, from the result, focused on it;
    /// nothing moves when the question is not asked.
    pub fn edit(&mut self, content: &Content, unit: Unit) -> Option<Focus> {
        let index = self
            .pages(content)
            .iter()
            .position(|p| p.units.contains(&unit))?;
        self.from_result = true;
        self.go(Position::Step {
            unit: unit.clone(),
            index,
        });
        Some(Focus::Question(unit))
    }

    /// The own result, reached from anywhere.
    pub fn show_result(&mut self) -> Focus {
        self.from_result = false;
        self.go(Position::Result)
    }

    /// A screen without questions: the start, the group view or a shared
    /// result.
    pub fn show(&mut self, screen: Position) -> Focus {
        self.go(screen)
    }

    /// Clears every answer and the name, and returns to the start; the
    /// language and the mode stay.
    pub fn start_over(&mut self, content: &Content) -> Focus {
        self.response = Response::new(content, self.response.mode);
        self.partnership.clear();
        self.last_step = Position::Start;
        self.last_question = Position::Start;
        self.from_result = false;
        self.go(Position::Start)
    }

    fn go(&mut self, to: Position) -> Focus {
        match to {
            Position::Step { .. } => {
                self.last_step = to.clone();
                self.last_question = to.clone();
            }
            Position::Result => self.last_step = Position::Result,
            _ => {}
        }
        self.position = to;
        Focus::Heading
    }

    // Answering --------------------------------------------------------

    pub fn answer(&mut self, item: &str, answer: Answer) {
        self.response.set(item, answer);
    }

    /// Ticks or unticks a choice of a classification question.
    pub fn choose(&mut self, question: &Question, choice: &str, ticked: bool) {
        let chosen = self
            .response
            .classification
            .entry(question.id.clone())
            .or_default();
        if !question.multiple {
            chosen.clear();
        }
        chosen.retain(|c| c != choice);
        if ticked {
            chosen.push(choice.to_owned());
        }
    }

    /// Takes over what another tab saved: its answers, name and last
    /// question; this tab's screen and language stay. Whether that changed
    /// anything this tab saves (and nothing else changes).
    pub fn adopt(&mut self, content: &Content, saved: Option<SavedState>) -> bool {
        let before = self.saved();
        let saved = saved.unwrap_or_else(|| SavedState {
            response: Response::new(content, self.response.mode),
            ..SavedState::default()
        });
        self.response = saved.response;
        self.partnership = saved.partnership;
        if !matches!(saved.position, Position::Start) {
            self.last_step = saved.position;
        }
        self.saved() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer::Agreement;

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    fn fresh(c: &Content, layout: Layout) -> Session {
        let saved = SavedState {
            response: Response::new(c, Mode::Quick),
            ..SavedState::default()
        };
        Session::resumed(saved, "nl".into(), layout)
    }

    #[test]
    fn next_walks_every_question_screen_then_the_result_and_back_returns() {
        let c = content();
        for layout in [Layout::Narrow, Layout::Wide] {
            let mut s = fresh(&c, layout);
            let pages = s.pages(&c);
            assert_eq!(s.start(&c, Mode::Quick), Focus::Heading);
            for i in 0..pages.len() {
                assert_eq!(flow::page_index(&pages, &s.position), Some(i));
                s.next(&c);
            }
            assert_eq!(s.position, Position::Result);
            // Finished: "resume" opens the result, "back" on it the last
            // question.
            s.show(Position::Start);
            s.resume(&c);
            assert_eq!(s.position, Position::Result);
            s.back_to_questions(&c);
            assert_eq!(s.position, flow::position_of(&pages, pages.len() - 1));
            for i in (0..pages.len()).rev() {
                assert_eq!(flow::page_index(&pages, &s.position), Some(i));
                s.back(&c);
            }
            assert_eq!(s.position, Position::Start);
        }
    }

    #[test]
    fn resume_goes_to_the_last_question_visited_or_the_first() {
        let c = content();
        let mut s = fresh(&c, Layout::Narrow);
        s.resume(&c);
        assert_eq!(s.position, flow::position_of(&s.pages(&c), 0));
        s.next(&c);
        s.next(&c);
        let third = s.position.clone();
        s.show(Position::Group);
        s.show(Position::Start);
        s.resume(&c);
        assert_eq!(s.position, third);
    }

    #[test]
    fn a_finished_assessment_resumes_on_its_result_after_a_reload() {
        let c = content();
        let mut s = fresh(&c, Layout::Narrow);
        s.start(&c, Mode::Quick);
        s.next(&c);
        let second = s.position.clone();
        s.show_result();
        let mut reloaded = Session::resumed(s.saved(), "nl".into(), Layout::Narrow);
        reloaded.resume(&c);
        assert_eq!(reloaded.position, Position::Result);
        // This session visited no question: back goes to the last one.
        let pages = reloaded.pages(&c);
        reloaded.back_to_questions(&c);
        assert_eq!(
            reloaded.position,
            flow::position_of(&pages, pages.len() - 1)
        );
        // In the same session, back goes to the question left from.
        s.back_to_questions(&c);
        assert_eq!(s.position, second);
        // Going back to a question makes it the place to resume again.
        let mut reloaded = Session::resumed(s.saved(), "nl".into(), Layout::Narrow);
        reloaded.resume(&c);
        assert_eq!(reloaded.position, second);
    }

    #[test]
    fn edit_opens_the_question_focused_and_offers_the_way_back() {
        let c = content();
        let mut s = fresh(&c, Layout::Wide);
        s.show_result();
        let item = s.response.applicable_items(&c)[3].id.clone();
        let unit = Unit::Item(item);
        assert_eq!(
            s.edit(&c, unit.clone()),
            Some(Focus::Question(unit.clone()))
        );
        assert!(s.from_result);
        let pages = s.pages(&c);
        let on = flow::page_index(&pages, &s.position).expect("a step");
        assert!(pages[on].units.contains(&unit));
        assert_eq!(s.edit(&c, Unit::Item("no.such.item".into())), None);
        assert_eq!(s.position, Position::Step { unit, index: on });
        s.show_result();
        assert!(!s.from_result);
        s.edit(&c, Unit::Question(c.classification[0].id.clone()));
        s.start(&c, Mode::Full);
        assert!(!s.from_result, "starting leaves the way back behind");
    }

    #[test]
    fn jump_goes_to_a_part_and_ignores_a_part_not_asked() {
        let c = content();
        let mut s = fresh(&c, Layout::Narrow);
        let part = Part::Dimension(c.dimensions[2].id.clone());
        assert_eq!(s.jump(&c, &part), Some(Focus::Heading));
        let pages = s.pages(&c);
        let on = flow::page_index(&pages, &s.position).expect("a step");
        assert_eq!(pages[on].part, part);
        assert!(
            pages[..on].iter().all(|p| p.part != part),
            "its first question"
        );
        let before = s.clone();
        assert_eq!(s.jump(&c, &Part::Dimension("none".into())), None);
        assert_eq!(s, before);
    }

    #[test]
    fn start_over_clears_answers_and_name_but_keeps_language_and_mode() {
        let c = content();
        let mut s = fresh(&c, Layout::Narrow);
        s.start(&c, Mode::Full);
        s.answer(&c.items[0].id, Answer::Agreement(Agreement::STRONGLY_AGREE));
        s.partnership = "Haven".into();
        s.lang = "en".into();
        assert!(s.has_answers());
        s.start_over(&c);
        assert!(!s.has_answers());
        assert!(s.saved().is_blank());
        assert_eq!(s.position, Position::Start);
        assert_eq!(s.last_step, Position::Start);
        assert_eq!((s.lang.as_str(), s.response.mode), ("en", Mode::Full));
    }

    #[test]
    fn a_choice_replaces_the_other_unless_several_may_be_ticked() {
        let c = content();
        let mut s = fresh(&c, Layout::Narrow);
        let single = c
            .classification
            .iter()
            .find(|q| !q.multiple)
            .expect("a single-choice question");
        s.choose(single, &single.choices[0].id, true);
        s.choose(single, &single.choices[1].id, true);
        assert_eq!(
            s.response.classification[&single.id],
            vec![single.choices[1].id.clone()]
        );
        s.choose(single, &single.choices[1].id, false);
        assert!(s.response.classification[&single.id].is_empty());
        assert!(!s.has_answers(), "an unticked choice is not an answer");
        if let Some(multiple) = c.classification.iter().find(|q| q.multiple) {
            s.choose(multiple, &multiple.choices[0].id, true);
            s.choose(multiple, &multiple.choices[1].id, true);
            assert_eq!(s.response.classification[&multiple.id].len(), 2);
        }
    }

    #[test]
    fn a_layout_change_keeps_the_question_shown() {
        let c = content();
        let mut s = fresh(&c, Layout::Narrow);
        s.start(&c, Mode::Quick);
        for _ in 0..6 {
            s.next(&c);
        }
        let Position::Step { unit, .. } = s.position.clone() else {
            panic!("a question screen");
        };
        s.layout = Layout::Wide;
        let pages = s.pages(&c);
        let on = flow::page_index(&pages, &s.position).expect("a step");
        assert!(pages[on].units.contains(&unit));
    }

    #[test]
    fn another_tabs_save_is_adopted_without_moving_this_tab() {
        let c = content();
        let mut s = fresh(&c, Layout::Narrow);
        s.start(&c, Mode::Quick);
        s.next(&c);
        let here = s.position.clone();
        let mut there = fresh(&c, Layout::Narrow);
        there.answer(&c.items[0].id, Answer::DontKnow);
        there.partnership = "Markt".into();
        there.lang = "en".into();
        assert!(s.adopt(&c, Some(there.saved())));
        assert_eq!(s.response, there.response);
        assert_eq!(s.partnership, "Markt");
        assert_eq!((s.position.clone(), s.lang.as_str()), (here.clone(), "nl"));
        assert!(
            !s.adopt(&c, Some(there.saved())),
            "the same save again changes nothing"
        );
        assert!(s.adopt(&c, None));
        assert!(!s.has_answers(), "deleted there");
        assert_eq!(s.last_step, here, "a blank save keeps the last question");
    }
}
