//! The input rules, once for the wizard and the API: amounts are never negative except a
//! profit (a loss is allowed), percentages lie within 0–100, sales cannot exceed total
//! revenue, numbers keep to their decimals and caps, and earlier years are bounded. A
//! section becomes an answer only when all of its fields keep the rules.
use super::answers::{
    Answers, CommercialAnswers, GovernanceAnswers, IndependenceAnswers, PurposeAnswers,
};
use super::dividend::{DividendInput, EarlierYear};
use super::input::{
    CommercialInput, EarlierYearInput, EligibilityInput, Field, Given, IndependenceInput,
    InputError, Problem, ProfitInput, YearField,
};
use super::money::{Dkk, MAX_DKK, Percent};

/// More years than any enterprise has existed under the Act.
pub const MAX_EARLIER_YEARS: usize = 50;

/// The answers that keep the rules, and every broken rule in the order of the input's
/// fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checked {
    /// Each section is present only when it was given and all of its fields are valid.
    pub answers: Answers,
    pub errors: Vec<InputError>,
}

impl EligibilityInput {
    pub fn check(&self) -> Checked {
        let mut check = Checker::default();
        let profit = self.profit.as_ref();
        let answers = Answers {
            legal_form: self
                .legal_form
                .and_then(|form| check.choice(Field::LegalForm, form)),
            purpose: self.purpose.as_ref().and_then(|p| {
                let aim = check.choice(Field::PrimaryAim, p.primary_aim);
                let in_statutes = check.choice(Field::InStatutes, p.in_statutes);
                Some(PurposeAnswers {
                    primary_aim: aim?,
                    in_statutes: in_statutes?,
                })
            }),
            commercial: self.commercial.as_ref().and_then(|c| check.commercial(c)),
            independence: self
                .independence
                .as_ref()
                .and_then(|i| check.independence(i)),
            governance: self.governance.as_ref().and_then(|g| {
                let ethical_guidelines =
                    check.choice(Field::EthicalGuidelines, g.ethical_guidelines);
                Some(GovernanceAnswers {
                    involves: g.involves.clone(),
                    ethical_guidelines: ethical_guidelines?,
                })
            }),
            profit: profit.and_then(|p| check.current_year(p)),
            earlier_years: profit.map_or_else(Vec::new, |p| check.earlier_years(&p.earlier_years)),
        };
        Checked {
            answers,
            errors: check.errors,
        }
    }
}

#[derive(Default)]
struct Checker {
    errors: Vec<InputError>,
}

/// Whether an amount may be below zero.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sign {
    NotNegative,
    /// A profit: a loss is a negative profit.
    LossAllowed,
}

impl Checker {
    fn error(&mut self, field: Field, problem: Problem) {
        self.errors.push(InputError { field, problem });
    }

    /// The value, or the error for why there is none.
    fn given<T>(&mut self, field: Field, given: Given<T>, unreadable: Problem) -> Option<T> {
        let problem = match given {
            Given::Value(value) => return Some(value),
            Given::Missing => Problem::Missing,
            Given::Unreadable => Problem::Unreadable,
            Given::TooManyDecimals | Given::TooLarge => unreadable,
        };
        self.error(field, problem);
        None
    }

    /// A choice, yes/no or date: present and one of its kind.
    fn choice<T>(&mut self, field: Field, given: Given<T>) -> Option<T> {
        self.given(field, given, Problem::Unreadable)
    }

    fn amount(&mut self, field: Field, given: Given<Dkk>, sign: Sign) -> Option<Dkk> {
        let unreadable = match given {
            Given::TooManyDecimals => Problem::TooManyDecimals { max: Dkk::DECIMALS },
            _ => Problem::TooLarge { max: MAX_DKK },
        };
        let amount = self.given(field, given, unreadable)?;
        if amount.0 < 0 && sign == Sign::NotNegative {
            self.error(field, Problem::Negative);
            return None;
        }
        Some(amount)
    }

    fn percent(&mut self, field: Field, given: Given<Percent>) -> Option<Percent> {
        let (min, max) = (Percent(0), Percent::from_points(100));
        let out_of_range = Problem::OutOfRange { min, max };
        let unreadable = match given {
            Given::TooManyDecimals => Problem::TooManyDecimals {
                max: Percent::DECIMALS,
            },
            _ => out_of_range,
        };
        let pct = self.given(field, given, unreadable)?;
        if pct < min || pct > max {
            self.error(field, out_of_range);
            return None;
        }
        Some(pct)
    }

    fn commercial(&mut self, c: &CommercialInput) -> Option<CommercialAnswers> {
        let sales = self.amount(Field::SalesRevenue, c.sales_revenue, Sign::NotNegative);
        let total = self.amount(Field::TotalRevenue, c.total_revenue, Sign::NotNegative);
        let (sales, total) = (sales?, total?);
        if sales > total {
            self.error(Field::SalesRevenue, Problem::AboveTotal);
            return None;
        }
        Some(CommercialAnswers {
            sales_revenue: sales,
            total_revenue: total,
        })
    }

    fn independence(&mut self, i: &IndependenceInput) -> Option<IndependenceAnswers> {
        let own = self.percent(Field::PublicOwnershipPct, i.public_ownership_pct);
        let board = self.percent(Field::PublicAppointedBoardPct, i.public_appointed_board_pct);
        let votes = self.percent(Field::PublicVotesPct, i.public_votes_pct);
        let other = self.choice(Field::PublicControlOtherwise, i.public_control_otherwise);
        Some(IndependenceAnswers {
            public_ownership_pct: own?,
            public_appointed_board_pct: board?,
            public_votes_pct: votes?,
            public_control_otherwise: other?,
        })
    }

    fn current_year(&mut self, p: &ProfitInput) -> Option<DividendInput> {
        let paid_in = self.amount(Field::PaidInCapital, p.paid_in_capital, Sign::NotNegative);
        let profit = self.amount(Field::ProfitAfterTax, p.profit_after_tax, Sign::LossAllowed);
        let dividend = self.amount(Field::Dividend, p.dividend, Sign::NotNegative);
        let decided_on = self.choice(Field::DecidedOn, p.decided_on);
        Some(DividendInput {
            paid_in_capital: paid_in?,
            profit_after_tax: profit?,
            dividend: dividend?,
            decided_on: decided_on?,
        })
    }

    /// The valid earlier years; a year with nothing given is skipped.
    fn earlier_years(&mut self, years: &[EarlierYearInput]) -> Vec<EarlierYear> {
        if years.len() > MAX_EARLIER_YEARS {
            self.error(
                Field::EarlierYears,
                Problem::TooManyYears {
                    max: MAX_EARLIER_YEARS,
                },
            );
        }
        let mut valid = Vec::new();
        for (i, year) in years.iter().take(MAX_EARLIER_YEARS).enumerate() {
            if year.profit_after_tax.is_missing()
                && year.dividend.is_missing()
                && year.decided_on.is_missing()
            {
                continue;
            }
            let field = |f| Field::EarlierYear(i, f);
            let profit = self.amount(
                field(YearField::ProfitAfterTax),
                year.profit_after_tax,
                Sign::LossAllowed,
            );
            let dividend =
                self.amount(field(YearField::Dividend), year.dividend, Sign::NotNegative);
            let decided_on = self.choice(field(YearField::DecidedOn), year.decided_on);
            if let (Some(profit_after_tax), Some(dividend), Some(decided_on)) =
                (profit, dividend, decided_on)
            {
                valid.push(EarlierYear {
                    profit_after_tax,
                    dividend,
                    decided_on,
                });
            }
        }
        valid
    }
}
