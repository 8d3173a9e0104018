//! The dividend cap of § 5, stk. 2: a return on the originally paid-in capital above the
//! discount rate in force plus 15 percentage points, or a payout of more than 35 % of the
//! year's profit after tax, is in any event not reasonable. Either breach fails; staying
//! under both is necessary, not a safe harbour.
use super::money::{Dkk, Percent};
use super::rates::{DiscountRate, rate_in_force};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Percentage points added to the discount rate.
pub const RETURN_MARGIN: Percent = Percent(15 * Percent::SCALE);
/// The largest share of the year's profit after tax that may be paid out.
pub const PAYOUT_CAP: Percent = Percent(35 * Percent::SCALE);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DividendInput {
    /// Originally paid-in capital.
    pub paid_in_capital: Dkk,
    pub profit_after_tax: Dkk,
    /// Dividend and other distributions to owners for the year.
    pub dividend: Dkk,
    /// The day the dividend is decided: the rate in force then applies.
    pub decided_on: NaiveDate,
}

/// Why a dividend fails the cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Breach {
    /// A dividend although the year made no profit after tax.
    LossYear,
    /// A dividend although no capital was paid in.
    NoPaidInCapital,
    /// Return on paid-in capital above the discount rate + 15 points.
    ReturnAboveCap,
    /// More than 35 % of the profit after tax paid out.
    PayoutAboveCap,
}

impl Breach {
    /// Every value, for the API's document.
    pub const ALL: [Breach; 4] = [
        Breach::LossYear,
        Breach::NoPaidInCapital,
        Breach::ReturnAboveCap,
        Breach::PayoutAboveCap,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DividendResult {
    /// Dividend as a share of paid-in capital; `None` when nothing was paid in.
    pub return_pct: Option<Percent>,
    /// The discount-rate row used; `None` when the table has no rate for the date.
    pub rate: Option<DiscountRate>,
    /// Rate + 15 points; `None` without a rate.
    pub return_cap_pct: Option<Percent>,
    /// Dividend as a share of profit after tax; `None` unless there is a profit.
    pub payout_pct: Option<Percent>,
    pub payout_cap_pct: Percent,
    /// The largest dividend under both caps (only the payout cap when the rate is unknown);
    /// zero when there is no profit or no paid-in capital.
    pub max_dividend: Dkk,
    /// `max_dividend - dividend`: what could still be paid, or (negative) how much too much.
    pub headroom: Dkk,
    pub breaches: Vec<Breach>,
}

impl DividendResult {
    pub fn passes(&self) -> bool {
        self.breaches.is_empty()
    }
}

pub fn check_dividend(input: &DividendInput, rates: &[DiscountRate]) -> DividendResult {
    let DividendInput {
        paid_in_capital: paid_in,
        profit_after_tax: profit,
        dividend,
        decided_on,
    } = *input;
    let rate = rate_in_force(rates, decided_on).cloned();
    let return_cap = rate.as_ref().map(|r| Percent(r.rate.0 + RETURN_MARGIN.0));

    let max_dividend = if profit.is_positive() && paid_in.is_positive() {
        let payout_limit = PAYOUT_CAP.floor_of(profit);
        match return_cap {
            Some(cap) => payout_limit.min(cap.floor_of(paid_in)),
            None => payout_limit,
        }
    } else {
        Dkk::ZERO
    };

    let mut breaches = Vec::new();
    if dividend.is_positive() {
        if !profit.is_positive() {
            breaches.push(Breach::LossYear);
        }
        if !paid_in.is_positive() {
            breaches.push(Breach::NoPaidInCapital);
        }
        if let Some(cap) = return_cap
            && paid_in.is_positive()
            && !within(dividend, paid_in, cap)
        {
            breaches.push(Breach::ReturnAboveCap);
        }
        if profit.is_positive() && !within(dividend, profit, PAYOUT_CAP) {
            breaches.push(Breach::PayoutAboveCap);
        }
    }

    DividendResult {
        return_pct: paid_in
            .is_positive()
            .then(|| Percent::ratio(dividend, paid_in))
            .flatten(),
        rate,
        return_cap_pct: return_cap,
        payout_pct: profit
            .is_positive()
            .then(|| Percent::ratio(dividend, profit))
            .flatten(),
        payout_cap_pct: PAYOUT_CAP,
        max_dividend,
        headroom: Dkk(max_dividend.0 - dividend.0),
        breaches,
    }
}

/// A year before the one being checked, with the same paid-in capital.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierYear {
    pub profit_after_tax: Dkk,
    pub dividend: Dkk,
    pub decided_on: NaiveDate,
}

/// The whole period of ownership: owners may receive at most the paid-in capital plus a
/// reasonable return for each year (§ 5, stk. 2, first sentence).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    /// Every year's own check (at the rate in force when its dividend was decided), oldest
    /// first, the current year last.
    pub years: Vec<(NaiveDate, DividendResult)>,
    pub total_paid: Dkk,
    /// Paid-in capital plus each year's largest return under that year's cap (a year
    /// without a known rate adds nothing).
    pub lawful_total: Dkk,
}

