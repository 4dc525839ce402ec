//! What the classification answers decide for the judgement: whether the
//! partnership is still forming, which form applies, and what the judgement
//! rules of the content do to each flag here.

use super::condition::Condition;
use super::content::{Content, Effect, Item, Rule};
use super::model_fit::ModelFit;
use super::response::Classification;
use super::verdict::Level;
use std::collections::{BTreeMap, BTreeSet};

/// What the rules that apply here do to one flag.
#[derive(Clone, Debug)]
pub struct FlagRule<'c> {
    pub effect: Effect,
    /// The cap an `effect = "cap"` rule sets.
    pub cap: Option<Level>,
    /// Every rule that applies to the flag here, in content order.
    pub rules: Vec<&'c Rule>,
}

/// The judgement context of one respondent, computed once from the
/// classification.
#[derive(Clone, Debug)]
pub struct Situation<'c> {
    /// The phase is one in which "not yet" is a point to settle.
    pub forming: bool,
    pub fit: ModelFit,
    flag_rules: BTreeMap<&'c str, FlagRule<'c>>,
    /// Items that do not apply because a rule waives their flag.
    waived: BTreeSet<&'c str>,
}

impl<'c> Situation<'c> {
    pub fn of(content: &'c Content, classification: &Classification) -> Situation<'c> {
        let fit = ModelFit::of(content, classification);
        let phase = content
            .question_with_role(super::content::QuestionRole::Phase)
            .and_then(|q| {
                classification
                    .get(&q.id)
                    .and_then(|c| c.first())
                    .or(Some(&q.default))
            });
        let forming = phase.is_some_and(|p| content.verdict.settle_phases.contains(p));
        let mut flag_rules: BTreeMap<&str, FlagRule> = BTreeMap::new();
        for rule in content
            .rules
            .iter()
            .filter(|r| r.when.holds_with(content, classification, &fit))
        {
            for flag in &rule.flags {
                let entry = flag_rules.entry(flag.as_str()).or_insert(FlagRule {
                    effect: rule.effect,
                    cap: rule.cap,
                    rules: Vec::new(),
                });
                // A waiver outweighs settling, and settling outweighs a
                // different cap: the milder reading of the situation wins
                // only where a rule says the flag does not count at all.
                if precedence(rule.effect) > precedence(entry.effect) {
                    entry.effect = rule.effect;
                    entry.cap = rule.cap;
                }
                entry.rules.push(rule);
            }
        }
        let waived = content
            .flags
            .iter()
            .filter(|f| {
                flag_rules
                    .get(f.id.as_str())
                    .is_some_and(|r| r.effect == Effect::Waive)
            })
            .flat_map(|f| f.items.iter().map(String::as_str))
            .collect();
        Situation {
            forming,
            fit,
            flag_rules,
            waived,
        }
    }

    /// What the rules do to a flag here, if anything.
    pub fn rule(&self, flag: &str) -> Option<&FlagRule<'c>> {
        self.flag_rules.get(flag)
    }

    /// Whether `item` applies in this situation: its own condition holds and
    /// no rule waives it.
    pub fn item_applies(
        &self,
        content: &Content,
        classification: &Classification,
        item: &Item,
    ) -> bool {
        !self.waived.contains(item.id.as_str())
            && item
                .when
                .as_ref()
                .is_none_or(|c| self.holds(content, classification, c))
    }

    /// Whether a condition holds here, with the form already worked out.
    pub fn holds(
        &self,
        content: &Content,
        classification: &Classification,
        condition: &Condition,
    ) -> bool {
        condition.holds_with(content, classification, &self.fit)
    }
}

fn precedence(effect: Effect) -> u8 {
    match effect {
        Effect::Cap => 0,
        Effect::Settle => 1,
        Effect::Waive => 2,
    }
}
