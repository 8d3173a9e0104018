//! The one no-JavaScript path back from a server function: a form posted by a browser
//! without JavaScript wants a page, not JSON, so a failed post becomes a redirect back to
//! the form's page carrying the error (`error=`), one `fe=` per field error and the values
//! that may sit in a URL; values that may not (a requester's personal data) are kept by
//! `form::retry` and only their token goes (`retry=`). The page reads them back
//! (`components::field_error`; the page's data function for `retry=`). With JavaScript
//! the same server function answers with its status and the error as JSON. A server
//! function that must send the browser somewhere else on failure (a spent reset link goes
//! to its page's "link expired" state) sets its own redirect, which is kept. Server only.
use super::back_with_error;
use crate::error::AppError;
use leptos::prelude::use_context;

/// Server functions end with this so every error carries its HTTP status, or, for a form
/// posted without JavaScript, becomes a redirect back to the form's page with
/// `?error=<code>`, which the layout shows (a browser would otherwise show a bare error).
pub fn respond<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    respond_keeping(result, &[])
}

/// `respond`, and on the way back to a form posted without JavaScript, the values in
/// `kept` go along in the query so the page can fill them in again. Only for what may
/// sit in a URL: never passwords, never a requester's personal data (keep those with
/// `form::retry::keep` and pass its token as `("retry", token)`).
pub fn respond_keeping<T>(
    result: Result<T, AppError>,
    kept: &[(&str, &str)],
) -> Result<T, AppError> {
    if let Err(err) = &result
        && !send_back(err, kept)
    {
        err.set_response_status();
    }
    result
}

/// Whether the request being handled is a form posted by a browser without JavaScript
/// (which wants a page back), not a call from the app's own client.
pub fn is_plain_form_post() -> bool {
    leptos::prelude::use_context::<http::request::Parts>()
        .is_some_and(|parts| parts.method == http::Method::POST && wants_page(&parts.headers))
}

/// A browser's own form post asks for a page; the app's client and scripts ask for JSON.
fn wants_page(headers: &http::HeaderMap) -> bool {
    headers
        .get(http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// Where a form posted by a browser without JavaScript goes back to with `err`: the
/// same-site page it came from, with the error's parameters and `kept`
/// (`back_with_error`). `None`
/// for a request from the app's own client or a script, or without a same-site referrer.
/// Also for the server's own refusals before the app (a file over the body limit).
pub fn back_to_form(
    headers: &http::HeaderMap,
    err: &AppError,
    kept: &[(&str, &str)],
) -> Option<String> {
    if !wants_page(headers) {
        return None;
    }
    // Only the path and query of the referrer: never a redirect to another site.
    let back = headers
        .get(http::header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(same_site_path)?;
    Some(back_with_error(&back, err, kept))
}

/// During server rendering of a page: answer with a plain 302 to `path` instead, whatever
/// status a server function set on the way (e.g. 401 for "not signed in").
pub fn redirect_page(path: &str) {
    if let (Some(response), Ok(location)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(path),
    ) {
        response.insert_header(http::header::LOCATION, location);
        response.set_status(http::StatusCode::FOUND);
    }
}

/// For a server function posted by a plain HTML form (no JavaScript): answer with a
/// redirect to the same-site page it came from, carrying the error's code. Returns
/// whether it did. Server rendering (GET) and the JavaScript client are left alone.
fn send_back(err: &AppError, kept: &[(&str, &str)]) -> bool {
    use http::{Method, StatusCode, header};
    let (Some(parts), Some(response)) = (
        use_context::<http::request::Parts>(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return false;
    };
    if parts.method != Method::POST
        || !parts.uri.path().starts_with("/api/")
        || !wants_page(&parts.headers)
    {
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
    let Some(target) = back_to_form(&parts.headers, err, kept) else {
        return false;
    };
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
