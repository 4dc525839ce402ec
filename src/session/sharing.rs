//! Moving answers between devices without a server: the link that carries
//! an answer code in its fragment, a pasted list of codes, and the QR code
//! of a link as an SVG path.
//!
//! Pure and native, so it is tested without a browser; `ui::device` reads
//! the page's address and `ui::share` draws what these functions return.

use qrcode::{Color, QrCode};

/// The fragment parameter that carries an answer code: `#code=kr1-...`.
/// A fragment, because browsers never send it to a server.
pub const FRAGMENT_KEY: &str = "code";

/// White modules around a QR code; the standard asks for four, and phone
/// cameras fail without them.
pub const QUIET_ZONE: usize = 4;

/// The link that opens a shared result: `base` is the page's address
/// without query or fragment.
pub fn share_link(base: &str, code: &str) -> String {
    format!("{base}#{FRAGMENT_KEY}={code}")
}

/// The value of `code=` in a URL fragment such as `#code=kr1-...`, also
/// among other `&`-separated parameters; `None` when the fragment has no
/// such parameter. An empty value is returned as it is, so the recipient
/// is told the link is incomplete instead of seeing nothing happen.
pub fn code_in_fragment(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == FRAGMENT_KEY)
        .map(|(_, value)| value)
}

/// The codes in a pasted text, one per line, with their 1-based line
/// numbers so a message can say which line failed; blank lines are skipped.
pub fn pasted_codes(text: &str) -> Vec<(usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty())
        .collect()
}

/// A QR code ready to draw: `size` modules square (the quiet zone
/// included), and one SVG path that fills every dark module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPicture {
    pub size: usize,
    pub path: String,
}

/// The QR code of `text` at error correction level M, or `None` when the
/// text is too long for any QR code. Dark modules next to each other in a
/// row are drawn as one rectangle, which keeps the path short.
pub fn qr_picture(text: &str) -> Option<QrPicture> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    x + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Some(QrPicture {
        size: width + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_carries_the_code_in_its_fragment() {
        let link = share_link("https://example.org/kansrijk/", "kr1-AbC_d");
        assert_eq!(link, "https://example.org/kansrijk/#code=kr1-AbC_d");
        let fragment = link.split_once('#').map(|(_, f)| f).unwrap_or("");
        assert_eq!(code_in_fragment(fragment), Some("kr1-AbC_d"));
    }

    #[test]
    fn the_code_is_found_among_other_fragment_parameters() {
        assert_eq!(code_in_fragment("#x=1&code=kr1-a&y"), Some("kr1-a"));
        assert_eq!(code_in_fragment("#code="), Some(""));
        assert_eq!(code_in_fragment("#top"), None);
        assert_eq!(code_in_fragment(""), None);
        assert_eq!(code_in_fragment("#codes=kr1-a"), None);
    }

    #[test]
    fn pasted_codes_keep_their_line_numbers() {
        let text = "kr1-one\n\n  kr1-two  \r\n\t\nkr1-three";
        assert_eq!(
            pasted_codes(text),
            vec![(1, "kr1-one"), (3, "kr1-two"), (5, "kr1-three")]
        );
        assert!(pasted_codes(" \n \n").is_empty());
    }

    /// The path's rectangles, as (x, y, length) in modules.
    fn runs(path: &str) -> Vec<(usize, usize, usize)> {
        path.split('M')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (xy, rest) = p.split_once('h').expect("h after M");
                let (x, y) = xy.split_once(' ').expect("x y");
                let n = rest.split_once('v').expect("v after h").0;
                (
                    x.parse().expect("x"),
                    y.parse().expect("y"),
                    n.parse().expect("n"),
                )
            })
            .collect()
    }

    #[test]
    fn a_qr_code_has_its_version_size_a_quiet_zone_and_finder_patterns() {
        let link = share_link(
            "https://example.org/kansrijk/",
            "kr1-AQUxLjAuMAEKAAAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB-3Ts",
        );
        let qr = qr_picture(&link).expect("a link fits in a QR code");
        let modules = qr.size - 2 * QUIET_ZONE;
        assert_eq!((modules - 17) % 4, 0, "a QR size is 4 x version + 17");
        let runs = runs(&qr.path);
        assert!(runs
            .iter()
            .all(|&(x, y, n)| x >= QUIET_ZONE && y >= QUIET_ZONE && x + n <= qr.size - QUIET_ZONE));
        // The top-left finder pattern starts with a row of seven dark modules.
        assert!(runs.contains(&(QUIET_ZONE, QUIET_ZONE, 7)));
        // A longer text needs a larger code.
        let longer = qr_picture(&format!("{link}{}", "x".repeat(200))).expect("fits");
        assert!(longer.size > qr.size);
    }

    #[test]
    fn a_text_too_long_for_any_qr_code_gives_none() {
        assert_eq!(qr_picture(&"x".repeat(8000)), None);
    }
}
