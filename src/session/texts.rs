//! The keys of every interface text, and the placeholders inside them.
//!
//! The texts themselves live in `content/ui.toml`, one entry per key with a
//! text per language, so adding a language never touches code. This module
//! compiles natively, so the content integrity tests can check that every
//! key the interface uses has a text in every language ([`UI_KEYS`]).
//!
//! Texts may hold placeholders such as `{count}`; [`fill`] replaces them.

use crate::model::answer::{Answer, Status};
use crate::model::answer_file::FileError;
use crate::model::code::CodeError;
use crate::model::content::{Content, Item};
use crate::model::first_steps::Step;
use crate::model::response::Mode;
use crate::model::verdict::{Level, Outcome};

/// Declares one `pub const` per key and the list of all of them, so the list
/// cannot fall out of step with the constants the interface uses.
macro_rules! ui_keys {
    ($($name:ident = $key:literal,)*) => {
        $(pub const $name: &str = $key;)*

        /// Every key the interface reads from `content/ui.toml`.
        pub const UI_KEYS: &[&str] = &[$($key),*];
    };
}

ui_keys! {
    APP_NAME = "app_name",
    LANGUAGE_LABEL = "language_label",

    START_TITLE = "start_title",
    START_INTRO = "start_intro",
    START_QUICK = "start_quick",
    START_QUICK_TIME = "start_quick_time",
    START_FULL = "start_full",
    START_FULL_TIME = "start_full_time",
    START_PRIVACY = "start_privacy",
    START_RESUME = "start_resume",
    START_RESUME_DETAIL = "start_resume_detail",
    START_ABOUT_HEADING = "start_about_heading",
    START_ABOUT_HINT = "start_about_hint",
    START_NAME_LABEL = "start_name_label",
    START_NAME_HINT = "start_name_hint",
    START_SOURCES = "start_sources",

    MODE_QUICK = "mode_quick",
    MODE_FULL = "mode_full",

    STEP_QUESTION_OF = "step_question_of",
    STEP_PART_OF = "step_part_of",
    PROGRESS_ANSWERED = "progress_answered",
    PARTS_LABEL = "parts_label",
    PARTS_JUMP = "parts_jump",
    PARTS_SITUATION = "parts_situation",
    PARTS_SITUATION_INTRO = "parts_situation_intro",
    PARTS_SITUATION_WHY = "parts_situation_why",
    PARTS_RESULT = "parts_result",
    PARTS_COUNT = "parts_count",
    NAV_BACK = "nav_back",
    NAV_NEXT = "nav_next",
    NAV_TO_RESULT = "nav_to_result",
    NAV_BACK_TO_RESULT = "nav_back_to_result",
    NAV_STEPS_LABEL = "nav_steps_label",

    ITEM_WHY = "item_why",
    QUESTION_WHY = "question_why",
    SOURCES_LABEL = "sources_label",
    ANSWER_1 = "answer_1",
    ANSWER_2 = "answer_2",
    ANSWER_3 = "answer_3",
    ANSWER_4 = "answer_4",
    ANSWER_5 = "answer_5",
    ANSWER_DONT_KNOW = "answer_dont_know",
    ANSWER_NOT_APPLICABLE = "answer_not_applicable",
    ANSWER_NONE = "answer_none",
    ANSWER_OR = "answer_or",

    RESULT_TITLE = "result_title",
    RESULT_FOR = "result_for",
    RESULT_MODE = "result_mode",
    RESULT_PARTIAL = "result_partial",
    VERDICT_LABEL = "verdict_label",
    VERDICT_PROMISING = "verdict_promising",
    VERDICT_CONDITIONAL = "verdict_conditional",
    VERDICT_NOT_YET = "verdict_not_yet",
    VERDICT_TOO_UNCERTAIN = "verdict_too_uncertain",
    VERDICT_PROMISING_TEXT = "verdict_promising_text",
    VERDICT_CONDITIONAL_TEXT = "verdict_conditional_text",
    VERDICT_NOT_YET_TEXT = "verdict_not_yet_text",
    VERDICT_TOO_UNCERTAIN_TEXT = "verdict_too_uncertain_text",
    VERDICT_CERTAINTY = "verdict_certainty",
    VERDICT_DISCLAIMER = "verdict_disclaimer",

    FIRST_HEADING = "first_heading",
    FIRST_NONE = "first_none",
    FIRST_CHANGE = "first_change",
    FIRST_FIND_OUT = "first_find_out",
    FIRST_IMPROVE = "first_improve",
    FIRST_SETTLE = "first_settle",

    FLAGS_HEADING = "flags_heading",
    FLAGS_INTRO = "flags_intro",
    FLAGS_NONE = "flags_none",
    FLAG_RAISED = "flag_raised",
    FLAG_PENDING = "flag_pending",
    FLAG_CAUSED_BY = "flag_caused_by",
    FLAG_WHAT_TO_DO = "flag_what_to_do",
    FLAG_CAP = "flag_cap",
    FLAG_RULE = "flag_rule",

    REASONS_HEADING = "reasons_heading",
    REASON_FLAG_RAISED = "reason_flag_raised",
    REASON_FLAG_PENDING = "reason_flag_pending",
    REASON_FLAG_WARNING = "reason_flag_warning",
    REASON_DIMENSION_BELOW = "reason_dimension_below",
    REASON_OVERALL_BELOW = "reason_overall_below",
    REASON_UNCERTAIN = "reason_uncertain",
    REASON_ALL_CLEAR = "reason_all_clear",
    REASON_LOW_ITEMS = "reason_low_items",

    MUST_HEADING = "must_heading",
    MUST_INTRO_ONE = "must_intro_one",
    MUST_INTRO_MANY = "must_intro_many",
    MUST_CHANGE = "must_change",
    MUST_CLEARS_KNOCKOUT = "must_clears_knockout",
    MUST_CLEARS_CONDITION = "must_clears_condition",
    MUST_CLEARS_PART = "must_clears_part",
    MUST_LIFTS_OVERALL = "must_lifts_overall",
    MUST_BLOCKED = "must_blocked",

    FIND_HEADING = "find_heading",
    FIND_INTRO = "find_intro",
    FIND_NONE = "find_none",
    FIND_IF_WORST = "find_if_worst",
    FIND_IF_BEST = "find_if_best",
    FIND_COULD_RAISE = "find_could_raise",
    FIND_ALSO = "find_also",

    SETTLE_HEADING = "settle_heading",
    SETTLE_INTRO = "settle_intro",
    SETTLE_NONE = "settle_none",

    CHART_HEADING = "chart_heading",
    CHART_LABEL = "chart_label",
    CHART_TABLE = "chart_table",
    CHART_COL_PART = "chart_col_part",
    CHART_COL_SCORE = "chart_col_score",
    CHART_COL_ANSWERED = "chart_col_answered",
    CHART_COL_BAND = "chart_col_band",
    CHART_NO_SCORE = "chart_no_score",
    CHART_BAND_LOW = "chart_band_low",
    CHART_BAND_MID = "chart_band_mid",
    CHART_BAND_HIGH = "chart_band_high",

    RECS_HEADING = "recs_heading",
    RECS_INTRO = "recs_intro",
    RECS_OWN = "recs_own",
    RECS_PARTNERSHIP = "recs_partnership",
    RECS_NONE = "recs_none",
    RECS_NONE_UNKNOWN = "recs_none_unknown",
    RECS_ABOUT = "recs_about",

    FIT_HEADING = "fit_heading",
    FIT_POINTS_TO = "fit_points_to",
    FIT_UNKNOWN = "fit_unknown",
    FIT_INTENDED = "fit_intended",
    FIT_UNDECIDED = "fit_undecided",
    FIT_MATCH = "fit_match",
    FIT_MISMATCH = "fit_mismatch",
    FIT_MIX = "fit_mix",
    FIT_CONFLICTS = "fit_conflicts",
    FIT_APPLIED = "fit_applied",

    ANSWERS_HEADING = "answers_heading",
    ANSWERS_SITUATION = "answers_situation",
    CHANGE_ANSWER = "change_answer",
    YOUR_ANSWER = "your_answer",
    THEIR_ANSWER = "their_answer",

    TOOLS_LABEL = "tools_label",
    START_OVER = "start_over",
    START_OVER_CONFIRM = "start_over_confirm",
    START_OVER_YES = "start_over_yes",
    DELETE_ALL = "delete_all",
    DELETE_ALL_CONFIRM = "delete_all_confirm",
    DELETE_ALL_YES = "delete_all_yes",
    CONFIRM_CANCEL = "confirm_cancel",

    NOTICE_DISMISS = "notice_dismiss",
    NOTICE_UNAVAILABLE = "notice_unavailable",
    NOTICE_FULL = "notice_full",
    NOTICE_CORRUPT = "notice_corrupt",
    NOTICE_CORRUPT_LOST = "notice_corrupt_lost",
    NOTICE_NEWER = "notice_newer",
    NOTICE_MIGRATED = "notice_migrated",
    NOTICE_UNKNOWN_VERSION = "notice_unknown_version",
    NOTICE_DELETED = "notice_deleted",
    NOTICE_DELETE_FAILED = "notice_delete_failed",
    NOTICE_OTHER_TAB = "notice_other_tab",
    NOTICE_HANDED_ON = "notice_handed_on",
    NEXT_PARTICIPANT = "next_participant",
    NEXT_PARTICIPANT_QUESTION = "next_participant_question",
    NEXT_PARTICIPANT_YES = "next_participant_yes",

    ANNOUNCE_START = "announce_start",
    ANNOUNCE_RESULT = "announce_result",

    // Sharing, group view, reports and measurements ---------------------------
    REPORT_TITLE = "report_title",
    REPORT_DATE = "report_date",
    REPORT_VERSION = "report_version",
    REPORT_HEADING = "report_heading",
    REPORT_DOWNLOAD = "report_download",
    REPORT_DOWNLOAD_HTML = "report_download_html",
    PRINT = "print",
    SOURCES_HEADING = "sources_heading",
    DOWNLOAD_FAILED = "download_failed",

    SHARE_HEADING = "share_heading",
    SHARE_INTRO = "share_intro",
    SHARE_LABEL_INCLUDE = "share_label_include",
    SHARE_LABEL = "share_label",
    SHARE_CODE = "share_code",
    SHARE_LINK = "share_link",
    SHARE_COPY = "share_copy",
    SHARE_COPIED = "share_copied",
    SHARE_COPY_MANUAL = "share_copy_manual",
    SHARE_QR = "share_qr",
    SHARE_FILE = "share_file",

    SHARED_TITLE = "shared_title",
    SHARED_INTRO = "shared_intro",
    SHARED_FROM = "shared_from",
    SHARED_ADD = "shared_add",
    SHARED_CLOSE = "shared_close",
    ANNOUNCE_SHARED = "announce_shared",

    GROUP_OPEN = "group_open",
    GROUP_OPEN_HINT = "group_open_hint",
    GROUP_TITLE = "group_title",
    GROUP_LOADING = "group_loading",
    GROUP_LOAD_FAILED = "group_load_failed",
    LOAD_RETRY = "load_retry",
    TOOLS_LOADING = "tools_loading",
    TOOLS_LOAD_FAILED = "tools_load_failed",
    GROUP_INTRO = "group_intro",
    GROUP_PASTE = "group_paste",
    GROUP_ADD = "group_add",
    GROUP_FILES = "group_files",
    GROUP_ADDED = "group_added",
    GROUP_ALREADY_IN = "group_already_in",
    GROUP_COL_RESPONDENT = "group_col_respondent",
    GROUP_COL_ANSWER = "group_col_answer",
    GROUP_SITUATION_HEADING = "group_situation_heading",
    GROUP_SITUATION_INTRO = "group_situation_intro",
    GROUP_OWN_HEADING = "group_own_heading",
    GROUP_OWN_INTRO = "group_own_intro",
    PAPER_HEADING = "paper_heading",
    PAPER_INTRO = "paper_intro",
    PAPER_QUICK = "paper_quick",
    PAPER_QUICK_TALLY = "paper_quick_tally",
    PAPER_FULL = "paper_full",
    PAPER_FULL_TALLY = "paper_full_tally",
    GROUP_RING = "group_ring",
    GROUP_RING_NONE = "group_ring_none",
    GROUP_ANONYMOUS = "group_anonymous",
    GROUP_ANONYMOUS_HINT = "group_anonymous_hint",
    GROUP_CHANGED = "group_changed",
    GROUP_REPLACED = "group_replaced",
    GROUP_RESUBMITTED = "group_resubmitted",
    GROUP_REPLACE = "group_replace",
    GROUP_KEEP = "group_keep",
    GROUP_MIGRATED = "group_migrated",
    GROUP_UNKNOWN_VERSION = "group_unknown_version",
    GROUP_LINE_ERROR = "group_line_error",
    GROUP_EMPTY = "group_empty",
    GROUP_COUNT = "group_count",
    GROUP_MEMBER_LABEL = "group_member_label",
    GROUP_DEFAULT_LABEL = "group_default_label",
    GROUP_SHOW = "group_show",
    GROUP_REMOVE = "group_remove",
    GROUP_MEMBERS_HEADING = "group_members_heading",
    GROUP_MEMBERS_FIRST = "group_members_first",
    GROUP_SHOW_ALL = "group_show_all",
    GROUP_SHOW_FIRST = "group_show_first",
    GROUP_PLOT_LABEL = "group_plot_label",
    GROUP_PLOT_MEAN = "group_plot_mean",
    GROUP_COL_MEAN = "group_col_mean",
    GROUP_COL_SPREAD = "group_col_spread",
    GROUP_SPREAD_FIRST = "group_spread_first",
    GROUP_DISAGREE_HEADING = "group_disagree_heading",
    GROUP_DISAGREE_RANGE = "group_disagree_range",
    GROUP_DISAGREE_NONE = "group_disagree_none",
    GROUP_GAP_HEADING = "group_gap_heading",
    GROUP_GAP_INTRO = "group_gap_intro",
    GROUP_COL_PUBLIC = "group_col_public",
    GROUP_COL_PRIVATE = "group_col_private",
    GROUP_COL_GAP = "group_col_gap",
    GROUP_RAISED_BY = "group_raised_by",
    GROUP_OPEN_FOR = "group_open_for",
    GROUP_VERDICT_HEADING = "group_verdict_heading",
    GROUP_TYPICAL = "group_typical",
    GROUP_CONTESTED = "group_contested",
    GROUP_MEMBER_VERDICTS = "group_member_verdicts",
    GROUP_EXPORT_CSV = "group_export_csv",
    GROUP_EXPORT_JSON = "group_export_json",
    GROUP_DELETE = "group_delete",
    GROUP_DELETE_CONFIRM = "group_delete_confirm",
    GROUP_DELETE_YES = "group_delete_yes",
    ANNOUNCE_GROUP = "announce_group",

    CODE_ERROR_EMPTY = "code_error_empty",
    CODE_ERROR_NOT_A_CODE = "code_error_not_a_code",
    CODE_ERROR_TRUNCATED = "code_error_truncated",
    CODE_ERROR_DAMAGED = "code_error_damaged",
    CODE_ERROR_UNSUPPORTED_FORMAT = "code_error_unsupported_format",
    CODE_ERROR_OTHER_CONTENT_VERSION = "code_error_other_content_version",
    CODE_ERROR_INCONSISTENT = "code_error_inconsistent",
    FILE_ERROR_TOO_LARGE = "file_error_too_large",
    FILE_ERROR_NOT_JSON = "file_error_not_json",
    FILE_ERROR_NOT_AN_ANSWER_FILE = "file_error_not_an_answer_file",
    FILE_ERROR_UNSUPPORTED_FORMAT = "file_error_unsupported_format",
    FILE_ERROR_INVALID = "file_error_invalid",
    NOTICE_LINK = "notice_link",
    NOTICE_KEPT_CORRUPT = "notice_kept_corrupt",
    NOTICE_KEPT_CORRUPT_LOST = "notice_kept_corrupt_lost",
    NOTICE_KEPT_NEWER = "notice_kept_newer",
    KEPT_GROUP = "kept_group",
    KEPT_MEASUREMENTS = "kept_measurements",

    MEASURE_HEADING = "measure_heading",
    MEASURE_INTRO = "measure_intro",
    MEASURE_NAME = "measure_name",
    MEASURE_NAME_HINT = "measure_name_hint",
    MEASURE_SAVE = "measure_save",
    MEASURE_SAVED = "measure_saved",
    MEASURE_ENTRY = "measure_entry",
    MEASURE_DELETE = "measure_delete",
    MEASURE_COMPARE = "measure_compare",
    MEASURE_STEP = "measure_step",
    MEASURE_COL_BEFORE = "measure_col_before",
    MEASURE_COL_AFTER = "measure_col_after",
    MEASURE_COL_CHANGE = "measure_col_change",
    MEASURE_FROM = "measure_from",
    MEASURE_TO = "measure_to",
    MEASURE_EXPORT = "measure_export",
    CSV_DATE = "csv_date",
    START_MEASUREMENTS = "start_measurements",

    // Spreadsheet export
    CSV_RESPONDENT = "csv_respondent",
    CSV_SIDE = "csv_side",
    CSV_COMPLETENESS = "csv_completeness",

    // Paper version
    PAPER_QUESTIONNAIRE_TITLE = "paper_questionnaire_title",
    PAPER_TALLY_TITLE = "paper_tally_title",
    PAPER_RESPONDENT = "paper_respondent",
    PAPER_QUESTIONNAIRE_INTRO = "paper_questionnaire_intro",
    PAPER_SITUATION_NUMBER = "paper_situation_number",
    PAPER_TICK_ONE = "paper_tick_one",
    PAPER_TICK_ALL = "paper_tick_all",
    PAPER_STATEMENTS = "paper_statements",
    PAPER_STATEMENTS_INTRO = "paper_statements_intro",
    PAPER_ONLY_IF = "paper_only_if",
    PAPER_AND = "paper_and",
    PAPER_IF_TICKED = "paper_if_ticked",
    PAPER_IF_TICKED_OR_BLANK = "paper_if_ticked_or_blank",
    PAPER_IF_OTHER = "paper_if_other",
    PAPER_IF_OTHER_OR_BLANK = "paper_if_other_or_blank",
    PAPER_IF_FORM = "paper_if_form",
    PAPER_IF_FORM_APPLIES = "paper_if_form_applies",
    PAPER_IF_FORMING = "paper_if_forming",
    PAPER_UNDECIDED = "paper_undecided",
    PAPER_QUESTIONNAIRE_END = "paper_questionnaire_end",
    PAPER_DECIMAL_MARK = "paper_decimal_mark",
    PAPER_TALLY_INTRO = "paper_tally_intro",
    PAPER_STEP_SITUATION = "paper_step_situation",
    PAPER_FORMING = "paper_forming",
    PAPER_FORMING_BOX = "paper_forming_box",
    PAPER_STARTED_BOX = "paper_started_box",
    PAPER_CROSS_OUT = "paper_cross_out",
    PAPER_FORM_HEADING = "paper_form_heading",
    PAPER_FORM_VOTES = "paper_form_votes",
    PAPER_VOTES = "paper_votes",
    PAPER_FORM_INTENDED_MOST = "paper_form_intended_most",
    PAPER_FORM_INTENDED_VOTED = "paper_form_intended_voted",
    PAPER_FORM_NO_VOTES = "paper_form_no_votes",
    PAPER_FORM_MOST = "paper_form_most",
    PAPER_STEP_POINTS = "paper_step_points",
    PAPER_AGREEMENT_CAPTION = "paper_agreement_caption",
    PAPER_POINTS = "paper_points",
    PAPER_REVERSED = "paper_reversed",
    PAPER_STATUS_CAPTION = "paper_status_caption",
    PAPER_STATUS_IN_PLACE = "paper_status_in_place",
    PAPER_STATUS_NOT_YET = "paper_status_not_yet",
    PAPER_STATUS_ABSENT = "paper_status_absent",
    PAPER_NOT_YET_POINTS = "paper_not_yet_points",
    PAPER_NO_POINTS = "paper_no_points",
    PAPER_STEP_PARTS = "paper_step_parts",
    PAPER_PARTS_INTRO = "paper_parts_intro",
    PAPER_COL_WEIGHT = "paper_col_weight",
    PAPER_WEIGHT_RULE = "paper_weight_rule",
    PAPER_LEGEND = "paper_legend",
    PAPER_OVERALL = "paper_overall",
    PAPER_COMPLETENESS = "paper_completeness",
    PAPER_COL_FLAG = "paper_col_flag",
    PAPER_COL_RAISED_BY = "paper_col_raised_by",
    PAPER_COL_CAP = "paper_col_cap",
    PAPER_COL_RAISED = "paper_col_raised",
    PAPER_FLAG_RULE = "paper_flag_rule",
    PAPER_EFFECT_SETTLE = "paper_effect_settle",
    PAPER_EFFECT_WAIVE = "paper_effect_waive",
    PAPER_EFFECT_CAP = "paper_effect_cap",
    PAPER_FLAG_DONT_KNOW = "paper_flag_dont_know",
    PAPER_FLAG_NOT_YET = "paper_flag_not_yet",
    PAPER_FLAG_MIXED = "paper_flag_mixed",
    PAPER_RULE_ORDER = "paper_rule_order",
    PAPER_VERDICT_UNCERTAIN = "paper_verdict_uncertain",
    PAPER_VERDICT_NOT_YET = "paper_verdict_not_yet",
    PAPER_VERDICT_PROMISING = "paper_verdict_promising",
    PAPER_VERDICT_CONDITIONAL = "paper_verdict_conditional",
    PAPER_VERDICT_CAPS = "paper_verdict_caps",
    PAPER_EXACT = "paper_exact",
    PAPER_APP_ONLY = "paper_app_only",
}

