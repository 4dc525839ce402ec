//! What a host page asks of an embedded widget, as plain data: the theme it
//! sets (`data-brand`, `?brand=` …) and the storage names of several widgets
//! on one page. The browser glue is in `ui::embed`; see docs/embedding.md.

/// The smallest contrast the brand colour must have against white: buttons
/// put white text on it and links are drawn in it (WCAG 1.4.3, level AA).
pub const MIN_BRAND_CONTRAST: f64 = 4.5;

/// The largest corner radius a host may ask for, in CSS pixels.
pub const MAX_RADIUS_PX: u32 = 24;

/// The theme a host asked for; every field was checked, so it can go into a
/// CSS custom property as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    /// `#rrggbb`, dark enough for white text on it.
    pub brand: Option<String>,
    /// Pixels, `0`–[`MAX_RADIUS_PX`].
    pub radius: Option<u32>,
}

/// Why a theme value was ignored.
#[derive(Clone, Debug, PartialEq)]
pub enum ThemeProblem {
    /// Not `#rgb` or `#rrggbb`.
    NotAColour(String),
    /// A colour white text would be hard to read on.
    TooLight { colour: String, contrast: f64 },
    /// Not a whole number of pixels in range.
    BadRadius(String),
}

impl std::fmt::Display for ThemeProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ThemeProblem::NotAColour(v) => {
                write!(f, "brand {v:?} is not a colour like #154273; ignored")
            }
            ThemeProblem::TooLight { colour, contrast } => write!(
                f,
                "brand {colour} has contrast {contrast:.2}:1 with white, \
                 below {MIN_BRAND_CONTRAST}:1; ignored"
            ),
            ThemeProblem::BadRadius(v) => write!(
                f,
                "radius {v:?} is not a whole number from 0 to {MAX_RADIUS_PX}; ignored"
            ),
        }
    }
}

impl Theme {
    /// The theme from the raw `brand` and `radius` values a page gave (an
    /// attribute or a URL parameter), and what was wrong with the rest. A
    /// bad value is dropped on its own: the widget then keeps its default.
    pub fn from_values(brand: Option<&str>, radius: Option<&str>) -> (Theme, Vec<ThemeProblem>) {
        let mut problems = Vec::new();
        let brand = brand.and_then(|v| parse_brand(v).map_err(|p| problems.push(p)).ok());
        let radius = radius.and_then(|v| parse_radius(v).map_err(|p| problems.push(p)).ok());
        (Theme { brand, radius }, problems)
    }

    /// The CSS custom properties to set on the widget's root.
    pub fn properties(&self) -> Vec<(&'static str, String)> {
        let mut properties = Vec::new();
        if let Some(brand) = &self.brand {
            properties.push(("--kr-brand", brand.clone()));
        }
        if let Some(radius) = self.radius {
            properties.push(("--kr-radius", format!("{radius}px")));
        }
        properties
    }
}

/// A brand colour as `#rrggbb`. Accepts `#rgb`, `#rrggbb`, the same without
/// `#`, and `%23` for the `#` (a URL parameter that was not decoded).
pub fn parse_brand(value: &str) -> Result<String, ThemeProblem> {
    let trimmed = value.trim();
    let hex = trimmed
        .strip_prefix('#')
        .or_else(|| trimmed.strip_prefix("%23"))
        .unwrap_or(trimmed);
    let not_a_colour = || ThemeProblem::NotAColour(value.to_owned());
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(not_a_colour());
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_owned(),
        _ => return Err(not_a_colour()),
    };
    let colour = format!("#{}", full.to_ascii_lowercase());
    let channel = |i: usize| u8::from_str_radix(&full[i..i + 2], 16).map_err(|_| not_a_colour());
    let contrast = contrast_with_white([channel(0)?, channel(2)?, channel(4)?]);
    if contrast < MIN_BRAND_CONTRAST {
        return Err(ThemeProblem::TooLight { colour, contrast });
    }
    Ok(colour)
}

