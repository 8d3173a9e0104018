//! The discount-rate form as typed, and its rules.
use crate::domain::eligibility::money::Percent;
use crate::domain::eligibility::rates::Confidence;
#[cfg(feature = "ssr")]
use crate::domain::eligibility::rates::DiscountRate;
#[cfg(feature = "ssr")]
use crate::error::FieldError;
#[cfg(feature = "ssr")]
use crate::form::{Invalid, rules};
use crate::i18n::Msg;

/// The lowest and highest rate an admin may enter, in percentage points. Danmarks
/// Nationalbank's discount rate has been negative; it has never been near 100 %.
pub const MIN_RATE_POINTS: i64 = -10;
pub const MAX_RATE_POINTS: i64 = 100;

/// The form as typed: an ISO date, a rate in Danish or English notation, the confidence
/// code and the "date is approximate" checkbox. Its rules run on the server (`validate`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
pub struct RateInput {
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            custom(function = "rules::iso_date::<Invalid>")
        )
    )]
    pub effective_from: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rate_in_range::<Invalid>"))
    )]
    pub rate: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "known_confidence::<Invalid>"))
    )]
    pub confidence: String,
    pub date_approximate: bool,
}

fn parse_rate(value: &str) -> Option<Percent> {
    Percent::parse(value.trim()).ok().filter(|p| {
        *p >= Percent::from_points(MIN_RATE_POINTS) && *p <= Percent::from_points(MAX_RATE_POINTS)
    })
}

fn parse_confidence(value: &str) -> Option<Confidence> {
    match value.trim() {
        "confirmed" => Some(Confidence::Confirmed),
        "inferred" => Some(Confidence::Inferred),
        _ => None,
    }
}

/// A rate between `MIN_RATE_POINTS` and `MAX_RATE_POINTS` percent.
pub fn rate_in_range<E: From<Msg>>(value: &str) -> Result<(), E> {
    parse_rate(value).map(|_| ()).ok_or(Msg::ErrorRate.into())
}

/// "confirmed" or "inferred".
pub fn known_confidence<E: From<Msg>>(value: &str) -> Result<(), E> {
    parse_confidence(value)
        .map(|_| ())
        .ok_or(Msg::ErrorChoose.into())
}

/// The form's rules, then the row it gives.
#[cfg(feature = "ssr")]
pub fn validate(input: &RateInput) -> Result<DiscountRate, Vec<FieldError>> {
    crate::form::check(input)?;
    let invalid = |field: &str, message| vec![FieldError::new(field, message)];
    Ok(DiscountRate {
        effective_from: chrono::NaiveDate::parse_from_str(input.effective_from.trim(), "%Y-%m-%d")
            .map_err(|_| invalid("effective_from", Msg::ErrorDate))?,
        rate: parse_rate(&input.rate).ok_or_else(|| invalid("rate", Msg::ErrorRate))?,
        confidence: parse_confidence(&input.confidence)
            .ok_or_else(|| invalid("confidence", Msg::ErrorChoose))?,
        date_approximate: input.date_approximate,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(effective_from: &str, rate: &str, confidence: &str, approx: bool) -> RateInput {
        RateInput {
            effective_from: effective_from.into(),
            rate: rate.into(),
            confidence: confidence.into(),
            date_approximate: approx,
        }
    }

    #[test]
    fn a_rate_from_a_date_with_its_confidence() {
        let row = validate(&input("2026-01-05", "1,6", "confirmed", false)).unwrap();
        assert_eq!(row.rate, Percent::parse("1.6").unwrap());
        assert_eq!(row.confidence, Confidence::Confirmed);
    }

    #[test]
    fn every_bad_field_is_named_and_the_limits_hold() {
        let fields = |r: Result<DiscountRate, Vec<FieldError>>| -> Vec<(String, Msg)> {
            r.unwrap_err()
                .into_iter()
                .map(|e| (e.field, e.message))
                .collect()
        };
        assert_eq!(
            fields(validate(&input("5/1/2026", "mange", "maybe", false))),
            [
                ("confidence".into(), Msg::ErrorChoose),
                ("effective_from".into(), Msg::ErrorDate),
                ("rate".into(), Msg::ErrorRate),
            ]
        );
        let above = format!("{}", MAX_RATE_POINTS + 1);
        assert_eq!(
            fields(validate(&input("2026-01-05", &above, "inferred", false))),
            [("rate".into(), Msg::ErrorRate)]
        );
        let lowest = format!("{MIN_RATE_POINTS}");
        assert!(validate(&input("2026-01-05", &lowest, "inferred", true)).is_ok());
    }
}
