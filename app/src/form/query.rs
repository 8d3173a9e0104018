//! The query parameters a failed plain form post comes back with, shared by browser and
//! server: `error=<code>`, `fe=field~Message~min~max` per field error, and kept values.
use crate::error::{AppError, FieldError};
use crate::i18n::Msg;

impl FieldError {
    /// As one `fe=` query parameter value (`field~MsgName~min~max`), for a form posted
    /// without JavaScript that is sent back to its page.
    pub fn to_param(&self) -> String {
        let num = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        format!(
            "{}~{}~{}~{}",
            self.field,
            self.message.name(),
            num(self.min),
            num(self.max)
        )
    }

    /// Reads `to_param`'s form back; `None` for anything else, so a crafted URL can only
    /// show one of our own messages.
    pub fn from_param(value: &str) -> Option<FieldError> {
        let mut parts = value.split('~');
        let field = parts.next()?.to_owned();
        let message = Msg::from_name(parts.next()?)?;
        let num = |p: Option<&str>| p.and_then(|p| p.parse().ok());
        let (min, max) = (num(parts.next()), num(parts.next()));
        Some(FieldError {
            field,
            message,
            min,
            max,
        })
    }
}

/// The parameters a page shows a one-off success notice for ("Saved", "Thank you, the
/// application is sent") or reloads its data on. A failed post drops them on the way back,
/// so an earlier success is not announced again beside the new error.
const NOTICES: &[&str] = &[
    "at",
    "confirmed",
    "created",
    "done",
    "reset",
    "saved",
    "sent",
];

/// The page a failed plain form post goes back to: `path` with `error=<code>`, one
/// `fe=` per field error and the kept values, replacing those of an earlier try and
/// dropping an earlier success's notice (`NOTICES`).
pub fn back_with_error(path: &str, err: &AppError, kept: &[(&str, &str)]) -> String {
    use crate::domain::text::url_encode;
    let (base, query) = path.split_once('?').unwrap_or((path, ""));
    let replaced = |pair: &str| {
        let key = pair.split('=').next().unwrap_or_default();
        key == "error"
            || key == "fe"
            || NOTICES.contains(&key)
            || kept.iter().any(|(k, _)| *k == key)
    };
    let mut pairs: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty() && !replaced(p))
        .map(str::to_owned)
        .collect();
    for (key, value) in kept {
        pairs.push(format!("{key}={}", url_encode(value)));
    }
    if let AppError::Invalid(fields) = err {
        pairs.extend(
            fields
                .iter()
                .map(|f| format!("fe={}", url_encode(&f.to_param()))),
        );
    }
    pairs.push(format!("error={}", err.code()));
    format!("{base}?{}", pairs.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_parameter_replaces_an_earlier_one() {
        assert_eq!(
            back_with_error("/assessment", &AppError::RateLimited, &[]),
            "/assessment?error=rate_limited"
        );
        assert_eq!(
            back_with_error(
                "/registry?q=a&error=internal&page=2",
                &AppError::NotFound,
                &[]
            ),
            "/registry?q=a&page=2&error=not_found"
        );
    }

    #[test]
    fn a_failed_form_post_goes_back_with_its_field_errors_and_kept_values() {
        let err = AppError::Invalid(vec![
            FieldError {
                field: "name".into(),
                message: Msg::ErrorTooLong,
                min: None,
                max: Some(100),
            },
            FieldError {
                field: "email".into(),
                message: Msg::ErrorEmail,
                min: None,
                max: None,
            },
        ]);
        let back = back_with_error(
            "/staff/users?created=1&fe=old~ErrorRequired~~&email=old&error=internal",
            &err,
            &[("email", "a b@x.dk")],
        );
        assert_eq!(
            back,
            "/staff/users?email=a%20b%40x.dk&fe=name~ErrorTooLong~~100&fe=email~ErrorEmail~~&error=invalid"
        );
        let fe = FieldError::from_param("name~ErrorTooLong~~100").unwrap();
        assert_eq!(
            fe.text(crate::i18n::Lang::En),
            "The text is too long: at most 100 characters."
        );
        assert_eq!(FieldError::from_param("name~NoSuchMessage~~"), None);
        assert_eq!(FieldError::from_param("name"), None);
    }

    #[test]
    fn a_failed_post_does_not_announce_an_earlier_success_again() {
        let err = AppError::invalid("logo", Msg::ErrorLogoTooLarge);
        assert_eq!(
            back_with_error("/registry/application/t?confirmed=1", &err, &[]),
            "/registry/application/t?fe=logo~ErrorLogoTooLarge~~&error=invalid"
        );
        assert_eq!(
            back_with_error("/staff/listings/4?done=edit&at=17&tab=x", &err, &[]),
            "/staff/listings/4?tab=x&fe=logo~ErrorLogoTooLarge~~&error=invalid"
        );
    }
}
