//! The request body of `POST /api/v1/eligibility` as sent: serde refuses unknown fields and
//! wrong types (with the field's path); everything else is read into the rules' one input.
//! Amounts are DKK as JSON numbers; percentages as numbers; dates as text.
use super::super::schema;
use app::domain::company::LegalForm;
use app::domain::eligibility::{Aim, Stakeholder};
use serde::Deserialize;
use serde_json::Number;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
/// Every section is optional; a missing one makes its criterion needs_review.
#[serde(deny_unknown_fields)]
#[schema(as = EligibilityRequest)]
pub(crate) struct RequestV1 {
    #[schema(schema_with = schema::optional_legal_form)]
    pub legal_form: Option<LegalForm>,
    pub purpose: Option<PurposeV1>,
    pub commercial: Option<CommercialV1>,
    pub independence: Option<IndependenceV1>,
    pub governance: Option<GovernanceV1>,
    pub profit: Option<ProfitV1>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PurposeV1 {
    #[schema(schema_with = schema::aim)]
    pub primary_aim: Aim,
    /// Written in the statutes, founding document or owners' agreement.
    pub in_statutes: bool,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CommercialV1 {
    /// Revenue from selling goods and services; not above `total_revenue` (a 422 with
    /// code `above_total` says so, a rule between two fields a schema cannot state).
    #[schema(schema_with = schema::amount)]
    pub sales_revenue: Number,
    #[schema(schema_with = schema::amount)]
    pub total_revenue: Number,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct IndependenceV1 {
    #[schema(schema_with = schema::percentage)]
    pub public_ownership_pct: Number,
    #[schema(schema_with = schema::percentage)]
    pub public_appointed_board_pct: Number,
    #[schema(schema_with = schema::percentage)]
    pub public_votes_pct: Number,
    pub public_control_otherwise: bool,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct GovernanceV1 {
    #[schema(schema_with = schema::stakeholders)]
    pub involves: Vec<Stakeholder>,
    pub ethical_guidelines: bool,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProfitV1 {
    #[schema(schema_with = schema::amount)]
    pub paid_in_capital: Number,
    #[schema(schema_with = schema::signed_amount)]
    pub profit_after_tax: Number,
    #[schema(schema_with = schema::amount)]
    pub dividend: Number,
    /// The day the dividend is decided; the discount rate in force then applies.
    #[schema(schema_with = schema::date)]
    pub decided_on: String,
    /// Earlier years on the same paid-in capital, each tested at the rate in force when
    /// its dividend was decided; the total paid out is compared with paid-in capital plus
    /// each year's lawful return.
    #[serde(default)]
    #[schema(max_items = 50)]
    pub earlier_years: Vec<EarlierYearV1>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct EarlierYearV1 {
    #[schema(schema_with = schema::signed_amount)]
    pub profit_after_tax: Number,
    #[schema(schema_with = schema::amount)]
    pub dividend: Number,
    /// The day the dividend is decided; the discount rate in force then applies.
    #[schema(schema_with = schema::date)]
    pub decided_on: String,
}