/// A corner radius in whole pixels, with or without `px`.
pub fn parse_radius(value: &str) -> Result<u32, ThemeProblem> {
    let trimmed = value.trim();
    let number = trimmed.strip_suffix("px").unwrap_or(trimmed);
    number
        .parse::<u32>()
        .ok()
        .filter(|r| *r <= MAX_RADIUS_PX)
        .ok_or_else(|| ThemeProblem::BadRadius(value.to_owned()))
}

/// The WCAG contrast ratio of an sRGB colour against white.
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    1.05 / (luminance + 0.05)
}

/// The storage name of each widget on a page, in page order, from the names
/// the page gave them (`data-kansrijk="…"`, `None` when empty).
///
/// Each widget keeps its own assessment: a name used a second time, or a
/// second unnamed widget, gets a number (`wijk-2`, `widget-2`) by its place on
/// the page. The first unnamed widget keeps the plain key, the same one the
/// standalone page uses. Element ids are not used: content systems often
/// generate them anew, which would lose the saved answers.
pub fn storage_names(declared: &[Option<String>]) -> Vec<Option<String>> {
    let mut taken: Vec<Option<String>> = Vec::new();
    for name in declared {
        let name = name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned);
        let unique = if taken.contains(&name) {
            let stem = name.clone().unwrap_or_else(|| "widget".to_owned());
            (2..)
                .map(|n| Some(format!("{stem}-{n}")))
                .find(|candidate| !taken.contains(candidate) && !declared.contains(candidate))
                .unwrap_or(None)
        } else {
            name
        };
        taken.push(unique);
    }
    taken
}