impl History {
    pub fn within(&self) -> bool {
        self.total_paid <= self.lawful_total
    }
}

pub fn check_history(
    current: &DividendInput,
    earlier: &[EarlierYear],
    rates: &[DiscountRate],
) -> History {
    let paid_in = current.paid_in_capital;
    let mut inputs: Vec<DividendInput> = earlier
        .iter()
        .map(|year| DividendInput {
            paid_in_capital: paid_in,
            profit_after_tax: year.profit_after_tax,
            dividend: year.dividend,
            decided_on: year.decided_on,
        })
        .collect();
    inputs.sort_by_key(|i| i.decided_on);
    inputs.push(current.clone());
    let mut total_paid = 0i128;
    let mut lawful_total = i128::from(paid_in.0.max(0));
    let years = inputs
        .iter()
        .map(|input| {
            let result = check_dividend(input, rates);
            total_paid += i128::from(input.dividend.0);
            if let Some(cap) = result.return_cap_pct
                && paid_in.is_positive()
            {
                lawful_total += i128::from(cap.floor_of(paid_in).0);
            }
            (input.decided_on, result)
        })
        .collect();
    let clamp = |v: i128| Dkk(v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64);
    History {
        years,
        total_paid: clamp(total_paid),
        lawful_total: clamp(lawful_total),
    }
}

