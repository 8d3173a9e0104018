//! Business days for the promised answer date of an enquiry: weekdays that are not Danish
//! public holidays, nor days the municipality's offices are closed. Pure, so the server
//! computes the date and the browser can show it the same way.
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and
/// Butcher), which the movable feasts hang on.
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is a real date")
}

/// The days offices are closed in `year`: the public holidays (helligdage) and the days
/// the public sector closes by agreement (Constitution Day, Christmas Eve, New Year's Eve).
/// Great Prayer Day (store bededag) was abolished from 2024.
pub fn closed_days(year: i32) -> Vec<NaiveDate> {
    let easter = easter_sunday(year);
    let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day).expect("fixed holiday");
    let mut days = vec![
        fixed(1, 1),                 // Nytårsdag
        easter - Duration::days(3),  // Skærtorsdag
        easter - Duration::days(2),  // Langfredag
        easter,                      // Påskedag
        easter + Duration::days(1),  // 2. påskedag
        easter + Duration::days(39), // Kristi himmelfartsdag
        easter + Duration::days(49), // Pinsedag
        easter + Duration::days(50), // 2. pinsedag
        fixed(6, 5),                 // Grundlovsdag
        fixed(12, 24),               // Juleaftensdag
        fixed(12, 25),               // Juledag
        fixed(12, 26),               // 2. juledag
        fixed(12, 31),               // Nytårsaftensdag
    ];
    if year < 2024 {
        days.push(easter + Duration::days(26)); // Store bededag
    }
    days.sort();
    days
}

/// The calendar date in Denmark at an instant: UTC+1, or UTC+2 from the last Sunday of
/// March to the last Sunday of October (switching at 01:00 UTC, as all of the EU does).
pub fn danish_date(instant: chrono::DateTime<chrono::Utc>) -> NaiveDate {
    let last_sunday = |month: u32| {
        let mut day = NaiveDate::from_ymd_opt(instant.year(), month, 31).expect("31st");
        while day.weekday() != Weekday::Sun {
            day -= Duration::days(1);
        }
        day.and_hms_opt(1, 0, 0).expect("01:00").and_utc()
    };
    let summer = instant >= last_sunday(3) && instant < last_sunday(10);
    (instant + Duration::hours(if summer { 2 } else { 1 })).date_naive()
}

pub fn is_business_day(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !closed_days(day.year()).contains(&day)
}

/// The day `n` business days after `submitted`: the submission day itself never counts, so
/// an enquiry sent on Friday evening with a target of 1 is due on Monday (or the next
/// business day after it).
pub fn add_business_days(submitted: NaiveDate, n: u32) -> NaiveDate {
    let mut day = submitted;
    let mut left = n;
    while left > 0 {
        day += Duration::days(1);
        if is_business_day(day) {
            left -= 1;
        }
    }
    day
}

/// Business days from `from` (exclusive) to `to` (inclusive); 0 when `to` is not later.
pub fn business_days_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut count = 0;
    let mut day = from;
    while day < to {
        day += Duration::days(1);
        if is_business_day(day) {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_falls_on_the_published_dates() {
        for (year, month, day) in [
            (2019, 4, 21),
            (2020, 4, 12),
            (2021, 4, 4),
            (2022, 4, 17),
            (2023, 4, 9),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2038, 4, 25),
        ] {
            assert_eq!(easter_sunday(year), d(year, month, day), "{year}");
        }
    }

    #[test]
    fn the_movable_feasts_follow_easter() {
        let days = closed_days(2026);
        for holiday in [
            d(2026, 4, 2),  // Maundy Thursday
            d(2026, 4, 3),  // Good Friday
            d(2026, 4, 6),  // Easter Monday
            d(2026, 5, 14), // Ascension Day
            d(2026, 5, 25), // Whit Monday
        ] {
            assert!(days.contains(&holiday), "{holiday}");
        }
        // Great Prayer Day: still in 2023 (5 May), gone from 2024 (would be 26 April).
        assert!(closed_days(2023).contains(&d(2023, 5, 5)));
        assert!(!closed_days(2024).contains(&d(2024, 4, 26)));
        assert!(is_business_day(d(2024, 4, 26)));
    }

    #[test]
    fn weekends_and_holidays_are_skipped() {
        // Monday + 5 = next Monday.
        assert_eq!(add_business_days(d(2026, 11, 16), 5), d(2026, 11, 23));
        // Friday evening + 1 = Monday.
        assert_eq!(add_business_days(d(2026, 11, 20), 1), d(2026, 11, 23));
        // Saturday + 1 = Monday.
        assert_eq!(add_business_days(d(2026, 11, 21), 1), d(2026, 11, 23));
        // Over Easter 2026: from Wed 1 April, Thu 2, Fri 3 and Mon 6 are holidays; the five
        // business days are 7, 8, 9, 10 and 13 April.
        assert_eq!(add_business_days(d(2026, 4, 1), 5), d(2026, 4, 13));
        // Over Christmas: Tue 22 Dec 2026 + 5 → 23, 28, 29, 30, 4 Jan 2027.
        assert_eq!(add_business_days(d(2026, 12, 22), 5), d(2027, 1, 4));
        // Over Ascension 2025 (29 May) and Constitution Day (5 June).
        assert_eq!(add_business_days(d(2025, 5, 27), 5), d(2025, 6, 4));
        assert_eq!(add_business_days(d(2025, 6, 4), 1), d(2025, 6, 6));
        assert_eq!(add_business_days(d(2026, 11, 16), 0), d(2026, 11, 16));
    }

    #[test]
    fn the_danish_date_follows_summer_time() {
        use chrono::TimeZone;
        let utc = |y, m, day, h, min| chrono::Utc.with_ymd_and_hms(y, m, day, h, min, 0).unwrap();
        // Winter: 23:30 UTC is already tomorrow in Denmark.
        assert_eq!(danish_date(utc(2026, 11, 20, 23, 30)), d(2026, 11, 21));
        assert_eq!(danish_date(utc(2026, 11, 20, 22, 59)), d(2026, 11, 20));
        // Summer: 22:30 UTC is tomorrow; 21:59 is not.
        assert_eq!(danish_date(utc(2026, 6, 10, 22, 30)), d(2026, 6, 11));
        assert_eq!(danish_date(utc(2026, 6, 10, 21, 59)), d(2026, 6, 10));
        // 2026 switches on 29 March and 25 October.
        assert_eq!(danish_date(utc(2026, 3, 29, 0, 30)), d(2026, 3, 29));
        assert_eq!(danish_date(utc(2026, 10, 24, 22, 30)), d(2026, 10, 25));
    }

    #[test]
    fn counting_between_is_the_inverse_of_adding() {
        let start = d(2026, 3, 25);
        for n in 0..40 {
            assert_eq!(business_days_between(start, add_business_days(start, n)), n);
        }
        assert_eq!(business_days_between(d(2026, 5, 1), d(2026, 4, 1)), 0);
    }
}
