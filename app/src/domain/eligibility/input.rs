//! The eligibility answers as read, before the rules: one input for every way in. The wizard
//! reads typed Danish text into it, the JSON API reads a request into it; `check` (in
//! `check.rs`) then applies the Act's input rules once for both. Each reader only knows its
//! own format; what a value may be is decided here, and each reader turns an
//! [`InputError`] into its own message or code.
use super::answers::{Aim, Stakeholder};
use super::money::{Dkk, NumberError, Percent};
use crate::domain::company::LegalForm;
use chrono::NaiveDate;

/// One value as a reader found it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Given<T> {
    /// Left empty (a form field; a JSON request cannot leave out a field of a section).
    Missing,
    /// Not a value of its kind: not a number, a date or one of the choices.
    Unreadable,
    /// A number with more decimals than its kind takes.
    TooManyDecimals,
    /// A number too large to be read at all.
    TooLarge,
    Value(T),
}

impl<T> Given<T> {
    /// A number as `Dkk::parse`, `Dkk::parse_plain` or `Percent::parse` read it.
    pub fn number(read: Result<T, NumberError>) -> Self {
        match read {
            Ok(value) => Given::Value(value),
            Err(NumberError::NotANumber) => Given::Unreadable,
            Err(NumberError::TooManyDecimals) => Given::TooManyDecimals,
            Err(NumberError::TooLarge) => Given::TooLarge,
        }
    }

    /// A choice or a date; `None` when what was given is not one.
    pub fn read(value: Option<T>) -> Self {
        value.map_or(Given::Unreadable, Given::Value)
    }

    pub(super) fn is_missing(&self) -> bool {
        matches!(self, Given::Missing)
    }
}

/// Every section is optional: an unanswered one makes its criterion "needs review".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EligibilityInput {
    pub legal_form: Option<Given<LegalForm>>,
    pub purpose: Option<PurposeInput>,
    pub commercial: Option<CommercialInput>,
    pub independence: Option<IndependenceInput>,
    pub governance: Option<GovernanceInput>,
    pub profit: Option<ProfitInput>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PurposeInput {
    pub primary_aim: Given<Aim>,
    pub in_statutes: Given<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommercialInput {
    pub sales_revenue: Given<Dkk>,
    pub total_revenue: Given<Dkk>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndependenceInput {
    pub public_ownership_pct: Given<Percent>,
    pub public_appointed_board_pct: Given<Percent>,
    pub public_votes_pct: Given<Percent>,
    pub public_control_otherwise: Given<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GovernanceInput {
    pub involves: Vec<Stakeholder>,
    pub ethical_guidelines: Given<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfitInput {
    pub paid_in_capital: Given<Dkk>,
    pub profit_after_tax: Given<Dkk>,
    pub dividend: Given<Dkk>,
    pub decided_on: Given<NaiveDate>,
    /// A year with nothing given (an empty row of the form) is no year.
    pub earlier_years: Vec<EarlierYearInput>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlierYearInput {
    pub profit_after_tax: Given<Dkk>,
    pub dividend: Given<Dkk>,
    pub decided_on: Given<NaiveDate>,
}

/// One broken rule: which field, and what is wrong with it, with the limit it broke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputError {
    pub field: Field,
    pub problem: Problem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    /// Not a value of the field's kind (see [`Field::kind`]).
    Unreadable,
    TooManyDecimals {
        max: u32,
    },
    /// An amount beyond `max`.
    TooLarge {
        max: Dkk,
    },
    /// An amount below zero where only a profit may be a loss.
    Negative,
    /// A percentage outside `min..=max`.
    OutOfRange {
        min: Percent,
        max: Percent,
    },
    /// Sales above total revenue.
    AboveTotal,
    TooManyYears {
        max: usize,
    },
}

/// A field of the input, named as in [`EligibilityInput`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    LegalForm,
    PrimaryAim,
    InStatutes,
    SalesRevenue,
    TotalRevenue,
    PublicOwnershipPct,
    PublicAppointedBoardPct,
    PublicVotesPct,
    PublicControlOtherwise,
    EthicalGuidelines,
    PaidInCapital,
    ProfitAfterTax,
    Dividend,
    DecidedOn,
    /// The list of earlier years itself.
    EarlierYears,
    /// A field of the earlier year at this index (from 0, as given).
    EarlierYear(usize, YearField),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearField {
    ProfitAfterTax,
    Dividend,
    DecidedOn,
}

/// What a field holds, for the readers' messages ("enter an amount", "choose one").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    Choice,
    Amount,
    Percent,
    Date,
    List,
}

impl Field {
    pub fn kind(self) -> ValueKind {
        match self {
            Field::LegalForm
            | Field::PrimaryAim
            | Field::InStatutes
            | Field::PublicControlOtherwise
            | Field::EthicalGuidelines => ValueKind::Choice,
            Field::SalesRevenue
            | Field::TotalRevenue
            | Field::PaidInCapital
            | Field::ProfitAfterTax
            | Field::Dividend
            | Field::EarlierYear(_, YearField::ProfitAfterTax | YearField::Dividend) => {
                ValueKind::Amount
            }
            Field::PublicOwnershipPct | Field::PublicAppointedBoardPct | Field::PublicVotesPct => {
                ValueKind::Percent
            }
            Field::DecidedOn | Field::EarlierYear(_, YearField::DecidedOn) => ValueKind::Date,
            Field::EarlierYears => ValueKind::List,
        }
    }

    /// The field's own name, e.g. `sales_revenue`.
    pub fn name(self) -> &'static str {
        match self {
            Field::LegalForm => "legal_form",
            Field::PrimaryAim => "primary_aim",
            Field::InStatutes => "in_statutes",
            Field::SalesRevenue => "sales_revenue",
            Field::TotalRevenue => "total_revenue",
            Field::PublicOwnershipPct => "public_ownership_pct",
            Field::PublicAppointedBoardPct => "public_appointed_board_pct",
            Field::PublicVotesPct => "public_votes_pct",
            Field::PublicControlOtherwise => "public_control_otherwise",
            Field::EthicalGuidelines => "ethical_guidelines",
            Field::PaidInCapital => "paid_in_capital",
            Field::ProfitAfterTax | Field::EarlierYear(_, YearField::ProfitAfterTax) => {
                "profit_after_tax"
            }
            Field::Dividend | Field::EarlierYear(_, YearField::Dividend) => "dividend",
            Field::DecidedOn | Field::EarlierYear(_, YearField::DecidedOn) => "decided_on",
            Field::EarlierYears => "earlier_years",
        }
    }

    /// The dotted path through the input's sections, e.g. `commercial.sales_revenue` or
    /// `profit.earlier_years[0].dividend`.
    pub fn path(self) -> String {
        let section = match self {
            Field::LegalForm => return self.name().to_owned(),
            Field::PrimaryAim | Field::InStatutes => "purpose",
            Field::SalesRevenue | Field::TotalRevenue => "commercial",
            Field::PublicOwnershipPct
            | Field::PublicAppointedBoardPct
            | Field::PublicVotesPct
            | Field::PublicControlOtherwise => "independence",
            Field::EthicalGuidelines => "governance",
            Field::EarlierYear(i, _) => {
                return format!("profit.earlier_years[{i}].{}", self.name());
            }
            Field::PaidInCapital
            | Field::ProfitAfterTax
            | Field::Dividend
            | Field::DecidedOn
            | Field::EarlierYears => "profit",
        };
        format!("{section}.{}", self.name())
    }
}
