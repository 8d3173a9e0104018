//! Why a criterion has its status, as data: which reason, with the figures behind it. The
//! rules decide; turning a reason into Danish or English text is presentation and happens
//! outside the domain (`assessment::reason_text`).
use super::answers::Aim;
use super::money::{Dkk, Percent};
use crate::domain::company::LegalForm;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The section was not answered.
    MissingAnswer,
    FormNotLegalPerson {
        form: LegalForm,
    },
    /// An I/S: the authority decides.
    FormIs,
    FormEligible {
        form: LegalForm,
    },
    PurposeOther,
    PurposeNotInStatutes,
    PurposeMet {
        aim: Aim,
    },
    CommercialNoSales,
    CommercialSalesAboveTotal {
        sales: Dkk,
        total: Dkk,
    },
    CommercialShareLow {
        share: Percent,
        guidance: Percent,
    },
    CommercialShareMet {
        share: Percent,
        sales: Dkk,
        total: Dkk,
    },
    PublicOwnership {
        pct: Percent,
    },
    PublicBoard {
        pct: Percent,
    },
    PublicVotes {
        pct: Percent,
    },
    PublicControlOtherwise,
    IndependenceMet,
    /// Public customers and grants do not make an enterprise dependent.
    PublicCustomersFine,
    GovernanceNobody,
    GovernanceNoGuidelines,
    GovernanceMet {
        /// How many different groups of stakeholders are involved.
        groups: usize,
    },
    NoDividend,
    DividendLossYear {
        dividend: Dkk,
    },
    DividendNoCapital {
        dividend: Dkk,
    },
    ReturnAboveCap {
        figures: ReturnFigures,
        max: Dkk,
    },
    PayoutAboveCap {
        payout: Percent,
        cap: Percent,
        max: Dkk,
    },
    /// No discount rate is known for the day the dividend was decided.
    RateUnknown {
        date: NaiveDate,
    },
    DividendWithinLimits {
        figures: ReturnFigures,
        payout: Percent,
        headroom: Dkk,
    },
    /// Staying under both caps is necessary, not a safe harbour.
    NotASafeHarbour,
    EarlierYearBreach {
        date: NaiveDate,
        max: Dkk,
    },
    LifetimeWithin {
        total: Dkk,
        lawful: Dkk,
    },
    LifetimeAbove {
        total: Dkk,
        lawful: Dkk,
    },
}

/// The return on paid-in capital, its cap, and the discount-rate row behind the cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnFigures {
    pub return_pct: Percent,
    pub cap: Percent,
    pub rate: Percent,
    /// The day the rate took effect (the decision day when no rate is known).
    pub rate_from: NaiveDate,
}
