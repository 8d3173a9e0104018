//! Response hardening that applies to every route.
use axum::{
    extract::{Request, State},
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};

/// Conservative headers for every response. No CSP yet: the hydration script is inline and
/// would need a nonce (planned with the staff area).
pub async fn headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Same-origin referrers are kept: the no-JavaScript form posts redirect back by them.
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}

/// With `COOKIE_SECURE=true` (served over https) every cookie the app sets gets `Secure`.
pub async fn secure_cookies(State(secure): State<bool>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    if secure {
        let cookies: Vec<HeaderValue> = response
            .headers_mut()
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| {
                let text = v.to_str().ok()?;
                let text = if text.to_ascii_lowercase().contains("; secure") {
                    text.to_owned()
                } else {
                    format!("{text}; Secure")
                };
                HeaderValue::from_str(&text).ok()
            })
            .collect();
        response.headers_mut().remove(header::SET_COOKIE);
        for cookie in cookies {
            response.headers_mut().append(header::SET_COOKIE, cookie);
        }
    }
    response
}
