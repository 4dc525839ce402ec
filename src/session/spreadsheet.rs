//! The group result and the measurements over time as spreadsheets to take
//! home, with their columns named in the language; the JSON group file, which reads back in,
//! is [`crate::model::group_file`].

use crate::model::answer::Answer;
use crate::model::content::{Content, QuestionRole};
use crate::model::evaluation::Evaluation;
use crate::model::group::{summarise, Member};
use crate::model::measurement::Measurement;
use crate::session::report::phrases::part_title;
use crate::session::texts;

/// One row per respondent: label, side, verdict, completeness (the share of
/// core questions known, 0-1), each dimension's score, then each item's
/// answer (1-5, `?` for don't know, a word for a status or "not
/// applicable", empty when not asked); a last row holds the group's means.
///
/// Written for the spreadsheet most facilitators open it in. Excel splits a
/// `.csv` it opens at the list separator of the computer's regional
/// settings and reads numbers with their decimal mark; Dutch settings have
/// a decimal comma, and so `;` between fields. A page in the browser cannot
/// see those settings, and the language of the interface is the nearest
/// hint: Dutch gets `;` and decimal commas, English gets `,` and decimal
/// points, as English settings and most other tools expect. An English
/// interface on a Dutch Excel (or the reverse) puts each row in one
/// column; Excel's Data > From Text/CSV then asks for the separator.
/// The file starts with a byte order mark, without which Excel reads it in
/// the Windows code page and garbles every accent. There is no `sep=` line:
/// other tools read it as data, and Excel ignores the mark after it.
///
/// Each column is named in the language, with its id in parentheses at the
/// end: "D6 Trekker en procesleiding (leadership)". One header row keeps
/// every row below it a respondent, which Excel's tables and filters,
/// Power Query, pandas and R all assume; a second row of ids would read as
/// a respondent and turn every number column into text. The id reads the
/// same in every language, so a sheet or script that finds a column by the
/// id at the end of its name survives a change of language.
pub fn to_csv(content: &Content, members: &[Member], lang: &str) -> String {
    let dialect = Dialect::of(lang);
    let t = |key| content.ui(key, lang);
    let sides = content.question_with_role(QuestionRole::Side);
    let side_label = |id: &str| {
        sides
            .and_then(|q| q.choices.iter().find(|c| c.id == id))
            .map_or(id, |c| c.label.get(lang))
            .to_owned()
    };
    let number = |v: Option<f64>| v.map(|v| dialect.fixed(v, 1)).unwrap_or_default();
    let mut rows = vec![header(content, lang)];
    for m in members {
        let e = Evaluation::of(content, &m.response);
        let mut row = vec![
            m.label.clone(),
            m.response.side(content).map(side_label).unwrap_or_default(),
            t(texts::outcome_key(e.verdict.outcome)).to_owned(),
            dialect.fixed(e.verdict.certainty, 2),
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
            t(texts::GROUP_COL_MEAN).to_owned(),
            String::new(),
            t(texts::outcome_key(summary.verdict.outcome)).to_owned(),
            String::new(),
        ];
        row.extend(summary.dimensions.iter().map(|d| number(d.mean)));
        rows.push(row);
    }
    dialect.write(&rows)
}

/// The measurements over time, one row each, in the order they were taken:
/// name, date, verdict, completeness and each part's score; a trend to
/// chart in a spreadsheet. Written as [`to_csv`] writes the group.
pub fn measurements_csv(content: &Content, measurements: &[Measurement], lang: &str) -> String {
    let dialect = Dialect::of(lang);
    let t = |key| content.ui(key, lang);
    let header = columns(
        content,
        lang,
        [
            (texts::MEASURE_NAME, "measurement"),
            (texts::CSV_DATE, "date"),
        ],
    );
    let mut rows = vec![header];
    for m in measurements {
        let e = Evaluation::of(content, &m.response);
        let mut row = vec![
            m.label.clone(),
            m.date.clone(),
            t(texts::outcome_key(e.verdict.outcome)).to_owned(),
            dialect.fixed(e.verdict.certainty, 2),
        ];
        row.extend(
            e.dimensions
                .iter()
                .map(|d| d.score.map(|v| dialect.fixed(v, 1)).unwrap_or_default()),
        );
        rows.push(row);
    }
    dialect.write(&rows)
}

