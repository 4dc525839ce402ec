//! The top of the start screen as static HTML, for the standalone page to
//! show while the wasm is still on its way: the title, the introduction and
//! the two ways to start, in the page's language.
//!
//! A phone on a slow network would otherwise show a blank page for seconds.
//! The markup repeats the live start screen's elements and classes (styled
//! by the same stylesheet, linked from `index.html`), so nothing moves when
//! the widget replaces it. Its buttons are disabled: they come alive when
//! the widget mounts. `web/start-page.html` holds the output for Dutch;
//! `tests/start_page.rs` checks it against the content.

use crate::model::content::Content;
use crate::session::html::escape;
use crate::session::texts;

/// The attribute that marks the static start screen, which the widget
/// removes when it mounts.
pub const MARK: &str = "data-kansrijk-static";

/// The static start screen in `lang`.
pub fn html(content: &Content, lang: &str) -> String {
    let t = |key: &str| escape(content.ui(key, lang));
    let languages: String = content
        .languages
        .iter()
        .map(|l| {
            let pressed = if l.code == lang { "true" } else { "false" };
            format!(
                "<button type=\"button\" class=\"kr-lang-button\" lang=\"{code}\" aria-pressed=\"{pressed}\" disabled>{name}</button>",
                code = escape(&l.code),
                name = escape(&l.name),
            )
        })
        .collect();
    let start_button = |kind: &str, title: &str, note: &str| {
        format!(
            "<button type=\"button\" class=\"kr-button kr-{kind} kr-start-button\" disabled>\
             <span class=\"kr-button-title\">{title}</span>\
             <span class=\"kr-button-note\">{note}</span></button>",
            title = t(title),
            note = t(note),
        )
    };
    format!(
        "<main class=\"kr-page\" {MARK}>\
         <div class=\"kansrijk\" lang=\"{lang}\" aria-busy=\"true\">\
         <div class=\"kr-topbar\"><span class=\"kr-brand\">{brand}</span>\
         <div class=\"kr-lang\" role=\"group\" aria-label=\"{lang_label}\">{languages}</div></div>\
         <section class=\"kr-start\">\
         <h1 class=\"kr-title\">{title}</h1>\
         <p class=\"kr-lead\">{intro}</p>\
         <div class=\"kr-start-actions\">{quick}{full}</div>\
         <p class=\"kr-privacy\"><svg class=\"kr-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\">\
         <path d=\"{LOCK_PATH}\"/></svg><span>{privacy}</span></p>\
         </section></div></main>\n",
        lang = escape(lang),
        brand = t(texts::APP_NAME),
        lang_label = t(texts::LANGUAGE_LABEL),
        title = t(texts::START_TITLE),
        intro = t(texts::START_INTRO),
        quick = start_button("primary", texts::START_QUICK, texts::START_QUICK_TIME),
        full = start_button("secondary", texts::START_FULL, texts::START_FULL_TIME),
        privacy = t(texts::START_PRIVACY),
    )
}

/// The padlock before the privacy line, shared with the live screen.
pub const LOCK_PATH: &str = "M7 10V7a5 5 0 0 1 10 0v3h1.5A1.5 1.5 0 0 1 20 11.5v9a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 20.5v-9A1.5 1.5 0 0 1 5.5 10zm2 0h6V7a3 3 0 0 0-6 0z";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::Text;

    #[test]
    fn texts_are_escaped() {
        let mut content = Content::builtin().expect("content loads");
        content.ui.insert(
            texts::START_TITLE.to_owned(),
            Text::from_pairs(&[("nl", "<b>&\"</b>")]),
        );
        let page = html(&content, "nl");
        assert!(page.contains("<h1 class=\"kr-title\">&lt;b&gt;&amp;&quot;&lt;/b&gt;</h1>"));
    }
}