/// The stylesheet with every `rem` length made relative to the widget's own
/// base size: `1.5rem` becomes `calc(1.5 * var(--kr-rem, 1rem))`.
///
/// In a shadow root `rem` still means the host page's root font size, and
/// many sites shrink that (`html { font-size: 62.5% }`) or, in the worst
/// case, force it (`* { font: 30px serif !important }`). An embedded widget
/// sets `--kr-rem` to its own base size, the visitor's default font size;
/// elsewhere (the standalone page) `--kr-rem` is unset and every length is
/// the `rem` it was. At-rule preludes (`@media (min-width: 40rem)`) are
/// left alone: `var()` is not allowed there.
pub fn widget_units(css: &str) -> String {
    let is_ident = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let starts_number = |s: &str| s.starts_with(|c: char| c.is_ascii_digit() || c == '.');
    let mut out = String::with_capacity(css.len() + css.len() / 2);
    let mut rest = css;
    let mut in_prelude = false;
    while let Some(c) = rest.chars().next() {
        match c {
            '@' => in_prelude = true,
            '{' | ';' => in_prelude = false,
            _ => {}
        }
        let after_ident = out.chars().next_back().is_some_and(is_ident);
        let signed = (c == '-' || c == '+') && starts_number(&rest[1..]);
        if !in_prelude && !after_ident && (signed || starts_number(rest)) {
            let sign = if signed { &rest[..1] } else { "" };
            let digits = &rest[sign.len()..];
            let len = digits
                .find(|ch: char| !(ch.is_ascii_digit() || ch == '.'))
                .unwrap_or(digits.len());
            let (number, after) = digits.split_at(len);
            match after.strip_prefix("rem") {
                Some(tail) if !tail.starts_with(is_ident) => {
                    out.push_str(&format!("calc({sign}{number} * var(--kr-rem, 1rem))"));
                    rest = tail;
                }
                _ => {
                    out.push_str(sign);
                    out.push_str(number);
                    rest = after;
                }
            }
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brand_colours_are_normalised() {
        assert_eq!(parse_brand("#154273").as_deref(), Ok("#154273"));
        assert_eq!(parse_brand("%23006B3F").as_deref(), Ok("#006b3f"));
        assert_eq!(parse_brand(" 036 ").as_deref(), Ok("#003366"));
    }

    #[test]
    fn things_that_are_not_colours_are_refused() {
        for bad in [
            "", "#", "red", "#12345", "#1234567", "#12g", "url(x)", "#15427З",
        ] {
            assert!(
                matches!(parse_brand(bad), Err(ThemeProblem::NotAColour(_))),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn colours_too_light_for_white_text_are_refused() {
        assert!(matches!(
            parse_brand("#ffdd00"),
            Err(ThemeProblem::TooLight { .. })
        ));
        // #767676 is the lightest grey with 4.5:1 on white; #777777 is not.
        assert!(parse_brand("#767676").is_ok());
        assert!(parse_brand("#777777").is_err());
    }

    #[test]
    fn contrast_matches_the_wcag_formula() {
        assert!((contrast_with_white([0, 0, 0]) - 21.0).abs() < 1e-9);
        assert!((contrast_with_white([255, 255, 255]) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn radius_is_a_small_whole_number_of_pixels() {
        assert_eq!(parse_radius("0"), Ok(0));
        assert_eq!(parse_radius("8px"), Ok(8));
        assert_eq!(parse_radius("24"), Ok(24));
        for bad in ["25", "-1", "1.5", "8em", "", "px"] {
            assert!(parse_radius(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_bad_value_is_dropped_alone() {
        let (theme, problems) = Theme::from_values(Some("#ffff00"), Some("8"));
        assert_eq!(
            theme,
            Theme {
                brand: None,
                radius: Some(8)
            }
        );
        assert_eq!(problems.len(), 1);
        assert_eq!(theme.properties(), vec![("--kr-radius", "8px".to_owned())]);
        assert_eq!(Theme::from_values(None, None), (Theme::default(), vec![]));
    }

    #[test]
    fn rem_lengths_follow_the_widget_base_size() {
        let rem = |n: &str| format!("calc({n} * var(--kr-rem, 1rem))");
        assert_eq!(
            widget_units(".a { margin: 0 -1rem 1.5rem; padding: .25rem }"),
            format!(
                ".a {{ margin: 0 {} {}; padding: {} }}",
                rem("-1"),
                rem("1.5"),
                rem(".25")
            )
        );
        assert_eq!(
            widget_units("font-size: clamp(1.5rem, 1.2rem + 1.6vw, 2rem);"),
            format!(
                "font-size: clamp({}, {} + 1.6vw, {});",
                rem("1.5"),
                rem("1.2"),
                rem("2")
            )
        );
    }

    #[test]
    fn everything_else_is_left_as_it_was() {
        for css in [
            ".kr-measurements { width: 100%; gap: 0.15em; }",
            "@media (min-width: 40rem) { .a { color: #1e3 } }",
            ".h1rem { x: a2rem; y: 2remx; z: 1.5px }",
            "/* ünïcode */ .a::before { content: \"\\2713\" }",
        ] {
            assert_eq!(widget_units(css), css);
        }
        // After an at-rule's prelude, its block is rewritten as usual.
        assert!(widget_units("@media print { .a { margin: 1rem } }").contains("calc(1 * var"));
    }

    #[test]
    fn every_widget_gets_its_own_storage_name() {
        let names = |d: &[Option<&str>]| {
            storage_names(&d.iter().map(|n| n.map(str::to_owned)).collect::<Vec<_>>())
        };
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(names(&[Some("a"), Some("b")]), vec![some("a"), some("b")]);
        assert_eq!(
            names(&[None, Some(" "), None]),
            vec![None, some("widget-2"), some("widget-3")]
        );
        assert_eq!(names(&[Some("a"), Some("a")]), vec![some("a"), some("a-2")]);
        // A generated name never takes one the page gave another widget.
        assert_eq!(
            names(&[None, None, Some("widget-2")]),
            vec![None, some("widget-3"), some("widget-2")]
        );
    }
}
