//! Choosing the language to start in, from the hints a page offers.

/// The first of `hints` (most important first) that names one of the
/// `available` language codes, compared on the primary subtag: `en-GB`
/// picks `en`. Falls back to the first available code.
pub fn pick<'a>(hints: impl IntoIterator<Item = Option<String>>, available: &[&'a str]) -> &'a str {
    hints
        .into_iter()
        .flatten()
        .find_map(|hint| matching(&hint, available))
        .or_else(|| available.first().copied())
        .unwrap_or("nl")
}

/// The available code whose language `tag` names, if any.
pub fn matching<'a>(tag: &str, available: &[&'a str]) -> Option<&'a str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    available
        .iter()
        .copied()
        .find(|code| code.eq_ignore_ascii_case(&primary))
}

/// The value of parameter `name` in a URL query string such as
/// `?lang=en&x=1`; no percent-decoding, which language codes never need.
pub fn query_param(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// A score or share as a whole number, for texts: 62.5 becomes "63".
///
/// Rounded and printed as an integer: formatting an `f64` with a precision
/// takes the float formatter's exact (bignum) path, which in wasm on a slow
/// phone cost a noticeable share of drawing a result.
pub fn whole(value: f64) -> String {
    // `as` saturates, and scores and shares lie between 0 and 100.
    (value.round() as i64).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["nl", "en"];

    #[test]
    fn the_first_matching_hint_wins() {
        assert_eq!(
            pick([None, Some("en-GB".into()), Some("nl".into())], LANGS),
            "en"
        );
        assert_eq!(pick([Some("fr".into()), Some("EN".into())], LANGS), "en");
        assert_eq!(pick([Some("nl_BE".into())], LANGS), "nl");
    }

    #[test]
    fn without_a_usable_hint_the_first_language_is_used() {
        assert_eq!(
            pick([Some("de".into()), Some("".into()), None], LANGS),
            "nl"
        );
        assert_eq!(pick([], &["en"]), "en");
        assert_eq!(pick([], &[]), "nl");
    }

    #[test]
    fn query_parameters_are_found_by_name() {
        assert_eq!(query_param("?lang=en&x=1", "lang").as_deref(), Some("en"));
        assert_eq!(query_param("?x=1&lang=nl", "lang").as_deref(), Some("nl"));
        assert_eq!(query_param("?language=en", "lang"), None);
        assert_eq!(query_param("", "lang"), None);
    }

    #[test]
    fn numbers_are_rounded_to_whole_ones() {
        assert_eq!(whole(62.5), "63");
        assert_eq!(whole(0.0), "0");
        assert_eq!(whole(99.4), "99");
        assert_eq!(whole(-0.4), "0", "no minus sign before a zero");
    }
}
