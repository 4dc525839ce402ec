//! Every storage key the widget writes, and the only place their names are
//! spelled out. Tests and the end-to-end page objects read them from here
//! (the e2e suite through `storage-keys.json`, written and checked by a
//! native test), never from a copy.
//!
//! Namespaced and versioned, because an embedded widget shares storage with
//! its host page: `kansrijk:v1:assessment` holds the assessment in
//! progress, `kansrijk:v1:group` the facilitator's group view and
//! `kansrijk:v1:measurements` the measurements over time; each has a
//! `:corrupt` backup key for an unreadable value kept aside. Several widgets
//! on one page get their own keys by naming themselves
//! (`data-kansrijk="name"` gives `kansrijk:v1:assessment:name`, ...).

/// Every key the widget writes starts with this, so "delete everything"
/// can find them all and the host page's own keys are never touched.
pub const KEY_PREFIX: &str = "kansrijk:";

/// Appended to a key to keep an unreadable value aside instead of losing it.
pub const CORRUPT_SUFFIX: &str = ":corrupt";

/// The things a widget keeps, each under a key of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// The assessment in progress: answers, position, language, name.
    Assessment,
    /// The responses the facilitator collected.
    Group,
    /// The measurements saved over time.
    Measurements,
}

impl Stored {
    pub const ALL: [Stored; 3] = [Stored::Assessment, Stored::Group, Stored::Measurements];

    /// The key of an unnamed widget.
    pub const fn base_key(self) -> &'static str {
        match self {
            Stored::Assessment => "kansrijk:v1:assessment",
            Stored::Group => "kansrijk:v1:group",
            Stored::Measurements => "kansrijk:v1:measurements",
        }
    }

    /// The key of the widget named `widget`: `base:name`, or the base key
    /// itself for an unnamed widget.
    pub fn key(self, widget: Option<&str>) -> String {
        let base = self.base_key();
        match widget.map(str::trim).filter(|n| !n.is_empty()) {
            Some(name) => format!("{base}:{}", sanitise(name)),
            None => base.to_owned(),
        }
    }

    /// Where an unreadable value of `key` is kept aside.
    pub fn backup_key(key: &str) -> String {
        format!("{key}{CORRUPT_SUFFIX}")
    }

    /// The version of the value's shape in the envelope. Raise it when the
    /// shape changes meaning, and teach the reader the old one.
    pub fn schema(self) -> u32 {
        1
    }

    /// The name e2e tests and the key file use for this thing.
    pub fn name(self) -> &'static str {
        match self {
            Stored::Assessment => "assessment",
            Stored::Group => "group",
            Stored::Measurements => "measurements",
        }
    }
}

/// A widget name reduced to characters that read well in a storage key.
fn sanitise(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect()
}

/// The keys as JSON, for tools outside Rust (the e2e page objects):
/// `{"prefix": ..., "corrupt_suffix": ..., "assessment": ..., ...}`.
pub fn as_json() -> String {
    let mut out =
        format!("{{\n  \"prefix\": \"{KEY_PREFIX}\",\n  \"corrupt_suffix\": \"{CORRUPT_SUFFIX}\"");
    for stored in Stored::ALL {
        out.push_str(&format!(
            ",\n  \"{}\": \"{}\"",
            stored.name(),
            stored.base_key()
        ));
    }
    out.push_str("\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_ours_and_distinct() {
        let keys: Vec<&str> = Stored::ALL.iter().map(|s| s.base_key()).collect();
        for (i, key) in keys.iter().enumerate() {
            assert!(key.starts_with(KEY_PREFIX), "{key}");
            assert!(!keys[i + 1..].contains(key), "{key} twice");
        }
    }

    #[test]
    fn a_named_widget_gets_keys_of_its_own() {
        assert_eq!(Stored::Group.key(None), "kansrijk:v1:group");
        assert_eq!(Stored::Group.key(Some("  ")), "kansrijk:v1:group");
        assert_eq!(
            Stored::Assessment.key(Some("links boven/1")),
            "kansrijk:v1:assessment:links_boven_1"
        );
        assert_eq!(
            Stored::backup_key("kansrijk:v1:group:a"),
            "kansrijk:v1:group:a:corrupt"
        );
        assert_eq!(
            Stored::Measurements.key(Some(&"x".repeat(99))).len(),
            24 + 1 + 40
        );
    }
}
