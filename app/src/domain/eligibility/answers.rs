//! What the entrepreneur answers, one section per criterion. Every section is optional: a
//! missing one makes its criterion "needs review", never a crash.
use super::dividend::{DividendInput, EarlierYear};
use super::money::{Dkk, Percent};
use crate::domain::company::{LegalForm, Purpose};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    pub legal_form: Option<LegalForm>,
    pub purpose: Option<PurposeAnswers>,
    pub commercial: Option<CommercialAnswers>,
    pub independence: Option<IndependenceAnswers>,
    pub governance: Option<GovernanceAnswers>,
    pub profit: Option<DividendInput>,
    /// Optional: dividends of earlier years, on the same paid-in capital.
    #[serde(default)]
    pub earlier_years: Vec<EarlierYear>,
}

/// The primary aim; `Other` is anything outside the five the Act names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aim {
    Social,
    Employment,
    Health,
    Environmental,
    Cultural,
    Other,
}

impl Aim {
    /// Every value, for the API's document.
    pub const ALL: [Aim; 6] = [
        Aim::Social,
        Aim::Employment,
        Aim::Health,
        Aim::Environmental,
        Aim::Cultural,
        Aim::Other,
    ];

    /// The Act's purpose this aim names; `None` for `Other`.
    pub fn purpose(self) -> Option<Purpose> {
        match self {
            Aim::Social => Some(Purpose::Social),
            Aim::Employment => Some(Purpose::Employment),
            Aim::Health => Some(Purpose::Health),
            Aim::Environmental => Some(Purpose::Environmental),
            Aim::Cultural => Some(Purpose::Cultural),
            Aim::Other => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurposeAnswers {
    pub primary_aim: Aim,
    /// Written in the statutes, or, without statutes, the founding document or an owners'
    /// agreement.
    pub in_statutes: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommercialAnswers {
    /// Sales of goods and services in the last financial year.
    pub sales_revenue: Dkk,
    /// All revenue, grants and donations included.
    pub total_revenue: Dkk,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndependenceAnswers {
    /// Share owned by municipalities, regions, the state or companies they own.
    pub public_ownership_pct: Percent,
    /// Share of the management body the public appoints.
    pub public_appointed_board_pct: Percent,
    /// Share of the votes the public controls.
    pub public_votes_pct: Percent,
    /// Any other public power to control finances or operations.
    pub public_control_otherwise: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stakeholder {
    Employees,
    Customers,
    Partners,
    Users,
    Volunteers,
    LocalCommunity,
}

impl Stakeholder {
    /// Every value, for the API's document.
    pub const ALL: [Stakeholder; 6] = [
        Stakeholder::Employees,
        Stakeholder::Customers,
        Stakeholder::Partners,
        Stakeholder::Users,
        Stakeholder::Volunteers,
        Stakeholder::LocalCommunity,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GovernanceAnswers {
    pub involves: Vec<Stakeholder>,
    pub ethical_guidelines: bool,
}

/// Settings staff can change. The commercial-share threshold is guidance, not law: no
/// official percentage exists (DOMAIN.md).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub commercial_share_guidance: Percent,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            commercial_share_guidance: Percent::from_points(10),
        }
    }
}
