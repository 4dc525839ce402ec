//! The Markdown being written, and how text is made literal in it.

/// The Markdown being written, line by line.
#[derive(Default)]
pub(super) struct Doc {
    pub(super) text: String,
}

impl Doc {
    pub(super) fn line(&mut self, line: String) {
        self.text.push_str(&line);
        self.text.push('\n');
    }

    pub(super) fn blank(&mut self) {
        self.text.push('\n');
    }

    pub(super) fn para(&mut self, text: String) {
        self.line(text);
        self.blank();
    }

    pub(super) fn heading(&mut self, level: usize, text: &str) {
        self.para(format!("{} {}", "#".repeat(level), esc(text)));
    }
}

/// Text as literal Markdown: characters that would format, link or break
/// a table cell are escaped, and line breaks become spaces. Names the user
/// typed pass through here too.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}
