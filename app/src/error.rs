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
            tracing::error!(error = %err, "database error");
            Self::Internal
        }
    }

    /// Maps `validator`'s codes to translated messages, field by field.
    impl From<validator::ValidationErrors> for AppError {
        fn from(errors: validator::ValidationErrors) -> Self {
            let mut fields: Vec<FieldError> = errors
                .field_errors()
                .into_iter()
                .flat_map(|(field, errs)| {
                    errs.iter().map(move |e| FieldError {
                        field: field.to_string(),
                        message: match e.code.as_ref() {
                            "length" => Msg::ErrorTooLong,
                            "range" => Msg::ErrorOutOfRange,
                            _ => Msg::ErrorInvalidValue,
                        },
                        min: e.params.get("min").and_then(|v| v.as_i64()),
                        max: e.params.get("max").and_then(|v| v.as_i64()),
                    })
                })
                .collect();
            fields.sort_by(|a, b| a.field.cmp(&b.field));
            Self::Invalid(fields)
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

    /// For a server function posted by a plain HTML form (no JavaScript): answer with a
    /// redirect to the same-site page it came from, carrying the error's code. Returns
    /// whether it did. Server rendering (GET) and the JavaScript client are left alone.
    pub(super) fn send_form_post_back(err: &AppError, kept: &[(&str, &str)]) -> bool {
        use http::{Method, StatusCode, header};
        let (Some(parts), Some(response)) = (
            use_context::<http::request::Parts>(),
            use_context::<leptos_axum::ResponseOptions>(),
        ) else {
            return false;
        };
        let accepts_html = parts
            .headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
        if parts.method != Method::POST || !parts.uri.path().starts_with("/api/") || !accepts_html {
            return false;
        }
        // The server function chose where to go itself (e.g. back with what was typed).
        let has_location = response
            .0
            .read()
            .map(|r| r.headers.contains_key(header::LOCATION))
            .unwrap_or(false);
        if has_location {
            response.set_status(StatusCode::SEE_OTHER);
            return true;
        }
        // Only the path and query of the referrer: never a redirect to another site.
        let Some(back) = parts
            .headers
            .get(header::REFERER)
            .and_then(|v| v.to_str().ok())
            .and_then(same_site_path)
        else {
            return false;
        };
        let target = super::back_with_error(&back, err, kept);
        let Ok(location) = http::HeaderValue::from_str(&target) else {
            return false;
        };
        response.insert_header(header::LOCATION, location);
        response.set_status(StatusCode::SEE_OTHER);
        true
    }

    /// `/path?query` of an absolute or relative URL; `None` when it has none.
    fn same_site_path(url: &str) -> Option<String> {
        let rest = match url.split_once("://") {
            Some((_, after_scheme)) => &after_scheme[after_scheme.find('/')?..],
            None => url,
        };
        let path = rest.split('#').next()?;
        (path.starts_with('/') && !path.starts_with("//")).then(|| path.to_owned())
    }
}

/// Server functions end with this so every error carries its HTTP status, or, for a form
/// posted without JavaScript, becomes a redirect back to the form's page with
/// `?error=<code>`, which the layout shows (a browser would otherwise show a bare error).
#[cfg(feature = "ssr")]
pub fn respond<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    respond_keeping(result, &[])
}

/// `respond`, and on the way back to a form posted without JavaScript, the values in
/// `kept` go along in the query so the page can fill them in again. Only for what may
/// sit in a URL: never passwords, never a requester's personal data.
#[cfg(feature = "ssr")]
pub fn respond_keeping<T>(
    result: Result<T, AppError>,
    kept: &[(&str, &str)],
) -> Result<T, AppError> {
    if let Err(err) = &result
        && !ssr::send_form_post_back(err, kept)
    {
        err.set_response_status();
    }
    result
}

/// The page a failed plain form post goes back to: `path` with `error=<code>`, one
/// `fe=` per field error and the kept values, replacing those of an earlier try.
pub fn back_with_error(path: &str, err: &AppError, kept: &[(&str, &str)]) -> String {
    use crate::domain::text::url_encode;
    let (base, query) = path.split_once('?').unwrap_or((path, ""));
    let replaced = |pair: &str| {
        let key = pair.split('=').next().unwrap_or_default();
        key == "error" || key == "fe" || kept.iter().any(|(k, _)| *k == key)
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

/// Whether the request being handled is a form posted by a browser without JavaScript
/// (which wants a page back), not a call from the app's own client.
#[cfg(feature = "ssr")]
pub fn is_plain_form_post() -> bool {
    leptos::prelude::use_context::<http::request::Parts>().is_some_and(|parts| {
        parts.method == http::Method::POST
            && parts
                .headers
                .get(http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"))
    })
}

/// During server rendering of a page: answer with a plain 302 to `path` instead, whatever
/// status a server function set on the way (e.g. 401 for "not signed in").
#[cfg(feature = "ssr")]
pub fn redirect_page(path: &str) {
    if let (Some(response), Ok(location)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(path),
    ) {
        response.insert_header(http::header::LOCATION, location);
        response.set_status(http::StatusCode::FOUND);
    }
}

/// `path` (with its query) plus `key=value`, replacing an earlier `key`.
pub fn with_query_param(path: &str, key: &str, value: &str) -> String {
    let (base, query) = path.split_once('?').unwrap_or((path, ""));
    let prefix = format!("{key}=");
    let mut pairs: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && *p != key && !p.starts_with(&prefix))
        .collect();
    let new = format!("{key}={value}");
    pairs.push(&new);
    format!("{base}?{}", pairs.join("&"))
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
    fn the_error_parameter_replaces_an_earlier_one() {
        assert_eq!(
            with_query_param("/assessment", "error", "rate_limited"),
            "/assessment?error=rate_limited"
        );
        assert_eq!(
            with_query_param("/registry?q=a&error=internal&page=2", "error", "not_found"),
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
            "/staff/users?created=1&email=a%20b%40x.dk&fe=name~ErrorTooLong~~100&fe=email~ErrorEmail~~&error=invalid"
        );
        let fe = FieldError::from_param("name~ErrorTooLong~~100").unwrap();
        assert_eq!(
            fe.text(crate::i18n::Lang::En),
            "The text is too long: at most 100 characters."
        );
        assert_eq!(FieldError::from_param("name~NoSuchMessage~~"), None);
        assert_eq!(FieldError::from_param("name"), None);
        assert_eq!(
            back_with_error("/assessment", &AppError::RateLimited, &[]),
            "/assessment?error=rate_limited"
        );
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
