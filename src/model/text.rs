//! Texts in every language the content offers.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One text in several languages, keyed by language code (`"nl"`, `"en"`, ...).
///
/// Languages are data, not an enum, so that adding a third language is a
/// change to the content files only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, or in the first language that has it.
    ///
    /// The fallback keeps a half-translated third language usable; the
    /// integrity tests make sure the shipped languages are complete.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Whether a non-empty text exists for `lang`.
    pub fn has(&self, lang: &str) -> bool {
        self.0.get(lang).is_some_and(|t| !t.trim().is_empty())
    }

    /// The language codes this text is written in.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    #[cfg(test)]
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        Text(
            pairs
                .iter()
                .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
                .collect(),
        )
    }
}
