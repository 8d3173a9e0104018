//! The discount-rate form as typed, and its checks (shared by browser and server).
use crate::domain::eligibility::money::Percent;
use crate::domain::eligibility::rates::{Confidence, DiscountRate};
use crate::error::FieldError;
use crate::i18n::Msg;

/// The lowest and highest rate an admin may enter, in percentage points. Danmarks
/// Nationalbank's discount rate has been negative; it has never been near 100 %.
pub const MIN_RATE_POINTS: i64 = -10;
pub const MAX_RATE_POINTS: i64 = 100;

/// The form's fields as typed: an ISO date, a rate in Danish or English notation, the
/// confidence code and the "date is approximate" checkbox.
pub fn validate(
    effective_from: &str,
    rate: &str,
    confidence: &str,
    date_approximate: bool,
) -> Result<DiscountRate, Vec<FieldError>> {
    let mut errors = Vec::new();
    let day = chrono::NaiveDate::parse_from_str(effective_from.trim(), "%Y-%m-%d").ok();
    if day.is_none() {
        errors.push(FieldError::new("effective_from", Msg::ErrorDate));
    }
    let pct = Percent::parse(rate.trim()).ok().filter(|p| {
        *p >= Percent::from_points(MIN_RATE_POINTS) && *p <= Percent::from_points(MAX_RATE_POINTS)
    });
    if pct.is_none() {
        errors.push(FieldError::new("rate", Msg::ErrorPercent));
    }
    let confidence = match confidence {
        "confirmed" => Some(Confidence::Confirmed),
        "inferred" => Some(Confidence::Inferred),
        _ => {
            errors.push(FieldError::new("confidence", Msg::ErrorChoose));
            None
        }
    };
    match (day, pct, confidence) {
        (Some(effective_from), Some(rate), Some(confidence)) => Ok(DiscountRate {
            effective_from,
            rate,
            confidence,
            date_approximate,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_from_a_date_with_its_confidence() {
        let row = validate("2026-01-05", "1,6", "confirmed", false).unwrap();
        assert_eq!(row.rate, Percent::parse("1.6").unwrap());
        assert_eq!(row.confidence, Confidence::Confirmed);
    }

    #[test]
    fn every_bad_field_is_named_and_the_limits_hold() {
        let fields = |r: Result<DiscountRate, Vec<FieldError>>| -> Vec<String> {
            r.unwrap_err().into_iter().map(|e| e.field).collect()
        };
        assert_eq!(
            fields(validate("5/1/2026", "mange", "maybe", false)),
            ["effective_from", "rate", "confidence"]
        );
        let above = format!("{}", MAX_RATE_POINTS + 1);
        assert_eq!(
            fields(validate("2026-01-05", &above, "inferred", false)),
            ["rate"]
        );
        let lowest = format!("{MIN_RATE_POINTS}");
        assert!(validate("2026-01-05", &lowest, "inferred", true).is_ok());
    }
}