// Keys of the model's values: pure, so the Markdown report
// (`session::report`) names them exactly as the screen does.

/// The interface text naming an outcome.
pub fn outcome_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Level(level) => level_key(level),
        Outcome::TooUncertain => VERDICT_TOO_UNCERTAIN,
    }
}

/// The interface text naming the quick scan or the full check.
pub fn mode_key(mode: Mode) -> &'static str {
    match mode {
        Mode::Quick => MODE_QUICK,
        Mode::Full => MODE_FULL,
    }
}

/// The interface text saying why a first step is among the first.
pub fn first_step_key(step: &Step) -> &'static str {
    match step {
        Step::Change { .. } => FIRST_CHANGE,
        Step::FindOut { .. } => FIRST_FIND_OUT,
        Step::Improve { .. } => FIRST_IMPROVE,
        Step::Settle { .. } => FIRST_SETTLE,
    }
}

/// The interface text naming a verdict level.
pub fn level_key(level: Level) -> &'static str {
    match level {
        Level::Promising => VERDICT_PROMISING,
        Level::Conditional => VERDICT_CONDITIONAL,
        Level::NotYet => VERDICT_NOT_YET,
    }
}

/// The interface text saying what an outcome means.
pub fn meaning_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Level(Level::Promising) => VERDICT_PROMISING_TEXT,
        Outcome::Level(Level::Conditional) => VERDICT_CONDITIONAL_TEXT,
        Outcome::Level(Level::NotYet) => VERDICT_NOT_YET_TEXT,
        Outcome::TooUncertain => VERDICT_TOO_UNCERTAIN_TEXT,
    }
}

