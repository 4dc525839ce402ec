//! The report as HTML elements, read from the Markdown [`Doc`] wrote.
//!
//! Reading the Markdown back, rather than writing the report twice, keeps
//! the two files word for word alike. Only what `Doc` writes is read:
//! headings, paragraphs, `- ` and `1. ` lists whose items go on in indented
//! lines, tables with an alignment row, a `---` rule, `**strong**` and
//! `*emphasis*`, and the backslash escapes of [`esc`]. Every text is made
//! literal with [`escape`]; nothing here writes a link, an image or a
//! script. A general Markdown crate would cost the wasm 60-100 KB for
//! constructs the report never writes.
//!
//! [`Doc`]: super::doc::Doc
//! [`esc`]: super::doc::esc

use crate::session::html::escape;

/// Style for what only the report uses: numbers set right, as in the
/// Markdown table.
pub(super) const STYLE: &str = "td.kr-num,th.kr-num{text-align:right}hr{margin:1.5rem 0}";

/// One block of the Markdown, its lines still in Markdown.
enum Block<'a> {
    Heading(usize, &'a str),
    Paragraph(Vec<&'a str>),
    List {
        ordered: bool,
        items: Vec<Vec<&'a str>>,
    },
    Table {
        rows: Vec<Vec<String>>,
        /// Per column, whether the alignment row set it right.
        right: Vec<bool>,
    },
    Rule,
}

/// The elements of a page body for the Markdown of a report.
pub(super) fn body(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 5 / 4);
    for block in blocks(markdown) {
        write(&mut out, &block);
    }
    out
}

fn blocks(markdown: &str) -> Vec<Block<'_>> {
    let mut blocks: Vec<Block> = Vec::new();
    // Whether the last block still takes lines: a blank line, a heading or
    // a rule ends it.
    let mut open = false;
    for line in markdown.lines() {
        let last = if open { blocks.last_mut() } else { None };
        if line.is_empty() {
            open = false;
        } else if let Some((level, text)) = heading(line) {
            blocks.push(Block::Heading(level, text));
            open = false;
        } else if line == "---" {
            blocks.push(Block::Rule);
            open = false;
        } else if line.starts_with('|') {
            let cells = cells(line);
            match last {
                Some(Block::Table { rows, right }) => {
                    match alignment(&cells).filter(|_| rows.len() == 1) {
                        Some(alignment) => *right = alignment,
                        None => rows.push(cells),
                    }
                }
                _ => {
                    blocks.push(Block::Table {
                        rows: vec![cells],
                        right: Vec::new(),
                    });
                    open = true;
                }
            }
        } else if let Some((ordered, text)) = list_item(line) {
            match last {
                Some(Block::List { ordered: o, items }) if *o == ordered => items.push(vec![text]),
                _ => {
                    blocks.push(Block::List {
                        ordered,
                        items: vec![vec![text]],
                    });
                    open = true;
                }
            }
        } else {
            match last {
                Some(Block::List { items, .. }) if line.starts_with(' ') => {
                    if let Some(item) = items.last_mut() {
                        item.push(line.trim_start());
                    }
                }
                Some(Block::Paragraph(lines)) => lines.push(line.trim_start()),
                _ => {
                    blocks.push(Block::Paragraph(vec![line.trim_start()]));
                    open = true;
                }
            }
        }
    }
    blocks
}

fn write(out: &mut String, block: &Block) {
    match block {
        Block::Heading(level, text) => {
            out.push_str(&format!("<h{level}>{}</h{level}>\n", inline(text)));
        }
        Block::Paragraph(lines) => {
            out.push_str(&format!("<p>{}</p>\n", joined(lines)));
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            out.push_str(&format!("<{tag}>\n"));
            for item in items {
                out.push_str(&format!("<li>{}</li>\n", joined(item)));
            }
            out.push_str(&format!("</{tag}>\n"));
        }
        Block::Table { rows, right } => {
            out.push_str("<table>\n");
            if let Some((head, body)) = rows.split_first() {
                // A head of its own repeats on every printed page.
                out.push_str("<thead>");
                table_row(out, "th", head, right);
                out.push_str("</thead>\n");
                if !body.is_empty() {
                    out.push_str("<tbody>\n");
                    for row in body {
                        table_row(out, "td", row, right);
                    }
                    out.push_str("</tbody>\n");
                }
            }
            out.push_str("</table>\n");
        }
        Block::Rule => out.push_str("<hr>\n"),
    }
}

