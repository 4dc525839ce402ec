//! Adding responses to the group: reading pasted codes or links and answer
//! files, and what the facilitator is told about them. What cannot be read
//! changes nothing and is told line by line or file by file.

use crate::model::answer_file::from_file;
use crate::model::code::{self, Shared};
use crate::model::content::Content;
use crate::session::sharing::pasted_codes;
use crate::session::texts::{self, code_error_key, file_error_key, fill};

/// One thing adding responses came to.
#[derive(Clone, Debug, PartialEq)]
pub enum Told {
    Added(usize),
    /// A pasted line (1-based) and the key of what is wrong with it.
    Line(usize, &'static str),
    /// A file's name and the key of what is wrong with it.
    File(String, &'static str),
}

impl Told {
    pub fn is_error(&self) -> bool {
        !matches!(self, Told::Added(_))
    }

    /// The message, in `lang`.
    pub fn text(&self, content: &Content, lang: &str) -> String {
        let t = |key| content.ui(key, lang);
        match self {
            Told::Added(n) => fill(t(texts::GROUP_ADDED), &[("count", &n.to_string())]),
            Told::Line(line, problem) => fill(
                t(texts::GROUP_LINE_ERROR),
                &[("line", &line.to_string()), ("problem", t(problem))],
            ),
            Told::File(name, problem) => format!("{name}: {}", t(problem)),
        }
    }
}

/// What was read, and what to tell: how many were added first, then each
/// failure.
#[derive(Debug, Default)]
pub struct Adding {
    pub read: Vec<Shared>,
    pub told: Vec<Told>,
    /// The pasted lines that failed, to be corrected or cleared.
    pub left: String,
}

impl Adding {
    fn finish(mut self) -> Adding {
        if !self.read.is_empty() {
            self.told.insert(0, Told::Added(self.read.len()));
        }
        self
    }
}

/// Reads the codes or links pasted in `text`, one per line.
pub fn from_pasted(content: &Content, text: &str) -> Adding {
    let lines = pasted_codes(text);
    let mut adding = Adding::default();
    let mut failed = Vec::new();
    for (line, code_text) in &lines {
        match code::decode(content, code_text) {
            Ok(shared) => adding.read.push(shared),
            Err(e) => {
                adding.told.push(Told::Line(*line, code_error_key(&e)));
                failed.push(*code_text);
            }
        }
    }
    if lines.is_empty() {
        adding.told.push(Told::Line(1, texts::CODE_ERROR_EMPTY));
    }
    adding.left = failed.join("\n");
    adding.finish()
}

/// Reads answer files, each a name and its bytes.
pub fn from_files(content: &Content, files: Vec<(String, Vec<u8>)>) -> Adding {
    let mut adding = Adding::default();
    for (name, bytes) in files {
        match from_file(content, &bytes) {
            Ok((shared, _)) => adding.read.push(shared),
            Err(e) => adding.told.push(Told::File(name, file_error_key(&e))),
        }
    }
    adding.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answer_file::to_file;
    use crate::model::response::{Mode, Response};

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    fn shared(c: &Content) -> Shared {
        Shared {
            response: Response::new(c, Mode::Quick),
            label: Some("Gemeente".into()),
        }
    }

    #[test]
    fn pasted_codes_are_read_and_only_the_failed_lines_stay() {
        let c = content();
        let good = code::encode(&c, &shared(&c));
        let text = format!("{good}\n\n{good}\nkr1-not-right\n");
        let adding = from_pasted(&c, &text);
        assert_eq!(adding.read.len(), 2);
        assert_eq!(adding.told.first(), Some(&Told::Added(2)));
        assert!(matches!(adding.told.get(1), Some(Told::Line(4, _))));
        assert_eq!(adding.left, "kr1-not-right");
        let said = adding.told[1].text(&c, "en");
        assert!(said.contains('4'), "{said}");
        assert!(adding.told[1].is_error() && !adding.told[0].is_error());
    }

    #[test]
    fn nothing_pasted_is_told_not_added() {
        let c = content();
        let adding = from_pasted(&c, "  \n ");
        assert!(adding.read.is_empty());
        assert_eq!(adding.told, vec![Told::Line(1, texts::CODE_ERROR_EMPTY)]);
    }

    #[test]
    fn files_are_read_and_a_bad_one_is_named() {
        let c = content();
        let files = vec![
            ("a.json".to_owned(), to_file(&shared(&c)).into_bytes()),
            ("b.json".to_owned(), b"not json".to_vec()),
        ];
        let adding = from_files(&c, files);
        assert_eq!(adding.read.len(), 1);
        assert_eq!(adding.told[0], Told::Added(1));
        assert!(adding.told[1].text(&c, "nl").starts_with("b.json: "));
    }
}
