//! The assessment content: dimensions, items, flags and sources, read from
//! the data files in `content/`.
//!
//! The build script merges those TOML files into one JSON document that is
//! compiled into the binary, so the app needs no TOML parser and no network.

use super::condition::Condition;
use super::text::Text;
use super::verdict::Level;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const BUILTIN: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

/// Everything the assessment asks, scores and explains.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// Recorded with every saved or shared answer set, so that answers given
    /// to an older version are recognised.
    pub version: String,
    pub languages: Vec<Language>,
    #[serde(default)]
    pub migrations: Vec<Migration>,
    pub sources: Vec<Source>,
    pub classification: Vec<Question>,
    pub models: Vec<PartnershipModel>,
    pub dimensions: Vec<Dimension>,
    pub items: Vec<Item>,
    pub flags: Vec<Flag>,
    /// Judgement rules: what a flag does in a given phase or form.
    #[serde(default)]
    pub rules: Vec<Rule>,
    pub verdict: VerdictRules,
    /// The layouts of older content versions, so their compact answer codes
    /// can still be read.
    #[serde(default)]
    pub layouts: Vec<VersionLayout>,
    pub ui: BTreeMap<String, Text>,
}

/// A language the content is written in.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub code: String,
    /// The language's name in that language, for the language switch.
    pub name: String,
}

/// How answers saved under an older content version map onto this one.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Migration {
    pub from: String,
    /// Items whose id changed: old id to new id.
    #[serde(default)]
    pub renamed: BTreeMap<String, String>,
    /// Items that no longer exist; their answers are reported, not kept.
    #[serde(default)]
    pub removed: Vec<String>,
    /// Items that asked several things at once, now asked apart: old id to
    /// the new ids. An agreeing answer held for every part and is kept for
    /// each; any other answer is reported as one to give again.
    #[serde(default)]
    pub split: BTreeMap<String, Vec<String>>,
    /// Items whose question now asks for a status instead of agreement.
    #[serde(default)]
    pub to_status: Vec<String>,
}

/// How an older content version laid out its items and choices, which is
/// what its compact answer codes refer to by position.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionLayout {
    pub version: String,
    /// Item ids in that version's order.
    pub items: Vec<String>,
    /// The items among them that were status questions; the others were
    /// agreement statements.
    #[serde(default)]
    pub status: Vec<String>,
    pub classification: Vec<QuestionLayout>,
}

/// One classification question of an older version: its choices in order.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionLayout {
    pub id: String,
    pub multiple: bool,
    pub choices: Vec<String>,
}

/// One of the research reports the assessment rests on.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// How the report is cited in running text, e.g. "CCV 2012".
    pub short: String,
    pub title: Text,
    pub publisher: Text,
    pub year: String,
}

/// A reference to a section of a report.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub source: String,
    /// The section heading as the report spells it.
    pub section: String,
}

/// What a classification question is used for by the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionRole {
    /// Switches items on or off and weighs dimensions; nothing more.
    Context,
    /// The respondent's side (public, private, civil society).
    Side,
    /// The phase the partnership is in.
    Phase,
    /// A situation feature of the model-choice table: each choice points at
    /// the partnership model it fits.
    Situation,
    /// The form the initiators intend: each choice names a model.
    IntendedModel,
}

/// A classification question, asked before the scored items and never scored.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub role: QuestionRole,
    pub text: Text,
    #[serde(default)]
    pub help: Option<Text>,
    /// Whether several choices may be ticked.
    #[serde(default)]
    pub multiple: bool,
    pub choices: Vec<Choice>,
    /// The choice assumed while the question is unanswered, so conditions
    /// stay on the safe side (an unanswered "personal data?" counts as
    /// "don't know", which shows the privacy items).
    pub default: String,
    pub sources: Vec<Citation>,
}

/// One answer option of a classification question.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: Text,
    /// The partnership model this choice points at (situation and intended
    /// model questions only).
    #[serde(default)]
    pub model: Option<String>,
    /// Several models this choice points at, each with half a vote.
    #[serde(default)]
    pub models: Vec<String>,
    /// What this situation means for the form of the partnership; shown when
    /// the intended form is not among the models it points at.
    #[serde(default)]
    pub note: Option<Text>,
}

impl Choice {
    /// Every model this choice points at.
    pub fn points_at(&self) -> impl Iterator<Item = &str> {
        self.model
            .iter()
            .chain(self.models.iter())
            .map(String::as_str)
    }
}

/// A form of partnership from the CCV report's typology.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnershipModel {
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// What tends to go wrong when this model is chosen against the
    /// situation.
    pub mismatch: Text,
    pub sources: Vec<Citation>,
}

/// Whose gaps a dimension measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The partnership as a whole.
    #[default]
    Partnership,
    /// The respondent's own organisation: its gaps are its own to fix.
    Own,
}

/// A group of items that together measure one condition for success.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    /// Short label such as "D1", stable across versions.
    pub code: String,
    pub title: Text,
    pub description: Text,
    pub weight: f64,
    #[serde(default)]
    pub scope: Scope,
    /// Frameworks of the reports this dimension covers, such as
    /// `wodc:culture` or `eucpn:formation`.
    pub frameworks: Vec<String>,
    /// Extra weight in some situations, such as rule of law where police
    /// tasks are involved.
    #[serde(default)]
    pub weight_rules: Vec<WeightRule>,
    pub sources: Vec<Citation>,
}

/// Multiplies a dimension's weight when a condition holds.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeightRule {
    pub when: Condition,
    pub factor: f64,
}

/// How an item is answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// A statement on the five-point agreement scale.
    #[default]
    Agreement,
    /// A question whether something is in place, not yet, or absent: for
    /// prerequisites, where "not yet" and "checked and missing" differ.
    Status,
}