/// The interface text naming an answer that reads the same for every item;
/// `None` for a status, whose words belong to its item.
pub fn answer_key(answer: Answer) -> Option<&'static str> {
    Some(match answer {
        Answer::Agreement(a) => match a.value() {
            1 => ANSWER_1,
            2 => ANSWER_2,
            3 => ANSWER_3,
            4 => ANSWER_4,
            _ => ANSWER_5,
        },
        Answer::DontKnow => ANSWER_DONT_KNOW,
        Answer::NotApplicable => ANSWER_NOT_APPLICABLE,
        Answer::Status(_) => return None,
    })
}

/// How an answer to `item` reads: a status in the item's own words,
/// anything else in the interface's; "not answered yet" when missing.
pub fn answer_text<'a>(
    content: &'a Content,
    item: &'a Item,
    answer: Option<Answer>,
    lang: &str,
) -> &'a str {
    let Some(answer) = answer else {
        return content.ui(ANSWER_NONE, lang);
    };
    match (answer, &item.states) {
        (Answer::Status(s), Some(states)) => match s {
            Status::InPlace => states.in_place.get(lang),
            Status::NotYet => states.not_yet.get(lang),
            Status::Absent => states.absent.get(lang),
        },
        (other, _) => content.ui(answer_key(other).unwrap_or(ANSWER_NONE), lang),
    }
}

