//! The per-field rules of every form, as plain functions from the typed text to the
//! message it breaks. The server runs them through `validator` (each form type derives
//! `Validate` and names its rules with `custom(function = "rules::email::<Invalid>")`);
//! the browser calls the same functions for instant feedback (`Field`'s `check`), so the
//! two never disagree and no validation crate or regex engine reaches the WASM.
//!
//! A rule is generic over its error so that one function serves both: the browser asks
//! for a `Msg`, the server for a `validator::ValidationError` (see `form::validate`).
//! Every rule but `required` and `chosen` lets an empty value pass: whether a field may be
//! empty is said once, by adding `required`.
use crate::domain::cvr::Cvr;
use crate::domain::text::plausible_email;
use crate::i18n::Msg;

/// What the browser uses: a rule with its error fixed to the message.
pub type Check = fn(&str) -> Result<(), Msg>;

fn fail<E: From<Msg>>(broken: bool, message: Msg) -> Result<(), E> {
    if broken { Err(message.into()) } else { Ok(()) }
}

/// Something other than spaces was typed.
pub fn required<E: From<Msg>>(value: &str) -> Result<(), E> {
    fail(value.trim().is_empty(), Msg::ErrorRequired)
}

/// Something was chosen in a list (its value is not empty).
pub fn chosen<E: From<Msg>>(value: &str) -> Result<(), E> {
    fail(value.trim().is_empty(), Msg::ErrorChoose)
}

/// A plausible email address (`domain::text::plausible_email`), case and spaces aside.
pub fn email<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    fail(
        !value.is_empty() && !plausible_email(&value.to_lowercase()),
        Msg::ErrorEmail,
    )
}

/// A phone number as people write it: digits, spaces, `+`, `-` and brackets, at most 32.
pub fn phone<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    fail(
        value.chars().count() > 32
            || !value
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()".contains(c)),
        Msg::ErrorPhone,
    )
}

/// A CVR number with a valid check digit (`domain::cvr::Cvr::parse`).
pub fn cvr<E: From<Msg>>(value: &str) -> Result<(), E> {
    fail(
        !value.trim().is_empty() && Cvr::parse(value).is_err(),
        Msg::ErrorCvr,
    )
}

/// A day as `YYYY-MM-DD` (what `<input type="date">` sends).
pub fn iso_date<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    fail(
        !value.is_empty() && chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").is_err(),
        Msg::ErrorDate,
    )
}

/// The id of a row chosen in a list: a whole number.
pub fn id<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    fail(
        !value.is_empty() && value.parse::<i32>().is_err(),
        Msg::ErrorChoose,
    )
}

/// An official municipality code: four digits, e.g. "0813".
pub fn municipality_code<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    let four_digits = value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit());
    fail(
        !value.is_empty() && !four_digits,
        Msg::ErrorMunicipalityCode,
    )
}

/// The text `value` is optional but, when typed, gives a non-empty URL name.
pub fn gives_slug<E: From<Msg>>(value: &str) -> Result<(), E> {
    fail(
        !value.trim().is_empty() && crate::domain::text::slugify(value.trim()).is_empty(),
        Msg::ErrorInvalidValue,
    )
}

/// A Danish postcode: four digits.
pub fn postcode<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    let four_digits = value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit());
    fail(!value.is_empty() && !four_digits, Msg::ErrorPostcode)
}

/// A count of people or things: a whole number from 0 to 1 000 000.
pub fn count<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    fail(
        !value.is_empty() && !value.parse::<u32>().is_ok_and(|n| n <= 1_000_000),
        Msg::ErrorCount,
    )
}

/// A year a company could have been founded in: 1800 to 2100.
pub fn year<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    fail(
        !value.is_empty()
            && !value
                .parse::<i32>()
                .is_ok_and(|y| (1800..=2100).contains(&y)),
        Msg::ErrorYear,
    )
}

/// A web address people can open: `https://` or `http://`, a host with a dot, no spaces.
pub fn web_address<E: From<Msg>>(value: &str) -> Result<(), E> {
    let value = value.trim();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or_default());
    let fine = host.is_some_and(|h| h.contains('.') && !h.starts_with('.') && !h.ends_with('.'))
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>');
    fail(!value.is_empty() && !fine, Msg::ErrorWebAddress)
}

/// A checkbox that must be ticked: browsers send it only when it is.
pub fn ticked<E: From<Msg>>(value: &str) -> Result<(), E> {
    fail(value.is_empty(), Msg::ErrorConsent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(rule: Check, value: &str) -> Option<Msg> {
        rule(value).err()
    }

    #[test]
    fn empty_passes_every_rule_but_required_and_chosen() {
        for rule in [
            email as Check,
            phone,
            cvr,
            iso_date,
            id,
            municipality_code,
            gives_slug,
            postcode,
            count,
            year,
            web_address,
        ] {
            assert_eq!(check(rule, ""), None);
        }
        assert_eq!(check(required, "  "), Some(Msg::ErrorRequired));
        assert_eq!(check(chosen, ""), Some(Msg::ErrorChoose));
        assert_eq!(check(ticked, ""), Some(Msg::ErrorConsent));
        assert_eq!(check(ticked, "on"), None);
    }

    #[test]
    fn each_rule_names_its_message() {
        assert_eq!(check(email, " Mette@Example.DK "), None);
        assert_eq!(check(email, "mette@localhost"), Some(Msg::ErrorEmail));
        assert_eq!(check(phone, "+45 (98) 12-34-56"), None);
        assert_eq!(check(phone, "ring mig"), Some(Msg::ErrorPhone));
        assert_eq!(check(phone, &"1".repeat(33)), Some(Msg::ErrorPhone));
        assert_eq!(check(cvr, "DK 1374 8136"), None);
        assert_eq!(check(cvr, "10000000"), Some(Msg::ErrorCvr));
        assert_eq!(check(iso_date, "2026-01-05"), None);
        assert_eq!(check(iso_date, "5/1/2026"), Some(Msg::ErrorDate));
        assert_eq!(check(id, " 3 "), None);
        assert_eq!(check(id, "Aalborg"), Some(Msg::ErrorChoose));
        assert_eq!(check(municipality_code, " 0813 "), None);
        for bad in ["813", "08130", "08a3", "٠٨١٣"] {
            assert_eq!(
                check(municipality_code, bad),
                Some(Msg::ErrorMunicipalityCode),
                "{bad}"
            );
        }
        assert_eq!(check(gives_slug, "Ærø Kommune"), None);
        assert_eq!(check(gives_slug, "???"), Some(Msg::ErrorInvalidValue));
        assert_eq!(check(postcode, " 9900 "), None);
        assert_eq!(check(postcode, "990"), Some(Msg::ErrorPostcode));
        assert_eq!(check(count, "12"), None);
        for bad in ["-1", "2,5", "1000001", "mange"] {
            assert_eq!(check(count, bad), Some(Msg::ErrorCount), "{bad}");
        }
        assert_eq!(check(year, "2016"), None);
        for bad in ["16", "3000", "1799"] {
            assert_eq!(
                check(year, bad),
                Some(Msg::ErrorYear),
                "{bad}: the message names the range"
            );
        }
        assert!(
            Msg::ErrorYear
                .text(crate::i18n::Lang::Da)
                .contains("1800 til 2100")
        );
        assert_eq!(check(web_address, "https://eksempel.dk/om"), None);
        for bad in [
            "eksempel.dk",
            "javascript:alert(1)",
            "https://localhost",
            "https://a b.dk",
        ] {
            assert_eq!(check(web_address, bad), Some(Msg::ErrorWebAddress), "{bad}");
        }
    }
}