/// A column's name in the language with its id at the end.
fn named(label: &str, id: &str) -> String {
    format!("{label} ({id})")
}

/// The columns both files share, named in `lang`: the two of `first` (a
/// text key and an id each), the verdict, completeness and each part.
fn columns(content: &Content, lang: &str, first: [(&'static str, &str); 2]) -> Vec<String> {
    let t = |key| content.ui(key, lang);
    let mut header: Vec<String> = first.iter().map(|(key, id)| named(t(key), id)).collect();
    header.push(named(t(texts::VERDICT_LABEL), "verdict"));
    header.push(named(t(texts::CSV_COMPLETENESS), "certainty"));
    header.extend(
        content
            .dimensions
            .iter()
            .map(|d| named(&part_title(content, lang, &d.id), &d.id)),
    );
    header
}

/// The names of the group file's columns in `lang`, each with its id.
fn header(content: &Content, lang: &str) -> Vec<String> {
    let mut header = columns(
        content,
        lang,
        [
            (texts::CSV_RESPONDENT, "respondent"),
            (texts::CSV_SIDE, "side"),
        ],
    );
    header.extend(
        content
            .items
            .iter()
            .enumerate()
            .map(|(n, i)| named(&format!("{}. {}", n + 1, i.text.get(lang)), &i.id)),
    );
    header
}

/// How a spreadsheet in one language splits fields and reads numbers.
#[derive(Clone, Copy)]
struct Dialect {
    separator: char,
    decimal: char,
}

const DUTCH: Dialect = Dialect {
    separator: ';',
    decimal: ',',
};

const ENGLISH: Dialect = Dialect {
    separator: ',',
    decimal: '.',
};

impl Dialect {
    /// The whole file: a byte order mark, then every row, each field
    /// quoted and defused as needed, lines ended as RFC 4180 asks.
    fn write(self, rows: &[Vec<String>]) -> String {
        let separator = self.separator.to_string();
        let lines: Vec<String> = rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|f| self.field(f))
                    .collect::<Vec<_>>()
                    .join(&separator)
            })
            .collect();
        format!("\u{feff}{}\r\n", lines.join("\r\n"))
    }

    fn of(lang: &str) -> Dialect {
        if lang == "nl" {
            DUTCH
        } else {
            ENGLISH
        }
    }

    /// `value` with `decimals` digits after the decimal mark (rounded half
    /// away from zero). Done in integers: the float formatter's
    /// fixed-precision path is large and slow in wasm, and nothing else in
    /// the app needs it.
    fn fixed(self, value: f64, decimals: u32) -> String {
        let scale = 10_u64.pow(decimals);
        let scaled = (value * scale as f64).round();
        let sign = if scaled < 0.0 { "-" } else { "" };
        // `as` saturates; shares and scores are far from u64's limits.
        let n = scaled.abs() as u64;
        format!(
            "{sign}{}{}{:0width$}",
            n / scale,
            self.decimal,
            n % scale,
            width = decimals as usize
        )
    }

    /// Quotes a field when needed (RFC 4180, with this dialect's
    /// separator), and defuses text that a spreadsheet would run as a
    /// formula. Hand-written because the rule is three lines and a CSV
    /// crate would add weight to the download.
    fn field(self, value: &str) -> String {
        let defused =
            if value.starts_with(['=', '+', '-', '@', '\t', '\r']) && !self.is_decimal(value) {
                format!("'{value}")
            } else {
                value.to_owned()
            };
        if defused.contains([self.separator, '"', '\n', '\r']) {
            format!("\"{}\"", defused.replace('"', "\"\""))
        } else {
            defused
        }
    }

    /// Whether `value` is a plain decimal number such as `-12,5` (Dutch) or
    /// `-12.5`, which a spreadsheet reads as a number, not a formula.
    /// Checked by its characters: parsing it as `f64` would pull the float
    /// parser into the wasm, about 18 KB gzipped for this one check.
    fn is_decimal(self, value: &str) -> bool {
        let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
        let (whole, fraction) = digits.split_once(self.decimal).unwrap_or((digits, "0"));
        !whole.is_empty()
            && !fraction.is_empty()
            && whole
                .bytes()
                .chain(fraction.bytes())
                .all(|b| b.is_ascii_digit())
    }
}

