//! A self-contained HTML page: the frame of every printable file the app
//! writes (the report, the paper questionnaire, the tally sheet).
//!
//! The page carries its own style and a Content Security Policy that
//! forbids every fetch, so a file opened from a laptop's downloads folder
//! makes no request, even when a text in it held markup (it cannot: every
//! text passes through [`escape`]).

/// The style every page shares: readable on screen, plain on paper.
const BASE_STYLE: &str = "\
body{font:16px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1b1b;max-width:48rem;margin:1.5rem auto;padding:0 1rem}\
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{font-size:1.25rem;margin:1.6rem 0 .5rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #888;padding:.3rem .45rem;text-align:left;vertical-align:top}\
th{background:#eee}.kr-muted{color:#555;font-size:.9rem}\
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}h2,h3{break-after:avoid}tr,li{break-inside:avoid}.kr-page{break-before:page}}";

/// Forbids every request: styles are inline, there are no scripts, images
/// or fonts to fetch.
const NO_REQUESTS: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// Text made literal in HTML, for element content and quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A whole page in `lang`: `title` is plain text (escaped here), `style` is
/// added to the shared style, `body` is HTML the caller built with
/// [`escape`]d text.
pub fn page(lang: &str, title: &str, style: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{NO_REQUESTS}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{BASE_STYLE}{style}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        lang = escape(lang),
        title = escape(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_stays_text() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }

    #[test]
    fn a_page_forbids_every_request_and_names_its_language() {
        let html = page("nl", "Titel <b>", "", "<p>x</p>");
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<html lang=\"nl\">"));
        assert!(html.contains("default-src 'none'"));
        assert!(html.contains("<title>Titel &lt;b&gt;</title>"));
        assert!(!html.contains("src="), "nothing is loaded");
    }
}