/// The message for an answer code that could not be read.
pub fn code_error_key(error: &CodeError) -> &'static str {
    match error {
        CodeError::Empty => CODE_ERROR_EMPTY,
        CodeError::NotACode => CODE_ERROR_NOT_A_CODE,
        CodeError::Truncated => CODE_ERROR_TRUNCATED,
        CodeError::Damaged => CODE_ERROR_DAMAGED,
        CodeError::UnsupportedFormat(_) => CODE_ERROR_UNSUPPORTED_FORMAT,
        CodeError::OtherContentVersion { .. } => CODE_ERROR_OTHER_CONTENT_VERSION,
        CodeError::Inconsistent(_) => CODE_ERROR_INCONSISTENT,
    }
}

/// The message for an answer file that could not be read.
pub fn file_error_key(error: &FileError) -> &'static str {
    match error {
        FileError::TooLarge => FILE_ERROR_TOO_LARGE,
        FileError::NotJson => FILE_ERROR_NOT_JSON,
        FileError::NotAnAnswerFile => FILE_ERROR_NOT_AN_ANSWER_FILE,
        FileError::UnsupportedFormat(_) => FILE_ERROR_UNSUPPORTED_FORMAT,
        FileError::Invalid(_) => FILE_ERROR_INVALID,
    }
}

