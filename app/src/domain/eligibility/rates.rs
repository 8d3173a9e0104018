//! Danmarks Nationalbank's discount rate (diskonto), by the date it took effect. The rate in
//! force on the day a dividend is decided sets the return cap (§ 5, stk. 2). Staff can add
//! and correct rows; the shipped rows come from DOMAIN.md with their confidence.
use super::money::Percent;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Seen in a Nationalbank press release or an official rates page.
    Confirmed,
    /// Derived from a related rate (the current-account rate moves with it).
    Inferred,
}

impl Confidence {
    /// Every value, for the API's document.
    pub const ALL: [Confidence; 2] = [Confidence::Confirmed, Confidence::Inferred];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscountRate {
    pub effective_from: NaiveDate,
    pub rate: Percent,
    pub confidence: Confidence,
    /// The value is known but the day it took effect is not certain.
    pub date_approximate: bool,
}

/// The row in force on `day`: the latest that took effect on or before it. `None` before
/// the first row.
pub fn rate_in_force(rates: &[DiscountRate], day: NaiveDate) -> Option<&DiscountRate> {
    rates
        .iter()
        .filter(|r| r.effective_from <= day)
        .max_by_key(|r| r.effective_from)
}

/// (year, month, day, rate in hundredths of a percent, confidence, date approximate)
type Row = (i32, u32, u32, i64, Confidence, bool);

const KNOWN: [Row; 18] = {
    use Confidence::{Confirmed as C, Inferred as I};
    [
        (2012, 7, 6, 0, C, false),
        (2022, 9, 9, 65, C, false),
        (2022, 10, 28, 125, I, false),
        (2022, 12, 16, 175, I, false),
        (2023, 2, 3, 210, I, false),
        (2023, 3, 17, 260, C, false),
        (2023, 5, 8, 285, C, false),
        (2023, 6, 16, 310, I, false),
        (2023, 8, 4, 335, I, true),
        (2023, 9, 15, 360, C, true),
        (2024, 6, 7, 335, I, false),
        (2024, 9, 13, 310, I, false),
        (2024, 10, 18, 285, I, false),
        (2024, 12, 13, 260, I, false),
        (2025, 1, 31, 235, I, false),
        (2025, 3, 7, 210, I, false),
        (2025, 4, 18, 185, I, true),
        (2025, 6, 6, 160, I, false),
    ]
};

/// The table DOMAIN.md gives, which the database is seeded with.
pub fn known_rates() -> Vec<DiscountRate> {
    KNOWN
        .iter()
        .filter_map(|&(y, m, d, hundredths, confidence, date_approximate)| {
            Some(DiscountRate {
                effective_from: NaiveDate::from_ymd_opt(y, m, d)?,
                rate: Percent(hundredths * 100),
                confidence,
                date_approximate,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_known_row_is_a_real_date() {
        assert_eq!(known_rates().len(), KNOWN.len());
    }

    #[test]
    fn picks_the_row_in_force_on_the_day() {
        let rates = known_rates();
        assert_eq!(
            rate_in_force(&rates, day(2025, 9, 1)).unwrap().rate,
            Percent(16_000)
        );
        // A change takes effect on its own day.
        assert_eq!(
            rate_in_force(&rates, day(2025, 6, 6)).unwrap().rate,
            Percent(16_000)
        );
        assert_eq!(
            rate_in_force(&rates, day(2025, 6, 5)).unwrap().rate,
            Percent(18_500)
        );
        assert_eq!(
            rate_in_force(&rates, day(2020, 1, 1)).unwrap().rate,
            Percent(0)
        );
        assert!(rate_in_force(&rates, day(2012, 7, 5)).is_none());
    }

    #[test]
    fn order_of_rows_does_not_matter() {
        let mut rates = known_rates();
        rates.reverse();
        assert_eq!(
            rate_in_force(&rates, day(2023, 9, 20))
                .unwrap()
                .effective_from,
            day(2023, 9, 15)
        );
    }
}
