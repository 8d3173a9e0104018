//! What the mentor scheme achieved, per calendar year: mentorships matched and completed,
//! the average of the evaluations given at completion, and the median time an enterprise
//! waited from its request to a proposed mentor. Computed from the rows, never typed.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A request matched: asked on one day, a mentorship proposed for it on another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Matched {
    pub asked_on: NaiveDate,
    pub matched_on: NaiveDate,
}

/// A mentorship completed, with the ratings (1–5) its sides gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completed {
    pub on: NaiveDate,
    pub ratings: Vec<u8>,
}

/// One year's results. The average is in tenths (exact to one decimal, rounded half up,
/// `None` without ratings); the median in whole days (of an even count the mean of the two
/// middle ones, rounded half up; `None` without matches).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearResults {
    pub year: i32,
    pub matched: u32,
    pub completed: u32,
    pub ratings: u32,
    pub average_rating_tenths: Option<u32>,
    pub median_days_to_match: Option<i64>,
}

/// The results of every year with a match or a completion, the newest first. A match
/// counts in the year it was made, a completion and its ratings in the year it ended.
pub fn yearly(matched: &[Matched], completed: &[Completed]) -> Vec<YearResults> {
    let mut waits: BTreeMap<i32, Vec<i64>> = BTreeMap::new();
    for m in matched {
        let days = (m.matched_on - m.asked_on).num_days().max(0);
        waits.entry(m.matched_on.year()).or_default().push(days);
    }
    let mut ends: BTreeMap<i32, (u32, Vec<u8>)> = BTreeMap::new();
    for c in completed {
        let year = ends.entry(c.on.year()).or_default();
        year.0 += 1;
        year.1.extend(c.ratings.iter().copied());
    }
    let years: std::collections::BTreeSet<i32> = waits.keys().chain(ends.keys()).copied().collect();
    years
        .into_iter()
        .rev()
        .map(|year| {
            let mut days = waits.remove(&year).unwrap_or_default();
            let (done, ratings) = ends.remove(&year).unwrap_or_default();
            YearResults {
                year,
                matched: count(days.len()),
                completed: done,
                ratings: count(ratings.len()),
                average_rating_tenths: average_tenths(&ratings),
                median_days_to_match: median(&mut days),
            }
        })
        .collect()
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The mean in tenths, rounded half up: (10·sum/n + ½) as integers.
fn average_tenths(ratings: &[u8]) -> Option<u32> {
    let n = u64::try_from(ratings.len()).ok().filter(|&n| n > 0)?;
    let sum: u64 = ratings.iter().map(|&r| u64::from(r)).sum();
    u32::try_from((sum * 20 + n) / (2 * n)).ok()
}

fn median(days: &mut [i64]) -> Option<i64> {
    days.sort_unstable();
    let n = days.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(days[n / 2]),
        _ => Some((days[n / 2 - 1] + days[n / 2] + 1).div_euclid(2)),
    }
}

/// "4.3" from 43 tenths (the page writes it with the reader's decimal mark).
pub fn tenths_parts(tenths: u32) -> (u32, u32) {
    (tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn results_are_counted_in_the_year_they_happen_newest_first() {
        let matched = [
            Matched {
                asked_on: day(2025, 12, 20),
                matched_on: day(2026, 1, 3),
            },
            Matched {
                asked_on: day(2025, 3, 1),
                matched_on: day(2025, 3, 11),
            },
        ];
        let completed = [
            Completed {
                on: day(2026, 6, 1),
                ratings: vec![5, 4],
            },
            Completed {
                on: day(2026, 9, 1),
                ratings: vec![4],
            },
            Completed {
                on: day(2024, 5, 1),
                ratings: vec![],
            },
        ];
        let years = yearly(&matched, &completed);
        assert_eq!(
            years.iter().map(|y| y.year).collect::<Vec<_>>(),
            [2026, 2025, 2024]
        );
        assert_eq!(years[0].matched, 1);
        assert_eq!(years[0].completed, 2);
        assert_eq!(years[0].ratings, 3);
        // 13 / 3 = 4.333…: 4.3.
        assert_eq!(years[0].average_rating_tenths, Some(43));
        // A match across new year counts in the year it was made, with its 14 days.
        assert_eq!(years[0].median_days_to_match, Some(14));
        assert_eq!(years[1].completed, 0);
        assert_eq!(years[1].average_rating_tenths, None);
        assert_eq!(years[1].median_days_to_match, Some(10));
        assert_eq!(years[2].matched, 0);
        assert_eq!(years[2].median_days_to_match, None);
    }

    #[test]
    fn the_average_rounds_half_up_to_one_decimal() {
        assert_eq!(average_tenths(&[4, 5]), Some(45));
        // 14 / 4 = 3.5 exactly; 11 / 3 = 3.666…: 3.7; 9 / 8 = 1.125: 1.1.
        assert_eq!(average_tenths(&[3, 4, 3, 4]), Some(35));
        assert_eq!(average_tenths(&[4, 4, 3]), Some(37));
        assert_eq!(average_tenths(&[1, 1, 1, 1, 1, 1, 1, 2]), Some(11));
        assert_eq!(average_tenths(&[]), None);
        assert_eq!(tenths_parts(43), (4, 3));
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two_rounded_half_up() {
        assert_eq!(median(&mut [9, 1, 5]), Some(5));
        assert_eq!(median(&mut [10, 1, 4, 7]), Some(6)); // (4 + 7) / 2 = 5.5
        assert_eq!(median(&mut [2, 4]), Some(3));
        assert_eq!(median(&mut []), None);
    }

    #[test]
    fn a_request_matched_before_it_was_asked_counts_as_no_wait() {
        // Clocks and hand-made rows: never a negative wait.
        let m = [Matched {
            asked_on: day(2026, 2, 2),
            matched_on: day(2026, 2, 1),
        }];
        assert_eq!(yearly(&m, &[])[0].median_days_to_match, Some(0));
    }
}
