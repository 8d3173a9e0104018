//! Dates as people write and read them, without chrono's format-string machinery (which
//! would weigh on the WASM bundle): ISO from date fields, Danish day.month.year by hand.
use chrono::{Datelike, NaiveDate};

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "1.9.2025"
pub fn format_danish(day: NaiveDate) -> String {
    format!("{}.{}.{}", day.day(), day.month(), day.year())
}

/// "1 September 2025"
pub fn format_english(day: NaiveDate) -> String {
    format!(
        "{} {} {}",
        day.day(),
        MONTHS_EN[day.month0() as usize],
        day.year()
    )
}

/// ISO `2025-09-01` (what a date field sends) or day-first with `.`, `-` or `/`
/// (`1.9.2025`, `01-09-2025`, `1/9/2025`). `None` for anything else or an impossible date.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let parts: Vec<&str> = text.split(['.', '-', '/']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, max_len: usize| -> Option<u32> {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    if a.len() == 4 && text.contains('-') && !text.contains(['.', '/']) {
        let (y, m, d) = (number(a, 4)?, number(b, 2)?, number(c, 2)?);
        return NaiveDate::from_ymd_opt(y as i32, m, d);
    }
    if c.len() != 4 {
        return None;
    }
    let (d, m, y) = (number(a, 2)?, number(b, 2)?, number(c, 4)?);
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_are_written_the_danish_and_the_english_way() {
        assert_eq!(format_danish(d(2025, 9, 1)), "1.9.2025");
        assert_eq!(format_english(d(2025, 9, 1)), "1 September 2025");
        assert_eq!(format_english(d(2024, 12, 13)), "13 December 2024");
    }

    #[test]
    fn iso_and_day_first_dates_are_read_and_impossible_ones_refused() {
        for text in [
            "2025-09-01",
            "1.9.2025",
            "01.09.2025",
            "1-9-2025",
            "1/9/2025",
            " 1.9.2025 ",
        ] {
            assert_eq!(parse(text), Some(d(2025, 9, 1)), "{text}");
        }
        for text in [
            "31.2.2025",
            "2025-13-01",
            "1.9.25",
            "1.9",
            "",
            "x.9.2025",
            "2025.09.01",
            "1.9.2025.1",
            "+1.9.2025",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