/// `template` with every `{name}` replaced by its value; placeholders
/// without a value stay as written, so a mistake shows on screen.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..close])
                .map(|v| (close, v.1))
        });
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names in `template`, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::Content;
    use std::collections::BTreeSet;

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_the_rest() {
        assert_eq!(
            fill("Vraag {n} van {total}", &[("n", "3"), ("total", "14")]),
            "Vraag 3 van 14"
        );
        assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
        assert_eq!(
            fill("keep {missing} and {", &[("n", "1")]),
            "keep {missing} and {"
        );
        assert_eq!(fill("no placeholders", &[]), "no placeholders");
    }

    #[test]
    fn placeholders_are_listed_in_order() {
        assert_eq!(
            placeholders("{n} of {total}: {part}"),
            vec!["n", "total", "part"]
        );
        assert!(placeholders("none").is_empty());
    }

    #[test]
    fn keys_are_unique() {
        let unique: BTreeSet<&str> = UI_KEYS.iter().copied().collect();
        assert_eq!(unique.len(), UI_KEYS.len());
    }

    #[test]
    fn every_key_has_a_text_in_every_language_with_the_same_placeholders() {
        let content = Content::builtin().expect("the built-in content reads");
        for key in UI_KEYS {
            let text = content
                .ui
                .get(*key)
                .unwrap_or_else(|| panic!("ui.toml lacks `{key}`"));
            let reference: Option<Vec<&str>> = None;
            let mut reference = reference;
            for lang in &content.languages {
                assert!(text.has(&lang.code), "`{key}` has no {} text", lang.code);
                let mut names = placeholders(text.get(&lang.code));
                names.sort_unstable();
                match &reference {
                    Some(r) => assert_eq!(
                        &names, r,
                        "`{key}` uses other placeholders in {}",
                        lang.code
                    ),
                    None => reference = Some(names),
                }
            }
        }
    }

    #[test]
    fn every_code_and_file_error_has_its_own_message() {
        use crate::model::answer_file::FileError;
        use crate::model::code::CodeError;
        let codes = [
            CodeError::Empty,
            CodeError::NotACode,
            CodeError::Truncated,
            CodeError::Damaged,
            CodeError::UnsupportedFormat(9),
            CodeError::OtherContentVersion {
                code: "a".into(),
                ours: "b".into(),
            },
            CodeError::Inconsistent("x"),
        ];
        let files = [
            FileError::TooLarge,
            FileError::NotJson,
            FileError::NotAnAnswerFile,
            FileError::UnsupportedFormat(9),
            FileError::Invalid("x".into()),
        ];
        // One message per error id, and the key names the id.
        for e in &codes {
            assert_eq!(code_error_key(e), format!("code_error_{}", e.id()));
        }
        for e in &files {
            assert_eq!(file_error_key(e), format!("file_error_{}", e.id()));
        }
    }

    #[test]
    fn ui_toml_holds_no_unused_texts() {
        let content = Content::builtin().expect("the built-in content reads");
        let used: BTreeSet<&str> = UI_KEYS.iter().copied().collect();
        let unused: Vec<&String> = content
            .ui
            .keys()
            .filter(|k| !used.contains(k.as_str()))
            .collect();
        assert!(unused.is_empty(), "ui.toml texts no code uses: {unused:?}");
    }
}