#[cfg(test)]
mod tests {
    use super::{measurements_csv, to_csv, DUTCH, ENGLISH};
    use crate::model::answer::{Agreement, Answer, Status};
    use crate::model::content::{Content, QuestionRole, Scale};
    use crate::model::evaluation::Evaluation;
    use crate::model::group::Member;
    use crate::model::response::{Mode, Response};
    use crate::session::report::phrases::part_title;
    use crate::session::texts;

    fn content() -> Content {
        Content::builtin().expect("the built-in content reads")
    }

    /// A quick scan answered `value` throughout, but "don't know" to the
    /// first statement.
    fn member(c: &Content, label: &str, side: &str, value: u8) -> Member {
        let mut response = Response::new(c, Mode::Quick);
        response
            .classification
            .insert("side".into(), vec![side.into()]);
        for (n, item) in c.items.iter().filter(|i| i.quick).enumerate() {
            let answer = match (n, item.scale) {
                (0, _) => Answer::DontKnow,
                (_, Scale::Agreement) => Answer::Agreement(Agreement::new(value).expect("1-5")),
                (_, Scale::Status) if value >= 4 => Answer::Status(Status::InPlace),
                (_, Scale::Status) => Answer::Status(Status::Absent),
            };
            response.set(&item.id, answer);
        }
        Member {
            label: label.into(),
            response,
        }
    }

    fn group(c: &Content) -> Vec<Member> {
        vec![
            member(c, "=HYPERLINK(\"x\")", "public", 5),
            member(c, "team; noord", "private", 2),
            member(c, "winkelier", "civil", 3),
        ]
    }

