//! The paper version, for rooms without phones: a blank questionnaire to
//! print, and a tally sheet on which a facilitator works out the verdict by
//! hand, both as self-contained HTML pages.
//!
//! Both are written from the same content as the app, and the tally sheet
//! states the model's rules with the content's thresholds, so paper and
//! screen cannot drift apart. Pure Rust, tested natively; only the shell
//! imports this.

mod numbering;
mod questionnaire;
mod questionnaire_situation;
mod tally;
mod tally_flags;
mod tally_parts;
mod tally_points;
mod tally_situation;
mod words;

pub use questionnaire::questionnaire;
pub use tally::tally_sheet;

/// What the tests of both documents share: both languages, both sets of
/// statements, and the built-in content.
#[cfg(test)]
mod fixtures {
    use crate::model::content::Content;
    use crate::model::response::Mode;

    pub const LANGS: [&str; 2] = ["nl", "en"];
    pub const MODES: [Mode; 2] = [Mode::Quick, Mode::Full];

    pub fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }
}
