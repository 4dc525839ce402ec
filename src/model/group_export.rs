//! The group result as files a facilitator takes home: CSV for a
//! spreadsheet, JSON for anything else.

use super::answer::Answer;
use super::content::Content;
use super::evaluation::Evaluation;
use super::group::{summarise, Member};
use serde::Serialize;

/// One row per respondent: label, side, verdict, certainty, each dimension's
/// score, then each item's answer (1-5, `?` for don't know, empty when not
/// asked); a last row holds the group's means. Column names are ids, so a
/// sheet built on them survives a change of language.
pub fn to_csv(content: &Content, members: &[Member]) -> String {
    let mut header = vec![
        "respondent".to_owned(),
        "side".into(),
        "verdict".into(),
        "certainty".into(),
    ];
    header.extend(content.dimensions.iter().map(|d| d.id.clone()));
    header.extend(content.items.iter().map(|i| i.id.clone()));
    let mut rows = vec![header];
    for m in members {
        let e = Evaluation::of(content, &m.response);
        let mut row = vec![
            m.label.clone(),
            m.response.side(content).unwrap_or_default().to_owned(),
            e.verdict.outcome.id().to_owned(),
            fixed(e.verdict.certainty, 2),
        ];
        row.extend(e.dimensions.iter().map(|d| number(d.score)));
        row.extend(
            content
                .items
                .iter()
                .map(|i| match m.response.answer(&i.id) {
                    Some(Answer::DontKnow) => "?".into(),
                    Some(other) => other.token(),
                    None => String::new(),
                }),
        );
        rows.push(row);
    }
    if let Some(summary) = summarise(content, members) {
        let mut row = vec![
            "mean".to_owned(),
            String::new(),
            summary.verdict.outcome.id().to_owned(),
            String::new(),
        ];
        row.extend(summary.dimensions.iter().map(|d| number(d.mean)));
        rows.push(row);
    }
    rows.iter()
        .map(|r| r.iter().map(|f| field(f)).collect::<Vec<_>>().join(","))
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n"
}

#[derive(Serialize)]
struct GroupFile<'a> {
    kind: &'static str,
    format: u32,
    content_version: &'a str,
    summary: Option<super::group::GroupSummary>,
    respondents: Vec<Respondent<'a>>,
}

#[derive(Serialize)]
struct Respondent<'a> {
    label: &'a str,
    response: &'a super::response::Response,
}

/// The group summary and every response, as JSON.
pub fn to_json(content: &Content, members: &[Member]) -> String {
    let file = GroupFile {
        kind: "kansrijk-group",
        format: 1,
        content_version: &content.version,
        summary: summarise(content, members),
        respondents: members
            .iter()
            .map(|m| Respondent {
                label: &m.label,
                response: &m.response,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

fn number(v: Option<f64>) -> String {
    v.map(|v| fixed(v, 1)).unwrap_or_default()
}

/// `value` with `decimals` digits after the point (rounded half away from
/// zero). Done in integers: the float formatter's fixed-precision path is
/// large and slow in wasm, and nothing else in the app needs it.
fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10_u64.pow(decimals);
    let scaled = (value * scale as f64).round();
    let sign = if scaled < 0.0 { "-" } else { "" };
    // `as` saturates; shares and scores are far from u64's limits.
    let n = scaled.abs() as u64;
    format!(
        "{sign}{}.{:0width$}",
        n / scale,
        n % scale,
        width = decimals as usize
    )
}

/// Quotes a CSV field when needed (RFC 4180), and defuses text that a
/// spreadsheet would run as a formula. Hand-written because the rule is
/// three lines and a CSV crate would add weight to the download.
fn field(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_decimal(value) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// Whether `value` is a plain decimal number such as `-12.5`, which a
/// spreadsheet reads as a number, not a formula. Checked by its characters:
/// parsing it as `f64` would pull the float parser into the wasm, about
/// 18 KB gzipped for this one check.
fn is_decimal(value: &str) -> bool {
    let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::{field, fixed, is_decimal};

    #[test]
    fn numbers_get_a_fixed_number_of_decimals() {
        assert_eq!(fixed(62.5, 1), "62.5");
        assert_eq!(fixed(62.46, 1), "62.5");
        assert_eq!(fixed(100.0, 1), "100.0");
        assert_eq!(fixed(0.0, 1), "0.0");
        assert_eq!(fixed(0.8, 2), "0.80");
        assert_eq!(fixed(1.0, 2), "1.00");
        assert_eq!(fixed(0.005, 2), "0.01");
        assert_eq!(fixed(-3.25, 1), "-3.3");
        assert_eq!(fixed(-0.04, 1), "0.0", "no minus sign before a zero");
    }

    #[test]
    fn decimals_are_told_from_other_text() {
        for number in ["-12.5", "+3", "0", "100.0", "-0.25"] {
            assert!(is_decimal(number), "{number}");
        }
        for text in ["-", "+", "-.5", "1.", "1.2.3", "1e5", "=1", "-1+2", ""] {
            assert!(!is_decimal(text), "{text}");
        }
    }

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-12.5"), "-12.5");
        assert_eq!(field("line\nbreak"), "\"line\nbreak\"");
    }
}
