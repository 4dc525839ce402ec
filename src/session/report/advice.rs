//! The report's close: recommendations per scope with their sources, the
//! form of partnership that fits, and the research behind it all.

use super::doc::esc;
use super::phrases::{citations, fit_lines, no_recommendation, part_title};
use super::{Writer, TOP_RECOMMENDATIONS};
use crate::model::content::Scope;
use crate::model::recommendation::recommendations;
use crate::session::texts::{self, fill};

impl Writer<'_> {
    /// Recommendations per scope, each with its sources.
    pub(super) fn recommendations(&mut self) {
        let (content, response, lang) = (self.content, self.response, self.lang);
        let t = |key| content.ui(key, lang);
        let out = &mut self.out;
        out.heading(2, t(texts::RECS_HEADING));
        out.para(esc(t(texts::RECS_INTRO)));
        let all = recommendations(content, response);
        for (scope, key) in [
            (Scope::Own, texts::RECS_OWN),
            (Scope::Partnership, texts::RECS_PARTNERSHIP),
        ] {
            out.heading(3, t(key));
            let top: Vec<_> = all
                .iter()
                .filter(|r| r.scope == scope)
                .take(TOP_RECOMMENDATIONS)
                .collect();
            if top.is_empty() {
                out.para(esc(&no_recommendation(content, response, lang, scope)));
                continue;
            }
            for rec in top {
                let Some(item) = content.item(&rec.item) else {
                    continue;
                };
                out.line(format!("1. **{}**", esc(item.recommendation.get(lang))));
                let about = fill(
                    t(texts::RECS_ABOUT),
                    &[
                        ("part", &part_title(content, lang, &rec.dimension)),
                        ("statement", item.text.get(lang)),
                    ],
                );
                out.line(format!("   {}", esc(&about)));
                out.line(format!(
                    "   {} {}",
                    esc(t(texts::SOURCES_LABEL)),
                    esc(&citations(content, &item.sources))
                ));
            }
            out.blank();
        }
    }

    /// Which form fits.
    pub(super) fn fit(&mut self) {
        let (content, response, lang) = (self.content, self.response, self.lang);
        let t = |key| content.ui(key, lang);
        let out = &mut self.out;
        out.heading(2, t(texts::FIT_HEADING));
        for line in fit_lines(content, response, lang) {
            out.para(esc(&line));
        }
    }

    /// The research behind it all, and what the verdict is not.
    pub(super) fn sources(&mut self) {
        let (content, lang) = (self.content, self.lang);
        let t = |key| content.ui(key, lang);
        let out = &mut self.out;
        out.heading(2, t(texts::SOURCES_HEADING));
        for s in &content.sources {
            out.line(format!(
                "- **{}**: {} ({}, {})",
                esc(&s.short),
                esc(s.title.get(lang)),
                esc(s.publisher.get(lang)),
                esc(&s.year)
            ));
        }
        out.blank();
        out.line("---".to_owned());
        out.line(esc(t(texts::VERDICT_DISCLAIMER)));
    }
}
