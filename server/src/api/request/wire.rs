//! The request body of `POST /api/v1/eligibility` as sent: serde refuses unknown fields and
//! wrong types (with the field's path); everything else is read into the rules' one input.
//! Amounts are DKK as JSON numbers; percentages as numbers; dates as text.
use app::domain::company::LegalForm;
use app::domain::eligibility::{Aim, Stakeholder};
use serde::Deserialize;
use serde_json::Number;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RequestV1 {
    pub legal_form: Option<LegalForm>,
    pub purpose: Option<PurposeV1>,
    pub commercial: Option<CommercialV1>,
    pub independence: Option<IndependenceV1>,
    pub governance: Option<GovernanceV1>,
    pub profit: Option<ProfitV1>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PurposeV1 {
    pub primary_aim: Aim,
    pub in_statutes: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CommercialV1 {
    pub sales_revenue: Number,
    pub total_revenue: Number,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct IndependenceV1 {
    pub public_ownership_pct: Number,
    pub public_appointed_board_pct: Number,
    pub public_votes_pct: Number,
    pub public_control_otherwise: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GovernanceV1 {
    pub involves: Vec<Stakeholder>,
    pub ethical_guidelines: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProfitV1 {
    pub paid_in_capital: Number,
    pub profit_after_tax: Number,
    pub dividend: Number,
    pub decided_on: String,
    #[serde(default)]
    pub earlier_years: Vec<EarlierYearV1>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EarlierYearV1 {
    pub profit_after_tax: Number,
    pub dividend: Number,
    pub decided_on: String,
}
