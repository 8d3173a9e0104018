//! The dates a listing's upkeep follows: the RSV check goes stale, the annual report falls
//! due and is reminded of.
use chrono::{Datelike, Months, NaiveDate};

/// An RSV check older than this is flagged to staff and shown as "last checked on …".
pub const CHECK_STALE_AFTER: Months = Months::new(12);

pub fn check_is_stale(checked_on: NaiveDate, today: NaiveDate) -> bool {
    checked_on
        .checked_add_months(CHECK_STALE_AFTER)
        .is_none_or(|limit| limit <= today)
}

/// The last day of a company's financial year, as month and day (no year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearEnd {
    month: u32,
    day: u32,
}

impl YearEnd {
    /// A day that exists in every year (29 February does not).
    pub fn new(month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(2025, month, day).map(|_| YearEnd { month, day })
    }

    /// `MM-DD`, the database's and the form's form.
    pub fn code(self) -> String {
        format!("{:02}-{:02}", self.month, self.day)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let (month, day) = code.split_once('-')?;
        Self::new(month.parse().ok()?, day.parse().ok()?)
    }

    /// The financial year that ends in calendar year `year`: its last day.
    pub fn in_year(self, year: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, self.month, self.day).expect("exists in every year")
    }
}

/// An annual report is due 6 months after its financial year ends (DOMAIN.md); a year
/// that ends on a month's last day is due on the last day of the sixth month after.
pub fn report_due(year_end: NaiveDate) -> NaiveDate {
    let next = year_end + chrono::Days::new(1);
    if next.day() == 1 {
        next.checked_add_months(Months::new(6)).expect("in range") - chrono::Days::new(1)
    } else {
        year_end
            .checked_add_months(Months::new(6))
            .expect("in range")
    }
}

/// The report a company owes next: for the earliest financial year, ended after the
/// listing, that is not reported (`reported_through` is the calendar year in which the last
/// reported financial year ended). Returns the year's last day and the report's due date;
/// the report is overdue once the due date has passed.
pub fn next_report(
    year_end: YearEnd,
    reported_through: Option<i32>,
    listed_on: NaiveDate,
) -> (NaiveDate, NaiveDate) {
    // Years ended before the listing are not the registry's to ask for.
    let mut year = reported_through.map_or(listed_on.year(), |y| y + 1);
    while year_end.in_year(year) < listed_on {
        year += 1;
    }
    let end = year_end.in_year(year);
    (end, report_due(end))
}

/// The report a listed company owes next, from its stored facts: its financial year's end
/// (`MM-DD`), the year reported through and the day it was listed; `None` without a year
/// end.
pub fn owed_report(
    year_end: Option<&str>,
    reported_through: Option<i32>,
    listed_on: NaiveDate,
) -> Option<(NaiveDate, NaiveDate)> {
    let year_end = YearEnd::from_code(year_end?)?;
    Some(next_report(year_end, reported_through, listed_on))
}

/// Reports due within this many days are "upcoming" to staff.
pub const UPCOMING_DAYS: u64 = 60;

/// When the one reminder for a report due on `due` is sent: 30 days before.
pub fn reminder_on(due: NaiveDate) -> NaiveDate {
    due - chrono::Days::new(30)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_check_goes_stale_after_twelve_months() {
        let checked = day(2025, 11, 30);
        assert!(!check_is_stale(checked, day(2026, 11, 29)));
        assert!(check_is_stale(checked, day(2026, 11, 30)));
        assert!(check_is_stale(day(2024, 2, 29), day(2025, 2, 28)));
    }

    #[test]
    fn year_ends_are_days_of_every_year() {
        assert_eq!(YearEnd::from_code("12-31").unwrap().code(), "12-31");
        assert_eq!(
            YearEnd::from_code("06-30").unwrap().in_year(2026),
            day(2026, 6, 30)
        );
        assert_eq!(YearEnd::from_code("02-29"), None);
        assert_eq!(YearEnd::from_code("13-01"), None);
        assert_eq!(YearEnd::from_code("1231"), None);
    }

    #[test]
    fn a_report_is_due_six_months_after_the_year_ends() {
        assert_eq!(report_due(day(2025, 12, 31)), day(2026, 6, 30));
        assert_eq!(report_due(day(2026, 6, 30)), day(2026, 12, 31));
        assert_eq!(report_due(day(2026, 2, 28)), day(2026, 8, 31));
        assert_eq!(report_due(day(2026, 3, 15)), day(2026, 9, 15));
        assert_eq!(reminder_on(day(2026, 6, 30)), day(2026, 5, 31));
    }

    #[test]
    fn the_next_report_is_the_oldest_unreported_year() {
        let calendar = YearEnd::new(12, 31).unwrap();
        let listed = day(2024, 3, 1);
        // Nothing reported: 2024 (ended 31 December) is owed, due at the end of June 2025.
        assert_eq!(
            next_report(calendar, None, listed),
            (day(2024, 12, 31), day(2025, 6, 30))
        );
        // Reported through 2025: 2026 runs until 31 December and is due in June 2027.
        assert_eq!(
            next_report(calendar, Some(2025), listed),
            (day(2026, 12, 31), day(2027, 6, 30))
        );
        // A year ending 30 June that ended before the listing is not asked for.
        let june = YearEnd::new(6, 30).unwrap();
        assert_eq!(
            next_report(june, None, day(2026, 8, 1)),
            (day(2027, 6, 30), day(2027, 12, 31))
        );
    }
}