    /// One line of the file as its fields, as a spreadsheet reads them.
    fn split(line: &str, separator: char) -> Vec<String> {
        let mut fields = vec![String::new()];
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    chars.next();
                    fields.last_mut().expect("a field").push('"');
                }
                '"' => quoted = !quoted,
                _ if c == separator && !quoted => fields.push(String::new()),
                _ => fields.last_mut().expect("a field").push(c),
            }
        }
        fields
    }

    /// The file's lines, raw and split, after the byte order mark.
    fn read(csv: &str, separator: char) -> (Vec<&str>, Vec<Vec<String>>) {
        let body = csv
            .strip_prefix('\u{feff}')
            .expect("a byte order mark first");
        let lines: Vec<&str> = body.split("\r\n").filter(|l| !l.is_empty()).collect();
        let rows = lines.iter().map(|l| split(l, separator)).collect();
        (lines, rows)
    }

    /// The ids of the columns, in order.
    fn ids(c: &Content) -> Vec<String> {
        ["respondent", "side", "verdict", "certainty"]
            .into_iter()
            .map(str::to_owned)
            .chain(c.dimensions.iter().map(|d| d.id.clone()))
            .chain(c.items.iter().map(|i| i.id.clone()))
            .collect()
    }

    fn side_label<'a>(c: &'a Content, side: &str, lang: &str) -> &'a str {
        c.question_with_role(QuestionRole::Side)
            .and_then(|q| q.choices.iter().find(|ch| ch.id == side))
            .map(|ch| ch.label.get(lang))
            .expect("a side")
    }

    /// The certainty and the dimensions' scores: every number the file
    /// holds that has decimals, the means included.
    fn numbers(c: &Content, rows: &[Vec<String>]) -> Vec<String> {
        let dimensions = 4..4 + c.dimensions.len();
        rows[1..]
            .iter()
            .flat_map(|row| {
                row.iter()
                    .enumerate()
                    .filter(|(n, _)| *n == 3 || dimensions.contains(n))
                    .map(|(_, f)| f.clone())
                    .filter(|f| !f.is_empty())
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn the_dutch_file_opens_in_dutch_excel() {
        let c = content();
        let members = group(&c);
        let csv = to_csv(&c, &members, "nl");
        assert!(
            csv.starts_with('\u{feff}'),
            "the byte order mark comes first"
        );
        assert!(!csv.contains("sep="));
        let (lines, rows) = read(&csv, ';');
        assert_eq!(
            rows.len(),
            1 + 3 + 1,
            "header, three respondents, the means"
        );
        let header = &rows[0];
        assert_eq!(header.len(), ids(&c).len());
        for row in &rows[1..4] {
            assert_eq!(row.len(), header.len(), "{row:?}");
        }

        // Labelled in Dutch, each with its id in parentheses.
        let t = |key| c.ui(key, "nl");
        assert_ne!(t(texts::CSV_RESPONDENT), c.ui(texts::CSV_RESPONDENT, "en"));
        assert_eq!(
            header[..4],
            [
                format!("{} (respondent)", t(texts::CSV_RESPONDENT)),
                format!("{} (side)", t(texts::CSV_SIDE)),
                format!("{} (verdict)", t(texts::VERDICT_LABEL)),
                format!("{} (certainty)", t(texts::CSV_COMPLETENESS)),
            ]
        );
        for (n, d) in c.dimensions.iter().enumerate() {
            let title = part_title(&c, "nl", &d.id);
            assert_eq!(header[4 + n], format!("{title} ({})", d.id));
        }
        let items = 4 + c.dimensions.len();
        for (n, i) in c.items.iter().enumerate() {
            let statement = format!("{}. {} ({})", n + 1, i.text.get("nl"), i.id);
            assert_eq!(header[items + n], statement);
        }
        for (cell, id) in header.iter().zip(ids(&c)) {
            assert!(cell.ends_with(&format!("({id})")), "{cell}");
        }

        // Side and verdict in words, not ids; the means labelled too.
        let verdict = Evaluation::of(&c, &members[0].response).verdict.outcome;
        assert_eq!(rows[1][1], side_label(&c, "public", "nl"));
        assert_eq!(rows[2][1], side_label(&c, "private", "nl"));
        assert_eq!(rows[1][2], t(texts::outcome_key(verdict)));
        assert_eq!(rows[4][0], t(texts::GROUP_COL_MEAN));
        assert!(["?", "5"]
            .iter()
            .all(|a| rows[1][items..].contains(&(*a).to_owned())));

        // Every number has a decimal comma and reads as a number.
        let numbers = numbers(&c, &rows);
        assert!(numbers.len() > 3 * c.dimensions.len(), "{numbers:?}");
        for number in numbers {
            assert!(number.contains(',') && !number.contains('.'), "{number}");
            assert!(number.replace(',', ".").parse::<f64>().is_ok(), "{number}");
        }

        // A formula in a label is defused, a separator in one is quoted.
        assert_eq!(rows[1][0], "'=HYPERLINK(\"x\")");
        assert!(
            lines[1].starts_with("\"'=HYPERLINK(\"\"x\"\")\";"),
            "{}",
            lines[1]
        );
        assert_eq!(rows[2][0], "team; noord");
        assert!(lines[2].starts_with("\"team; noord\";"), "{}", lines[2]);
    }

    #[test]
    fn the_english_file_uses_commas_and_points() {
        let c = content();
        let members = group(&c);
        let csv = to_csv(&c, &members, "en");
        let (lines, rows) = read(&csv, ',');
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[0].len(), ids(&c).len());
        assert_eq!(
            rows[0][0],
            format!("{} (respondent)", c.ui(texts::CSV_RESPONDENT, "en"))
        );
        assert_eq!(
            rows[0][4],
            format!(
                "{} ({})",
                part_title(&c, "en", &c.dimensions[0].id),
                c.dimensions[0].id
            )
        );
        for row in &rows[1..4] {
            assert_eq!(row.len(), rows[0].len(), "a comma in a label is quoted");
        }
        assert_eq!(rows[1][1], side_label(&c, "public", "en"));
        assert_eq!(rows[2][0], "team; noord", "a semicolon is text here");
        assert!(lines[2].starts_with("team; noord,"), "{}", lines[2]);
        assert_eq!(rows[4][0], c.ui(texts::GROUP_COL_MEAN, "en"));
        for number in numbers(&c, &rows) {
            assert!(number.contains('.') && !number.contains(','), "{number}");
            assert!(number.parse::<f64>().is_ok(), "{number}");
        }
    }

    #[test]
    fn numbers_get_a_fixed_number_of_decimals() {
        assert_eq!(ENGLISH.fixed(62.5, 1), "62.5");
        assert_eq!(ENGLISH.fixed(62.46, 1), "62.5");
        assert_eq!(ENGLISH.fixed(100.0, 1), "100.0");
        assert_eq!(ENGLISH.fixed(0.0, 1), "0.0");
        assert_eq!(ENGLISH.fixed(0.8, 2), "0.80");
        assert_eq!(ENGLISH.fixed(1.0, 2), "1.00");
        assert_eq!(ENGLISH.fixed(0.005, 2), "0.01");
        assert_eq!(ENGLISH.fixed(-3.25, 1), "-3.3");
        assert_eq!(
            ENGLISH.fixed(-0.04, 1),
            "0.0",
            "no minus sign before a zero"
        );
        assert_eq!(DUTCH.fixed(62.46, 1), "62,5");
        assert_eq!(DUTCH.fixed(0.8, 2), "0,80");
        assert_eq!(DUTCH.fixed(-3.25, 1), "-3,3");
    }

    #[test]
    fn decimals_are_told_from_other_text() {
        for number in ["-12.5", "+3", "0", "100.0", "-0.25"] {
            assert!(ENGLISH.is_decimal(number), "{number}");
        }
        for number in ["-12,5", "+3", "0", "100,0", "-0,25"] {
            assert!(DUTCH.is_decimal(number), "{number}");
        }
        for text in [
            "-", "+", "-.5", "1.", "1.2.3", "1e5", "=1", "-1+2", "", "-12,5",
        ] {
            assert!(!ENGLISH.is_decimal(text), "{text}");
        }
        for text in ["-", "-,5", "1,", "1,2,3", "=1", "-12.5", "-1;2", ""] {
            assert!(!DUTCH.is_decimal(text), "{text}");
        }
    }

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(ENGLISH.field("plain"), "plain");
        assert_eq!(ENGLISH.field("a,b"), "\"a,b\"");
        assert_eq!(ENGLISH.field("a;b"), "a;b");
        assert_eq!(ENGLISH.field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(
            ENGLISH.field("=HYPERLINK(\"x\")"),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(ENGLISH.field("-12.5"), "-12.5");
        assert_eq!(ENGLISH.field("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(DUTCH.field("a;b"), "\"a;b\"");
        assert_eq!(DUTCH.field("a,b"), "a,b");
        assert_eq!(DUTCH.field("-12,5"), "-12,5");
        assert_eq!(DUTCH.field("-1+2"), "'-1+2");
        assert_eq!(DUTCH.field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(DUTCH.field("line\r\nbreak"), "\"line\r\nbreak\"");
    }

    #[test]
    fn measurements_are_a_row_each_with_their_scores() {
        use crate::model::answer::{Agreement, Answer};
        use crate::model::measurement::Measurement;
        use crate::model::response::{Mode, Response};
        let c = Content::builtin().expect("the built-in content reads");
        let taken = |label: &str, date: &str, value: u8| {
            let mut response = Response::new(&c, Mode::Full);
            for i in c
                .items
                .iter()
                .filter(|i| i.scale == crate::model::content::Scale::Agreement)
            {
                response.set(
                    &i.id,
                    Answer::Agreement(Agreement::new(value).expect("1-5")),
                );
            }
            Measurement {
                label: label.into(),
                date: date.into(),
                response,
            }
        };
        let list = [
            taken("Voor de start", "2026-01-10", 2),
            taken("Na een half jaar", "2026-07-01", 4),
        ];
        let csv = measurements_csv(&c, &list, "nl");
        assert!(csv.starts_with('\u{feff}'));
        let rows: Vec<Vec<&str>> = csv[3..]
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| l.split(';').collect())
            .collect();
        assert_eq!(rows.len(), 3);
        assert!(rows[0][0].ends_with("(measurement)") && rows[0][1].ends_with("(date)"));
        assert_eq!(rows[1][..2], ["Voor de start", "2026-01-10"]);
        assert_eq!(rows[2][..2], ["Na een half jaar", "2026-07-01"]);
        let col = rows[0]
            .iter()
            .position(|h| h.ends_with("(goals)"))
            .expect("a column per part");
        let score = |row: &[&str]| row[col].replace(',', ".").parse::<f64>().expect("a number");
        assert!(
            score(&rows[2]) > score(&rows[1]),
            "the trend reads from the file"
        );
        assert_eq!(rows[1].len(), rows[0].len());
    }
}