/// `part / whole <= cap`, exactly (`whole` positive).
fn within(part: Dkk, whole: Dkk, cap: Percent) -> bool {
    cap.cmp_share(part, whole) != std::cmp::Ordering::Greater
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::rates::known_rates;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn input(paid_in: i64, profit: i64, dividend: i64) -> DividendInput {
        DividendInput {
            paid_in_capital: Dkk::from_kroner(paid_in),
            profit_after_tax: Dkk::from_kroner(profit),
            dividend: Dkk::from_kroner(dividend),
            // Rate in force 1.60 %: return cap 16.60 %.
            decided_on: day(2025, 9, 1),
        }
    }

    fn check(i: DividendInput) -> DividendResult {
        check_dividend(&i, &known_rates())
    }

    #[test]
    fn the_issue_example_passes_with_both_figures_and_headroom() {
        // 60 000 on 500 000 paid in = 12 %; on 200 000 profit = 30 %.
        let r = check(input(500_000, 200_000, 60_000));
        assert!(r.passes());
        assert_eq!(r.return_pct, Some(Percent::from_points(12)));
        assert_eq!(r.return_cap_pct, Some(Percent(166_000)));
        assert_eq!(r.rate.as_ref().unwrap().effective_from, day(2025, 6, 6));
        assert_eq!(r.payout_pct, Some(Percent::from_points(30)));
        // min(16.6 % of 500 000 = 83 000; 35 % of 200 000 = 70 000)
        assert_eq!(r.max_dividend, Dkk::from_kroner(70_000));
        assert_eq!(r.headroom, Dkk::from_kroner(10_000));
    }

    #[test]
    fn exactly_35_percent_passes_and_a_hair_more_fails() {
        let r = check(input(10_000_000, 1_000_000, 350_000));
        assert!(r.passes(), "{r:?}");
        let over = DividendInput {
            dividend: Dkk(35_000_001),
            ..input(10_000_000, 1_000_000, 0)
        };
        assert_eq!(check(over).breaches, [Breach::PayoutAboveCap]);
        // 35.0001 % of 1 000 000,00 is 350 001,00.
        assert_eq!(
            check(input(10_000_000, 1_000_000, 350_001)).breaches,
            [Breach::PayoutAboveCap]
        );
    }

    #[test]
    fn a_return_exactly_at_rate_plus_15_passes() {
        // 16.6 % of 1 000 000 = 166 000, profit large enough for the payout cap.
        let r = check(input(1_000_000, 10_000_000, 166_000));
        assert!(r.passes(), "{r:?}");
        let over = DividendInput {
            dividend: Dkk(16_600_001),
            ..input(1_000_000, 10_000_000, 0)
        };
        assert_eq!(check(over).breaches, [Breach::ReturnAboveCap]);
    }

    #[test]
    fn both_breaches_are_reported() {
        let r = check(input(100_000, 100_000, 50_000));
        assert_eq!(r.breaches, [Breach::ReturnAboveCap, Breach::PayoutAboveCap]);
        assert_eq!(r.max_dividend, Dkk::from_kroner(16_600));
        assert_eq!(r.headroom, Dkk::from_kroner(16_600 - 50_000));
    }

    #[test]
    fn no_dividend_is_always_fine() {
        for (paid_in, profit) in [(0, 0), (100, -500), (500_000, 200_000)] {
            assert!(check(input(paid_in, profit, 0)).passes());
        }
    }

    #[test]
    fn a_dividend_in_a_loss_year_fails() {
        let r = check(input(500_000, -10_000, 1_000));
        assert_eq!(r.breaches, [Breach::LossYear]);
        assert_eq!(r.max_dividend, Dkk::ZERO);
        assert_eq!(r.payout_pct, None);
        let r = check(input(500_000, 0, 1_000));
        assert_eq!(r.breaches, [Breach::LossYear]);
    }

    #[test]
    fn a_dividend_without_paid_in_capital_fails() {
        let r = check(input(0, 200_000, 1_000));
        assert_eq!(r.breaches, [Breach::NoPaidInCapital]);
        assert_eq!(r.return_pct, None);
        assert_eq!(r.max_dividend, Dkk::ZERO);
    }

    #[test]
    fn the_rate_of_the_decision_day_applies() {
        // 2023-10-01: 3.60 % in force, cap 18.6 %: 18 % passes there, fails at 16.6 %.
        let mut i = input(1_000_000, 10_000_000, 180_000);
        i.decided_on = day(2023, 10, 1);
        let r = check(i.clone());
        assert!(r.passes());
        assert_eq!(r.return_cap_pct, Some(Percent(186_000)));
        assert!(r.rate.unwrap().date_approximate);
        i.decided_on = day(2025, 9, 1);
        assert_eq!(check(i).breaches, [Breach::ReturnAboveCap]);
    }

    #[test]
    fn without_a_known_rate_only_the_payout_cap_is_checked() {
        let mut i = input(1_000_000, 1_000_000, 300_000);
        i.decided_on = day(2010, 1, 1);
        let r = check(i);
        assert_eq!(r.rate, None);
        assert_eq!(r.return_cap_pct, None);
        assert!(r.passes());
        assert_eq!(r.max_dividend, Dkk::from_kroner(350_000));
    }

    #[test]
    fn history_tests_each_year_at_its_own_rate_and_adds_up() {
        // 2023-10-01: cap 18.6 %; 2025-09-01: cap 16.6 %. 180 000 on 1 000 000 passes in
        // 2023 and fails in 2025.
        let current = input(1_000_000, 10_000_000, 100_000);
        let earlier = [EarlierYear {
            profit_after_tax: Dkk::from_kroner(10_000_000),
            dividend: Dkk::from_kroner(180_000),
            decided_on: day(2023, 10, 1),
        }];
        let history = check_history(&current, &earlier, &known_rates());
        assert_eq!(history.years.len(), 2);
        assert!(history.years[0].1.passes());
        assert_eq!(history.years[0].0, day(2023, 10, 1));
        assert_eq!(history.total_paid, Dkk::from_kroner(280_000));
        // 1 000 000 + 186 000 + 166 000
        assert_eq!(history.lawful_total, Dkk::from_kroner(1_352_000));
        assert!(history.within());
    }

    #[test]
    fn max_dividend_rounds_down_to_the_ore() {
        // 35 % of 0,03 kr is 1,05 øre: 1 øre.
        let i = DividendInput {
            paid_in_capital: Dkk::from_kroner(1_000),
            profit_after_tax: Dkk(3),
            dividend: Dkk::ZERO,
            decided_on: day(2025, 9, 1),
        };
        assert_eq!(check(i).max_dividend, Dkk(1));
    }
}
