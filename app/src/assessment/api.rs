//! What the self-assessment's pages and server functions exchange.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The wizard's steps, in order: one per criterion, the dividend calculator last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    LegalForm,
    Purpose,
    Commercial,
    Independence,
    Governance,
    Profit,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Self::LegalForm,
        Self::Purpose,
        Self::Commercial,
        Self::Independence,
        Self::Governance,
        Self::Profit,
    ];

    /// The step's part of the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Self::LegalForm => "legal-form",
            Self::Purpose => "purpose",
            Self::Commercial => "commercial",
            Self::Independence => "independence",
            Self::Governance => "governance",
            Self::Profit => "profit",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// 1-based, for "step 3 of 6".
    pub fn number(self) -> usize {
        Self::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i + 1)
    }

    pub fn next(self) -> Option<Self> {
        Self::ALL.get(self.number()).copied()
    }

    pub fn previous(self) -> Option<Self> {
        self.number().checked_sub(2).map(|i| Self::ALL[i])
    }
}

/// Limits on what a draft keeps: a step has a handful of fields of short values.
pub const MAX_FIELDS_PER_STEP: usize = 16;
pub const MAX_VALUE_CHARS: usize = 200;

/// The values as typed, per step: kept even when invalid, so nothing typed is lost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftAnswers {
    pub steps: BTreeMap<Step, BTreeMap<String, String>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_run_in_order_with_slugs_that_round_trip() {
        assert_eq!(Step::LegalForm.number(), 1);
        assert_eq!(Step::Profit.number(), 6);
        assert_eq!(Step::LegalForm.previous(), None);
        assert_eq!(Step::LegalForm.next(), Some(Step::Purpose));
        assert_eq!(Step::Profit.next(), None);
        assert_eq!(Step::Profit.previous(), Some(Step::Governance));
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        assert_eq!(Step::from_slug("../etc"), None);
    }
}
