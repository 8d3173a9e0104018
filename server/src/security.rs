//! Response hardening that applies to every route.
use app::settings::SiteUrl;
use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// For responses that are not pages (JSON, files, errors): nothing may run or frame them.
const CSP_NOT_A_PAGE: &str = "default-src 'self'; script-src 'self'; object-src 'none'; \
                              base-uri 'self'; frame-ancestors 'none'";

/// Features the app never uses, off for every page (and whatever might be injected).
const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), payment=(), \
                                  usb=(), interest-cohort=()";

/// Two years, as the HSTS preload list asks.
const HSTS: &str = "max-age=63072000; includeSubDomains";

/// Conservative headers for every response. Pages set their own CSP with the nonce of
/// their hydration script (`app::app::shell`); any other response gets a strict one.
/// Over https (`PUBLIC_URL`), browsers are told to come back over https only.
pub async fn headers(State(https): State<bool>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP_NOT_A_PAGE),
        );
    }
    // A page is asked for again each time, and its nonce is its own, never a shared cache's
    // to hand out; what else it may be kept with is its own to say (`no-store` for private
    // pages, an `ETag` in `page_cache`).
    let is_page = h
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    if is_page && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
    h.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static(PERMISSIONS_POLICY),
    );
    if https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
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

/// What holds personal data or a private link's content: the staff area, an enquiry's
/// status page, a listing application's links, self-assessment drafts and results, and the
/// server functions (an export is one). Never kept by a browser or proxy cache, never indexed.
fn is_private(path: &str) -> bool {
    path == "/staff"
        || path.starts_with("/staff/")
        || path.starts_with("/enquiry/status/")
        || path.starts_with("/registry/apply/confirm/")
        || path.starts_with("/registry/application/")
        || path.starts_with("/assessment/")
        || (path.starts_with("/api/") && !path.starts_with("/api/v1/"))
}

pub async fn private_pages(request: Request, next: Next) -> Response {
    let private = is_private(request.uri().path());
    let mut response = next.run(request).await;
    if private {
        let h = response.headers_mut();
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        h.insert(
            HeaderName::from_static("x-robots-tag"),
            HeaderValue::from_static("noindex"),
        );
    }
    response
}

/// Cross-site request forgery: a state-changing request that a browser sends from another
/// site carries that site in `Origin` (or `Referer`), and is refused; the one allowed
/// origin is `PUBLIC_URL`'s. A request with neither is refused too when it carries a
/// session cookie (a browser that strips both is not trusted with the session); without a
/// session it comes from a client with no victim's cookies. The session and language
/// cookies are also `SameSite=Lax`, so this is the second lock. The public JSON API
/// (`/api/v1/`) keeps no state and is open to other sites.
pub async fn same_origin(State(site): State<SiteUrl>, request: Request, next: Next) -> Response {
    let unsafe_method = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if unsafe_method
        && !request.uri().path().starts_with("/api/v1/")
        && !from_this_site(request.headers(), &site)
    {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    next.run(request).await
}

fn from_this_site(headers: &HeaderMap, site: &SiteUrl) -> bool {
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(source) = source else {
        return !carries_session(headers, site);
    };
    let origin_of = |url: &str| -> Option<String> {
        let (scheme, rest) = url.split_once("://")?;
        let host = rest.split(['/', '?', '#']).next()?;
        Some(format!("{scheme}://{host}").to_ascii_lowercase())
    };
    origin_of(source).is_some_and(|source| Some(source) == origin_of(&site.0))
}

fn carries_session(headers: &HeaderMap, site: &SiteUrl) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|cookies| app::account::session_token(cookies, site.is_https()).is_some())
}

/// Served over https (`PUBLIC_URL`), every cookie the app sets gets `Secure` (the session
/// cookie has it already, with its `__Host-` name).
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

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn only_this_sites_origin_may_post() {
        let site = &SiteUrl::new("https://socialokonomi.example.dk");
        assert!(
            from_this_site(&headers(&[]), site),
            "no browser, no cookies to abuse"
        );
        assert!(from_this_site(
            &headers(&[(header::ORIGIN, "https://socialokonomi.example.dk")]),
            site
        ));
        assert!(from_this_site(
            &headers(&[(
                header::REFERER,
                "https://socialokonomi.example.dk/staff/login?x=1"
            )]),
            site
        ));
        assert!(!from_this_site(
            &headers(&[(header::ORIGIN, "https://evil.example")]),
            site
        ));
        assert!(!from_this_site(
            &headers(&[(
                header::ORIGIN,
                "https://socialokonomi.example.dk.evil.example"
            )]),
            site
        ));
        assert!(!from_this_site(&headers(&[(header::ORIGIN, "null")]), site));
        // Only PUBLIC_URL's origin, whatever the Host header says.
        assert!(!from_this_site(
            &headers(&[
                (header::ORIGIN, "http://127.0.0.1:3000"),
                (header::HOST, "127.0.0.1:3000")
            ]),
            site
        ));
    }

    #[test]
    fn a_session_without_origin_or_referer_may_not_post() {
        let site = &SiteUrl::new("https://socialokonomi.example.dk");
        let session = (header::COOKIE, "lang=da; __Host-sid=abc");
        assert!(!from_this_site(
            &headers(std::slice::from_ref(&session)),
            site
        ));
        assert!(from_this_site(
            &headers(&[
                session,
                (header::ORIGIN, "https://socialokonomi.example.dk")
            ]),
            site
        ));
        assert!(
            from_this_site(&headers(&[(header::COOKIE, "lang=da")]), site),
            "no session to abuse"
        );
    }

    #[test]
    fn private_pages_are_the_staff_area_status_pages_drafts_and_server_functions() {
        for private in [
            "/staff",
            "/staff/inbox",
            "/enquiry/status/abc",
            "/registry/apply/confirm/abc",
            "/registry/application/abc",
            "/assessment/abc/result",
            "/api/inbox/export_person",
        ] {
            assert!(is_private(private), "{private}");
        }
        for public in [
            "/",
            "/registry",
            "/registry/apply",
            "/registry/13748136",
            "/assessment",
            "/enquiry",
            "/staffing",
            "/api/v1/companies",
        ] {
            assert!(!is_private(public), "{public}");
        }
    }
}
