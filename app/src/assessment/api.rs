//! What the self-assessment's pages and server functions exchange.
use crate::domain::eligibility::answers::Settings;
use crate::domain::eligibility::rates::DiscountRate;
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

    /// The form and JSON name (serde's), e.g. `legal_form`.
    pub fn code(self) -> &'static str {
        match self {
            Self::LegalForm => "legal_form",
            Self::Purpose => "purpose",
            Self::Commercial => "commercial",
            Self::Independence => "independence",
            Self::Governance => "governance",
            Self::Profit => "profit",
        }
    }

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

/// The wizard's address for a step of the draft behind `token`.
pub fn step_href(token: &str, step: Step) -> String {
    format!("/assessment/{token}/{}", step.slug())
}

/// The result page: the stable link the entrepreneur keeps or sends to the municipality.
pub fn result_href(token: &str) -> String {
    format!("/assessment/{token}/result")
}

/// Which button saved the step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Go {
    /// On to the next step (or the result after the last), unless the step has errors.
    #[default]
    Next,
    Back,
    /// Stay on the step: the calculator's button without JavaScript.
    Stay,
    Result,
}

/// Everything the wizard's pages need: the draft as typed, and what the rules need besides
/// the answers. The pages run the pure rules on it, in the browser and on the server alike.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessmentData {
    pub draft: DraftAnswers,
    pub rates: Vec<DiscountRate>,
    pub settings: Settings,
    /// Scheme and host the links are shown with, e.g. `https://socialokonomi.example.dk`.
    pub site_url: String,
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
        for step in Step::ALL {
            assert_eq!(
                serde_json::to_value(step).unwrap(),
                serde_json::Value::from(step.code())
            );
        }
    }
}

/// What another feature keeps of an attached self-assessment (`saved_draft_snapshot`):
/// drafts are deleted after a while, the verdicts and the link to the result stay.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub overall: crate::domain::eligibility::evaluate::Overall,
    pub criteria: Vec<SnapshotCriterion>,
    pub result_url: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotCriterion {
    pub id: crate::domain::eligibility::evaluate::CriterionId,
    pub status: crate::domain::eligibility::evaluate::Status,
}