fn table_row(out: &mut String, cell: &str, texts: &[String], right: &[bool]) {
    out.push_str("<tr>");
    for (column, text) in texts.iter().enumerate() {
        let class = if right.get(column) == Some(&true) {
            " class=\"kr-num\""
        } else {
            ""
        };
        out.push_str(&format!("<{cell}{class}>{}</{cell}>", inline(text)));
    }
    out.push_str("</tr>\n");
}

/// Lines of one paragraph or list item: each line of the report is a
/// sentence of its own, so it keeps its own line on paper too.
fn joined(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|line| inline(line))
        .collect::<Vec<_>>()
        .join("<br>\n")
}

/// `## Title` as level and text.
fn heading(line: &str) -> Option<(usize, &str)> {
    let text = line.trim_start_matches('#');
    let level = line.len() - text.len();
    let text = text.strip_prefix(' ')?;
    (1..=6).contains(&level).then_some((level, text))
}

/// `- text` or `1. text` as whether it is numbered, and its text.
fn list_item(line: &str) -> Option<(bool, &str)> {
    if let Some(text) = line.strip_prefix("- ") {
        return Some((false, text));
    }
    let text = line.trim_start_matches(|c: char| c.is_ascii_digit());
    if text.len() == line.len() {
        return None;
    }
    text.strip_prefix(". ").map(|text| (true, text))
}

/// The cells of a table row, split at the pipes `esc` left unescaped.
fn cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.strip_prefix('|').unwrap_or(line).chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cell.push(c);
                cell.extend(chars.next());
            }
            '|' => cells.push(std::mem::take(&mut cell).trim().to_owned()),
            _ => cell.push(c),
        }
    }
    // A row need not end in a pipe: text after the last one is a cell too.
    if !cell.trim().is_empty() {
        cells.push(cell.trim().to_owned());
    }
    cells
}

/// An alignment row such as `|---|---:|` as which columns are set right;
/// `None` for a row of text.
fn alignment(cells: &[String]) -> Option<Vec<bool>> {
    cells
        .iter()
        .map(|cell| {
            let dashes = cell.trim_start_matches(':').trim_end_matches(':');
            (!dashes.is_empty() && dashes.bytes().all(|b| b == b'-')).then(|| cell.ends_with(':'))
        })
        .collect()
}

/// One line of Markdown as HTML: escapes made literal, emphasis made
/// elements, every text escaped.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut plain = String::new();
    let (mut strong, mut em) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => plain.extend(chars.next()),
            '*' => {
                out.push_str(&escape(&std::mem::take(&mut plain)));
                let (tag, opens) = if chars.next_if_eq(&'*').is_some() {
                    strong = !strong;
                    ("strong", strong)
                } else {
                    em = !em;
                    ("em", em)
                };
                out.push_str(if opens { "<" } else { "</" });
                out.push_str(tag);
                out.push('>');
            }
            _ => plain.push(c),
        }
    }
    out.push_str(&escape(&plain));
    // `Doc` closes what it opens on the same line; should a text ever end
    // inside an emphasis, the element still closes here.
    if em {
        out.push_str("</em>");
    }
    if strong {
        out.push_str("</strong>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::body;

    #[test]
    fn every_construct_the_report_writes_becomes_its_element() {
        let markdown = "\
# Title \\*1\\*
For: a \\<b\\> \\_c\\_ \\| d
Based on it

## Part
- one *why*
  if so
- **two**: three
1. first \\#2
   detail
   **Do** this
1. second

| Part | Score |
|---|---:|
| D1 a \\| b | 50 |

---
End & \"so\"
";
        assert_eq!(
            body(markdown),
            "\
<h1>Title *1*</h1>
<p>For: a &lt;b&gt; _c_ | d<br>
Based on it</p>
<h2>Part</h2>
<ul>
<li>one <em>why</em><br>
if so</li>
<li><strong>two</strong>: three</li>
</ul>
<ol>
<li>first #2<br>
detail<br>
<strong>Do</strong> this</li>
<li>second</li>
</ol>
<table>
<thead><tr><th>Part</th><th class=\"kr-num\">Score</th></tr>
</thead>
<tbody>
<tr><td>D1 a | b</td><td class=\"kr-num\">50</td></tr>
</tbody>
</table>
<hr>
<p>End &amp; &quot;so&quot;</p>
"
        );
    }

    #[test]
    fn a_list_after_a_line_of_text_starts_its_own_block() {
        assert_eq!(
            body("Caused by:\n- a\n- b\n\nAfter\n1. c\nNot in the list\n"),
            "<p>Caused by:</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n\
             <p>After</p>\n<ol>\n<li>c</li>\n</ol>\n<p>Not in the list</p>\n"
        );
    }
}