impl Item {
    /// The scale's name as the page and the tests see it.
    pub fn scale_id(&self) -> &'static str {
        match self.scale {
            Scale::Agreement => "agreement",
            Scale::Status => "status",
        }
    }
}

/// The labels of a status question's three answers, in the item's words.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusLabels {
    pub in_place: Text,
    pub not_yet: Text,
    pub absent: Text,
}

/// A statement or status question the respondent answers.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub dimension: String,
    #[serde(default)]
    pub scale: Scale,
    pub text: Text,
    /// The answers of a status question.
    #[serde(default)]
    pub states: Option<StatusLabels>,
    /// Offered as an answer when the item can fail to apply; the label says
    /// when.
    #[serde(default)]
    pub not_applicable: Option<Text>,
    /// Why the factor matters, for the expandable help.
    pub why: Text,
    /// What to do when the item scores low.
    pub recommendation: Text,
    pub sources: Vec<Citation>,
    /// Relative importance within its dimension, 1 to 3.
    pub weight: u8,
    /// Whether agreement is the bad answer (agreement statements only).
    #[serde(default)]
    pub reverse: bool,
    /// Part of the quick scan.
    #[serde(default)]
    pub quick: bool,
    /// Shown only when the classification meets this condition.
    #[serde(default)]
    pub when: Option<Condition>,
}

/// A non-compensatory warning: once raised it caps the verdict, whatever the
/// other answers are.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    pub id: String,
    pub title: Text,
    /// Why this cannot be averaged away.
    pub explanation: Text,
    pub recommendation: Text,
    /// The flag applies only in this situation.
    #[serde(default)]
    pub when: Option<Condition>,
    /// Raised when any of these items scores at or below `at_most` (on the
    /// 0-100 scale, after reversal).
    pub items: Vec<String>,
    pub at_most: f64,
    /// The highest verdict possible while the flag is raised.
    pub cap: Level,
    /// What to say when a status trigger is "not yet": the flag is then a
    /// point to settle, not a defect.
    #[serde(default)]
    pub pending: Option<PendingText>,
    pub sources: Vec<Citation>,
}

/// The texts of a flag whose trigger is not yet arranged.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PendingText {
    pub title: Text,
    pub explanation: Text,
    pub recommendation: Text,
}

/// What a judgement rule does to its flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// The flag caps nothing; when raised it is a point to settle.
    Settle,
    /// The flag and its trigger items do not apply.
    Waive,
    /// The flag caps at the rule's `cap` instead of its own.
    Cap,
}

/// A judgement rule: in a situation (a phase, a form, a feature of the
/// problem), some flags count differently. Written in the content with its
/// source, so the reasoning is reviewed with the rest.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub when: Condition,
    pub flags: Vec<String>,
    pub effect: Effect,
    /// The cap of an `effect = "cap"` rule.
    #[serde(default)]
    pub cap: Option<Level>,
    /// The rule in words, shown with the result it shapes.
    pub because: Text,
    /// Advice that replaces the flag's own recommendation under this rule.
    #[serde(default)]
    pub advice: Option<Text>,
    pub sources: Vec<Citation>,
}

/// Thresholds of the verdict, on the 0-100 scale.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictRules {
    /// The overall score at least this for "promising".
    pub promising_from: f64,
    /// An overall score below this gives "not yet promising".
    pub not_yet_below: f64,
    /// No dimension below this for "promising".
    pub part_floor: f64,
    /// Share of the core statements' applicable weight that must be known
    /// for a verdict.
    pub certainty_from: f64,
    /// The score an item is lifted to when the model looks for the smallest
    /// change that lifts the verdict.
    pub lift_to: f64,
    /// Phases in which what is "not yet" arranged is a point to settle: not
    /// scored, capping nothing.
    pub settle_phases: Vec<String>,
    /// The score of a "not yet" answer outside those phases.
    pub not_yet_score: f64,
    /// The cap of a flag whose trigger is "not yet" outside those phases.
    pub pending_cap: Level,
    pub sources: Vec<Citation>,
}

/// Why the content could not be read.
#[derive(Debug)]
pub struct ContentError(pub String);

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "content could not be read: {}", self.0)
    }
}

impl std::error::Error for ContentError {}

impl Content {
    /// The content compiled into this build.
    pub fn builtin() -> Result<Self, ContentError> {
        Self::from_json(BUILTIN)
    }

    pub fn from_json(json: &str) -> Result<Self, ContentError> {
        serde_json::from_str(json).map_err(|e| ContentError(e.to_string()))
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.classification.iter().find(|q| q.id == id)
    }

    pub fn question_with_role(&self, role: QuestionRole) -> Option<&Question> {
        self.classification.iter().find(|q| q.role == role)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn model(&self, id: &str) -> Option<&PartnershipModel> {
        self.models.iter().find(|m| m.id == id)
    }

    pub fn flag(&self, id: &str) -> Option<&Flag> {
        self.flags.iter().find(|f| f.id == id)
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// The layout of an older content version, if this build knows it.
    pub fn layout(&self, version: &str) -> Option<&VersionLayout> {
        self.layouts.iter().find(|l| l.version == version)
    }

    /// The items of a dimension, in content order.
    pub fn items_of<'a>(&'a self, dimension: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items.iter().filter(move |i| i.dimension == dimension)
    }

    /// A text of the user interface; the key itself when it is missing, so a
    /// gap shows up on screen instead of as an empty label.
    pub fn ui<'a>(&'a self, key: &'a str, lang: &str) -> &'a str {
        self.ui.get(key).map(|t| t.get(lang)).unwrap_or(key)
    }
}
