//! The static start screen in `index.html` (`web/start-page.html`) is the
//! content's, in the page's language.
#![cfg(not(target_arch = "wasm32"))]

use kansrijk::model::content::Content;
use kansrijk::session::start_page::{html, MARK};
use kansrijk::session::texts;

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/web/start-page.html");
/// The language of `index.html` (`<html lang="nl">`).
const PAGE_LANG: &str = "nl";

/// Fails when the shipped file lags behind the content. With
/// `KANSRIJK_WRITE_START_PAGE=1` it writes the file instead.
#[test]
fn the_shipped_start_page_is_the_contents() {
    let content = Content::builtin().expect("content loads");
    let wanted = html(&content, PAGE_LANG);
    if std::env::var_os("KANSRIJK_WRITE_START_PAGE").is_some() {
        std::fs::write(FILE, &wanted).expect("web/start-page.html is writable");
    }
    let shipped = std::fs::read_to_string(FILE).unwrap_or_default();
    assert!(
        shipped == wanted,
        "web/start-page.html is out of date with the content: run \
         KANSRIJK_WRITE_START_PAGE=1 cargo test --test start_page"
    );
}

#[test]
fn it_says_what_the_live_start_screen_says() {
    let content = Content::builtin().expect("content loads");
    for lang in ["nl", "en"] {
        let page = html(&content, lang);
        for key in [
            texts::START_TITLE,
            texts::START_QUICK,
            texts::START_QUICK_TIME,
            texts::START_FULL,
            texts::START_FULL_TIME,
        ] {
            let text = content.ui(key, lang);
            assert!(page.contains(text), "{lang}: {key} is missing");
        }
        assert!(page.contains(&format!("lang=\"{lang}\" aria-busy=\"true\"")));
        assert!(page.contains(MARK), "the widget finds it by its mark");
        // Every button waits for the widget.
        assert_eq!(
            page.matches("<button").count(),
            page.matches(" disabled>").count()
        );
        assert_eq!(
            page.matches("aria-pressed=\"true\"").count(),
            1,
            "{lang}: one language is shown as chosen"
        );
    }
}
