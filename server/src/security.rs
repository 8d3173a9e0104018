//! Response hardening that applies to every route.
use app::settings::SiteUrl;
use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
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

/// Cross-site request forgery: a state-changing request that a browser sends from another
/// site carries that site in `Origin` (or `Referer`), and is refused. Requests without
/// either come from non-browser clients, which carry no victim's cookies. The session and
/// language cookies are also `SameSite=Lax`, so this is the second lock. The public JSON
/// API (`/api/v1/`) keeps no state and is open to other sites.
pub async fn same_origin(State(site): State<SiteUrl>, request: Request, next: Next) -> Response {
    let unsafe_method = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if unsafe_method
        && !request.uri().path().starts_with("/api/v1/")
        && !from_this_site(request.headers(), &site.0)
    {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    next.run(request).await
}

fn from_this_site(headers: &HeaderMap, site_url: &str) -> bool {
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(source) = source else {
        return true;
    };
    let origin_of = |url: &str| -> Option<String> {
        let (scheme, rest) = url.split_once("://")?;
        let host = rest.split(['/', '?', '#']).next()?;
        Some(format!("{scheme}://{host}").to_ascii_lowercase())
    };
    let Some(source) = origin_of(source) else {
        return false;
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let mut allowed: Vec<String> = origin_of(site_url).into_iter().collect();
    if let Some(host) = host {
        allowed.push(format!("http://{host}").to_ascii_lowercase());
        allowed.push(format!("https://{host}").to_ascii_lowercase());
    }
    allowed.contains(&source)
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
        let site = "https://socialokonomi.example.dk";
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
        // Behind a proxy that keeps the Host header.
        assert!(from_this_site(
            &headers(&[
                (header::ORIGIN, "http://127.0.0.1:3000"),
                (header::HOST, "127.0.0.1:3000")
            ]),
            site
        ));
    }
}
