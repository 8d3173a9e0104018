//! The server's side of `form::rules`: every form and API type derives
//! `validator::Validate` for its per-field rules (`length`, `range`, `required` on an
//! `Option`, and `custom` for a rule of `form::rules` or of the feature's own), and this
//! is the one mapping from `validator`'s errors to `FieldError`s with translated messages.
//! Server only: the browser calls the plain rules directly.
use crate::error::{AppError, FieldError};
use crate::i18n::Msg;
use validator::{Validate, ValidationError, ValidationErrors, ValidationErrorsKind};

/// What a rule fails with on the server; name it in the attribute:
/// `custom(function = "rules::email::<Invalid>")`.
pub type Invalid = ValidationError;

/// A length limit in characters, as `length(max = chars(MAX_NAME_CHARS))` wants it.
pub const fn chars(limit: usize) -> u64 {
    limit as u64
}

/// A rule's message becomes `validator`'s error code, so the mapping below finds it again.
impl From<Msg> for ValidationError {
    fn from(message: Msg) -> Self {
        ValidationError::new(message.name())
    }
}

/// Runs a form's rules: `Ok` or every broken rule, one `FieldError` per field and rule.
pub fn check(input: &impl Validate) -> Result<(), Vec<FieldError>> {
    input.validate().map_err(|errors| field_errors(&errors))
}

/// The one mapping. `validator`'s own codes get our messages; a code that is a message's
/// name (every rule of ours, or `code = "ErrorPasswordLength"` on a built-in) is that
/// message; the limits (`min`, `max`) go along for messages that name them. A nested
/// struct's fields keep their own names (forms are flat); a list's are `field[i].name`.
/// Sorted by field, so the order does not depend on a hash map.
pub fn field_errors(errors: &ValidationErrors) -> Vec<FieldError> {
    let mut fields = Vec::new();
    collect(errors, "", &mut fields);
    fields.sort_by(|a, b| a.field.cmp(&b.field));
    fields
}

fn collect(errors: &ValidationErrors, prefix: &str, out: &mut Vec<FieldError>) {
    for (field, kind) in errors.errors() {
        match kind {
            ValidationErrorsKind::Field(errs) => out.extend(errs.iter().map(|e| FieldError {
                field: format!("{prefix}{field}"),
                message: match e.code.as_ref() {
                    "length" => Msg::ErrorTooLong,
                    "range" => Msg::ErrorOutOfRange,
                    "required" => Msg::ErrorRequired,
                    code => Msg::from_name(code).unwrap_or(Msg::ErrorInvalidValue),
                },
                min: e.params.get("min").and_then(|v| v.as_i64()),
                max: e.params.get("max").and_then(|v| v.as_i64()),
            })),
            ValidationErrorsKind::Struct(inner) => collect(inner, prefix, out),
            ValidationErrorsKind::List(items) => {
                for (i, inner) in items {
                    collect(inner, &format!("{prefix}{field}[{i}]."), out);
                }
            }
        }
    }
}

impl From<ValidationErrors> for AppError {
    fn from(errors: ValidationErrors) -> Self {
        Self::Invalid(field_errors(&errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::rules;

    #[derive(Validate)]
    struct Sample {
        #[validate(custom(function = "rules::required::<Invalid>"), length(max = 5))]
        name: String,
        #[validate(custom(function = "rules::email::<Invalid>"))]
        email: String,
        #[validate(length(min = 3, max = 9, code = "ErrorPasswordLength"))]
        password: String,
        #[validate(range(min = 1, max = 10))]
        page: u64,
        #[validate(required(code = "ErrorConsent"))]
        consent: Option<String>,
    }

    #[test]
    fn every_kind_of_rule_maps_to_its_message_and_limits() {
        let sample = Sample {
            name: "abcdef".into(),
            email: "x@localhost".into(),
            password: "ab".into(),
            page: 0,
            consent: None,
        };
        let named: Vec<(String, Msg, Option<i64>, Option<i64>)> = check(&sample)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.message, e.min, e.max))
            .collect();
        assert_eq!(
            named,
            [
                ("consent".into(), Msg::ErrorConsent, None, None),
                ("email".into(), Msg::ErrorEmail, None, None),
                ("name".into(), Msg::ErrorTooLong, None, Some(5)),
                ("page".into(), Msg::ErrorOutOfRange, Some(1), Some(10)),
                (
                    "password".into(),
                    Msg::ErrorPasswordLength,
                    Some(3),
                    Some(9)
                ),
            ]
        );
        let blank = Sample {
            name: " ".into(),
            email: String::new(),
            password: "abcd".into(),
            page: 1,
            consent: Some("on".into()),
        };
        let errors = check(&blank).unwrap_err();
        assert_eq!(errors, [FieldError::new("name", Msg::ErrorRequired)]);
    }
}
