//! The one stored format: `{"schema": N, "state": value}` for the
//! assessment and `{"schema": N, "list": value}` for the lists kept beside
//! it, where [`Stored::schema`] numbers the value's shape. Read back as:
//!
//! | found | outcome |
//! |---|---|
//! | not JSON, no `schema`, or a value of the wrong shape | [`Read::Corrupt`] |
//! | a `schema` newer than this build writes | [`Read::Newer`]: leave it alone |
//! | an older `schema` (none was ever written) | [`Read::Corrupt`] |
//! | the current `schema` | [`Read::Value`] |
//!
//! Pure: the browser side ([`super::store`]) only moves the strings.

use super::keys::Stored;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// What a stored value turned out to hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Read<T> {
    Value(T),
    /// Unreadable: the reason, for the developer console.
    Corrupt(String),
    /// Written by a newer build in a shape this one does not know; it must
    /// not be overwritten.
    Newer {
        schema: u32,
    },
}

impl<T> Read<T> {
    /// The value, changed by `f`; the other outcomes as they are.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Read<U> {
        match self {
            Read::Value(value) => Read::Value(f(value)),
            Read::Corrupt(why) => Read::Corrupt(why),
            Read::Newer { schema } => Read::Newer { schema },
        }
    }
}

/// The envelope as read: the value stays unparsed until the schema says
/// what shape it has. The field names are part of the stored format, so
/// they never change for a schema already written.
#[derive(Deserialize)]
struct Found {
    schema: Option<u64>,
    // Null when absent, which no value is stored as.
    #[serde(default)]
    state: serde_json::Value,
    #[serde(default)]
    list: serde_json::Value,
}

/// Whether `stored` keeps a single state rather than a list.
fn is_state(stored: Stored) -> bool {
    matches!(stored, Stored::Assessment)
}

/// The stored form of `value` as `stored`.
pub fn encode<T: Serialize>(stored: Stored, value: &T) -> String {
    // Written by hand to keep the field order (schema first) that every
    // earlier build wrote, so a stored value reads the same in a text view.
    let field = if is_state(stored) { "state" } else { "list" };
    match serde_json::to_string(value) {
        Ok(body) => format!("{{\"schema\":{},\"{field}\":{body}}}", stored.schema()),
        Err(_) => String::from("{}"),
    }
}

/// Reads a value stored as `stored`.
pub fn decode<T: DeserializeOwned>(stored: Stored, raw: &str) -> Read<T> {
    let found: Found = match serde_json::from_str(raw) {
        Ok(found) => found,
        Err(e) => return Read::Corrupt(e.to_string()),
    };
    let Some(schema) = found.schema.and_then(|s| u32::try_from(s).ok()) else {
        return Read::Corrupt("no schema number".into());
    };
    if schema > stored.schema() {
        return Read::Newer { schema };
    }
    if schema < stored.schema() {
        return Read::Corrupt(format!("schema {schema} was never written"));
    }
    let body = if is_state(stored) {
        found.state
    } else {
        found.list
    };
    if body.is_null() {
        return Read::Corrupt("no value".into());
    }
    match serde_json::from_value(body) {
        Ok(value) => Read::Value(value),
        Err(e) => Read::Corrupt(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_with_the_schema_first() {
        let raw = encode(Stored::Group, &vec!["a", "b"]);
        assert_eq!(raw, r#"{"schema":1,"list":["a","b"]}"#);
        assert_eq!(
            decode::<Vec<String>>(Stored::Group, &raw),
            Read::Value(vec!["a".to_string(), "b".to_string()])
        );
        assert!(encode(Stored::Assessment, &3).starts_with(r#"{"schema":1,"state":"#));
    }

    #[test]
    fn garbage_and_wrong_shapes_are_corrupt() {
        for stored in Stored::ALL {
            let field = if is_state(stored) { "state" } else { "list" };
            let garbage = [
                String::new(),
                "not json".into(),
                "{".into(),
                "[]".into(),
                "42".into(),
                format!(r#"{{"{field}":[]}}"#),
                format!(r#"{{"schema":"1","{field}":[]}}"#),
                format!(r#"{{"schema":0,"{field}":[]}}"#),
                r#"{"schema":1}"#.into(),
                format!(r#"{{"schema":1,"{field}":{{}}}}"#),
            ];
            for raw in garbage {
                assert!(
                    matches!(decode::<Vec<u8>>(stored, &raw), Read::Corrupt(_)),
                    "{stored:?} {raw:?} accepted"
                );
            }
        }
    }

    #[test]
    fn a_newer_schema_is_reported_not_read() {
        let raw = r#"{"schema":7,"state":"another shape"}"#;
        assert_eq!(
            decode::<Vec<u8>>(Stored::Assessment, raw),
            Read::Newer { schema: 7 }
        );
    }
}
