//! The one error type of the app: server functions return it, pages show it translated, and
//! on the server it decides the HTTP status. Internal details are logged, never sent.
use crate::i18n::Msg;
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

/// A problem with one input field, shown next to that field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: Msg,
    /// The limits the value broke, for messages like "at most {max} characters".
    pub min: Option<i64>,
    pub max: Option<i64>,
}

impl FieldError {
    pub fn new(field: &str, message: Msg) -> Self {
        FieldError {
            field: field.to_owned(),
            message,
            min: None,
            max: None,
        }
    }

    /// "The text is too long: at most {max} characters."
    pub fn too_long(field: &str, max: usize) -> Self {
        FieldError {
            max: Some(max as i64),
            ..FieldError::new(field, Msg::ErrorTooLong)
        }
    }

    /// The message in `lang`, with the limit filled in.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        let (min, max) = (self.min.unwrap_or_default(), self.max.unwrap_or_default());
        lang.fill(self.message, &[("min", &min), ("max", &max)])
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    #[error("not signed in")]
    Unauthorized,
    #[error("not allowed")]
    Forbidden,
    #[error("too many requests")]
    RateLimited,
    /// Sign-in with a wrong email or password (never saying which).
    #[error("bad credentials")]
    BadCredentials,
    /// Sign-in refused for a while after too many wrong passwords.
    #[error("account locked")]
    AccountLocked,
    #[error("internal error")]
    Internal,
    /// Transport trouble between browser and server (offline, bad response).
    #[error("request failed: {0}")]
    Request(String),
}

impl AppError {
    pub fn invalid(field: &str, message: Msg) -> Self {
        Self::Invalid(vec![FieldError::new(field, message)])
    }

    pub fn status(&self) -> u16 {
        match self {
            Self::NotFound => 404,
            Self::Invalid(_) => 422,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::RateLimited => 429,
            Self::BadCredentials => 401,
            Self::AccountLocked => 429,
            Self::Internal => 500,
            Self::Request(_) => 400,
        }
    }

    /// What the user is told.
    pub fn message(&self) -> Msg {
        match self {
            Self::NotFound => Msg::ErrorNotFound,
            Self::Invalid(_) => Msg::ErrorInvalid,
            Self::Unauthorized => Msg::ErrorUnauthorized,
            Self::Forbidden => Msg::ErrorForbidden,
            Self::RateLimited => Msg::ErrorRateLimited,
            Self::BadCredentials => Msg::ErrorBadCredentials,
            Self::AccountLocked => Msg::ErrorAccountLocked,
            Self::Internal => Msg::ErrorInternal,
            Self::Request(_) => Msg::ErrorRequest,
        }
    }

    /// A short stable name, used in `?error=` when a form posted without JavaScript is sent
    /// back to its page.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::Invalid(_) => "invalid",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden => "forbidden",
            Self::RateLimited => "rate_limited",
            Self::BadCredentials => "bad_credentials",
            Self::AccountLocked => "account_locked",
            Self::Internal => "internal",
            Self::Request(_) => "request",
        }
    }

    /// The message for a `code()`; `None` for anything else, so a crafted URL shows nothing.
    pub fn message_for_code(code: &str) -> Option<Msg> {
        Some(match code {
            "not_found" => Msg::ErrorNotFound,
            "invalid" => Msg::ErrorInvalid,
            "unauthorized" => Msg::ErrorUnauthorized,
            "forbidden" => Msg::ErrorForbidden,
            "rate_limited" => Msg::ErrorRateLimited,
            "bad_credentials" => Msg::ErrorBadCredentials,
            "account_locked" => Msg::ErrorAccountLocked,
            "internal" => Msg::ErrorInternal,
            "request" => Msg::ErrorRequest,
            _ => return None,
        })
    }

    /// The problem with one field, if the error names it.
    pub fn field(&self, name: &str) -> Option<&FieldError> {
        match self {
            Self::Invalid(errors) => errors.iter().find(|e| e.field == name),
            _ => None,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Arguments that do not decode are the caller's mistake, not ours.
            ServerFnErrorErr::Args(msg) | ServerFnErrorErr::Deserialization(msg) => {
                Self::Request(msg)
            }
            other => Self::Request(other.to_string()),
        }
    }
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::*;
    use leptos::prelude::use_context;

    impl From<sea_orm::DbErr> for AppError {
        fn from(err: sea_orm::DbErr) -> Self {
            // A constraint's message quotes the row's values (an email address, a token's
            // hash): only its kind goes in the log.
            match err.sql_err() {
                Some(kind) => tracing::error!(kind = constraint_kind(&kind), "database error"),
                None => tracing::error!(error = %err, "database error"),
            }
            Self::Internal
        }
    }

    fn constraint_kind(err: &sea_orm::SqlErr) -> &'static str {
        match err {
            sea_orm::SqlErr::UniqueConstraintViolation(_) => "unique constraint violated",
            sea_orm::SqlErr::ForeignKeyConstraintViolation(_) => "foreign key violated",
            _ => "constraint violated",
        }
    }

    impl AppError {
        /// Sets the HTTP status of the response being built (a server function's, or the
        /// page's during server rendering) to this error's.
        pub fn set_response_status(&self) {
            if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
                options.set_status(
                    http::StatusCode::from_u16(self.status())
                        .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_client_errors_except_internal() {
        assert_eq!(AppError::NotFound.status(), 404);
        assert_eq!(AppError::invalid("q", Msg::ErrorTooLong).status(), 422);
        assert_eq!(AppError::Request("x".into()).status(), 400);
        assert_eq!(AppError::Internal.status(), 500);
    }

    #[test]
    fn codes_round_trip_to_messages() {
        for err in [
            AppError::NotFound,
            AppError::invalid("x", Msg::ErrorRequired),
            AppError::RateLimited,
            AppError::Internal,
        ] {
            assert_eq!(AppError::message_for_code(err.code()), Some(err.message()));
        }
        assert_eq!(AppError::message_for_code("<script>"), None);
    }

    #[test]
    fn field_lookup_finds_the_named_field() {
        let err = AppError::invalid("q", Msg::ErrorInvalidValue);
        assert_eq!(
            err.field("q").map(|e| e.message),
            Some(Msg::ErrorInvalidValue)
        );
        assert_eq!(err.field("page"), None);
    }

    #[test]
    fn field_text_names_the_limit() {
        let error = FieldError {
            field: "q".into(),
            message: Msg::ErrorTooLong,
            min: None,
            max: Some(100),
        };
        assert_eq!(
            error.text(crate::i18n::Lang::Da),
            "Teksten er for lang: højst 100 tegn."
        );
        assert_eq!(
            error.text(crate::i18n::Lang::En),
            "The text is too long: at most 100 characters."
        );
    }
}
