//! The public registry pages (`/registry` with its searches, `/registry/{cvr}`), kept as
//! rendered under the registry's version: rendering a page of 20 companies cost several
//! times what reading it did (perf, issue 11), and these pages are read far more often than
//! the registry changes. Exact on every server instance, as the registry's own cache is
//! (`app::registry::version`): every change to what these pages show moves the version
//! first (triggers), so a page from before it is never sent. One primary-key read per
//! request remains.
//!
//! A page differs from request to request in one thing, the nonce of its scripts
//! (Content-Security-Policy): it is kept cut at the nonce and sent with a new one.
//! The pages also say `private, no-cache` with an `ETag` that carries the nonce the browser holds,
//! so a revalidation is answered `304` with that page's own policy.
use app::i18n::Lang;
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use lru::LruCache;
use sea_orm::DatabaseConnection;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, LazyLock, Mutex};

/// Kept pages, least recently used dropped first, up to this many bytes in all.
const MAX_BYTES: usize = 8 << 20;
/// A page larger than this is not kept.
const MAX_PAGE_BYTES: usize = 512 << 10;
/// Nor one asked for at a longer path and query (a search's own is a few dozen bytes).
const MAX_TARGET_BYTES: usize = 1024;

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    version: app::registry::Version,
    /// A check goes stale with the days (`RsvCheck::stale`).
    day: chrono::NaiveDate,
    lang: Lang,
    /// Path and query as asked.
    target: String,
}

/// A rendered page cut at its nonce.
struct Page {
    headers: Vec<(HeaderName, Vec<String>)>,
    body: Vec<String>,
    /// Of the cut page: it names the content, whatever the nonce.
    hash: u64,
    bytes: usize,
}

struct Kept {
    pages: LruCache<Key, Arc<Page>>,
    bytes: usize,
}

static KEPT: LazyLock<Mutex<Kept>> = LazyLock::new(|| {
    Mutex::new(Kept {
        pages: LruCache::unbounded(),
        bytes: 0,
    })
});

fn kept() -> std::sync::MutexGuard<'static, Kept> {
    // A poisoned lock still holds whole pages: each is put in one assignment.
    KEPT.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Whether the request carries a staff session: such a visitor is always rendered for, so
/// a page that one day shows something of the session is never kept and sent to others.
fn signed_in(headers: &HeaderMap) -> bool {
    let names = [
        app::account::session_cookie_name(false),
        app::account::session_cookie_name(true),
    ];
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .any(|(name, _)| names.contains(&name))
}

/// Whether `path` is a page kept here: the registry's list and a company's profile.
fn is_kept_page(path: &str) -> bool {
    path == "/registry"
        || path
            .strip_prefix("/registry/")
            .is_some_and(|cvr| cvr.len() == 8 && cvr.bytes().all(|b| b.is_ascii_digit()))
}

pub async fn serve(State(db): State<DatabaseConnection>, request: Request, next: Next) -> Response {
    if request.method() != Method::GET
        || !is_kept_page(request.uri().path())
        || signed_in(request.headers())
    {
        return next.run(request).await;
    }
    let Ok(version) = app::registry::version(&db).await else {
        return next.run(request).await;
    };
    let lang = request
        .headers()
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .map(Lang::from_cookie_header)
        .unwrap_or_default();
    let key = Key {
        version,
        day: chrono::Utc::now().date_naive(),
        lang,
        target: request.uri().to_string(),
    };
    let revalidating = request.headers().get(header::IF_NONE_MATCH).cloned();
    let found = kept().pages.get(&key).cloned();
    if let Some(page) = found {
        return page.respond(revalidating.as_ref());
    }
    let response = next.run(request).await;
    let (parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(err) => {
            tracing::error!(%err, "a registry page could not be rendered whole");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    // Only a page under an address of ordinary length: one with a long made-up query would
    // only push the pages people read out of the memory kept.
    let keepable = key.target.len() <= MAX_TARGET_BYTES;
    match Page::cut(&parts.status, &parts.headers, &bytes).filter(|_| keepable) {
        Some(mut page) => {
            page.bytes += key.target.len();
            let page = Arc::new(page);
            keep(key, page.clone());
            page.respond(revalidating.as_ref())
        }
        None => Response::from_parts(parts, Body::from(bytes)),
    }
}

fn keep(key: Key, page: Arc<Page>) {
    let mut kept = kept();
    kept.bytes += page.bytes;
    if let Some((_, old)) = kept.pages.push(key, page) {
        kept.bytes -= old.bytes;
    }
    while kept.bytes > MAX_BYTES {
        match kept.pages.pop_lru() {
            Some((_, old)) => kept.bytes -= old.bytes,
            None => break,
        }
    }
}

impl Page {
    /// A page fit to keep: a whole page (200, HTML) with a nonce, setting no cookie.
    fn cut(status: &StatusCode, headers: &HeaderMap, body: &Bytes) -> Option<Page> {
        let is_html = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
        if *status != StatusCode::OK
            || !is_html
            || headers.contains_key(header::SET_COOKIE)
            || body.len() > MAX_PAGE_BYTES
        {
            return None;
        }
        let policy = headers
            .get(header::CONTENT_SECURITY_POLICY)?
            .to_str()
            .ok()?;
        let nonce = nonce_in(policy)?;
        let body: Vec<String> = std::str::from_utf8(body)
            .ok()?
            .split(nonce)
            .map(str::to_owned)
            .collect();
        let headers: Vec<(HeaderName, Vec<String>)> = headers
            .iter()
            .filter(|(name, _)| **name != header::CONTENT_LENGTH)
            .map(|(name, value)| {
                let value = value.to_str().ok()?;
                Some((
                    name.clone(),
                    value.split(nonce).map(str::to_owned).collect(),
                ))
            })
            .collect::<Option<_>>()?;
        let mut hasher = DefaultHasher::new();
        body.hash(&mut hasher);
        let bytes = body.iter().map(String::len).sum::<usize>() + 256;
        Some(Page {
            headers,
            body,
            hash: hasher.finish(),
            bytes,
        })
    }

    /// The page with a new nonce; `304` when the browser holds this very page.
    fn respond(&self, revalidating: Option<&HeaderValue>) -> Response {
        let held = revalidating
            .and_then(|v| v.to_str().ok())
            .and_then(|etag| self.held_nonce(etag));
        let (status, nonce) = match held {
            Some(nonce) => (StatusCode::NOT_MODIFIED, nonce),
            None => (StatusCode::OK, leptos::nonce::Nonce::new().to_string()),
        };
        let mut response = Response::new(match status {
            StatusCode::OK => Body::from(self.body.join(&nonce)),
            _ => Body::empty(),
        });
        *response.status_mut() = status;
        let h = response.headers_mut();
        for (name, parts) in &self.headers {
            if status == StatusCode::NOT_MODIFIED && *name == header::CONTENT_TYPE {
                continue;
            }
            if let Ok(value) = HeaderValue::from_str(&parts.join(&nonce)) {
                h.append(name.clone(), value);
            }
        }
        if let Ok(etag) = HeaderValue::from_str(&format!("W/\"{:016x}-{nonce}\"", self.hash)) {
            h.insert(header::ETAG, etag);
        }
        // Its nonce is this response's own: a shared cache must not hand it to others.
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
        // Also on a 304, as on the 200 it stands for (compressed by what was accepted).
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        response
    }

    /// The nonce of the copy the browser holds, when `If-None-Match` names this page.
    fn held_nonce(&self, if_none_match: &str) -> Option<String> {
        if_none_match.split(',').find_map(|tag| {
            let tag = tag.trim().strip_prefix("W/")?.strip_prefix('"')?;
            let (hash, nonce) = tag.strip_suffix('"')?.split_once('-')?;
            let nonce_like = nonce.len() == 22
                && nonce
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            (u64::from_str_radix(hash, 16).ok()? == self.hash && nonce_like)
                .then(|| nonce.to_owned())
        })
    }
}

/// The nonce a Content-Security-Policy allows scripts by (`'nonce-…'`).
fn nonce_in(policy: &str) -> Option<&str> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let len = policy[start..].find('\'')?;
    Some(&policy[start..start + len]).filter(|n| n.len() >= 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> Page {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("script-src 'self' 'nonce-AAAAAAAAAAAAAAAAAAAAAA'"),
        );
        Page::cut(&StatusCode::OK, &headers, &Bytes::from(body.to_owned())).expect("kept")
    }

    #[test]
    fn only_the_registry_pages_are_kept() {
        assert!(is_kept_page("/registry"));
        assert!(is_kept_page("/registry/12345678"));
        for other in [
            "/registry/apply",
            "/registry/statistics",
            "/registry/1234",
            "/",
            "/staff",
        ] {
            assert!(!is_kept_page(other), "{other}");
        }
    }

    #[test]
    fn a_visitor_with_a_staff_session_is_never_served_from_here() {
        let with = |cookie: &'static str| {
            let mut h = HeaderMap::new();
            h.insert(header::COOKIE, HeaderValue::from_static(cookie));
            h
        };
        assert!(signed_in(&with("lang=en; sid=abc")));
        assert!(signed_in(&with("__Host-sid=abc")));
        assert!(!signed_in(&with("lang=en")));
        assert!(!signed_in(&with("xsid=abc")));
        assert!(!signed_in(&HeaderMap::new()));
    }

    #[test]
    fn each_answer_has_a_new_nonce_in_page_and_policy() {
        let page = page(r#"<script nonce="AAAAAAAAAAAAAAAAAAAAAA">x</script>"#);
        let nonce_of = |r: &Response| {
            let policy = r.headers()[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap();
            nonce_in(policy).unwrap().to_owned()
        };
        let (a, b) = (page.respond(None), page.respond(None));
        assert_eq!(a.status(), StatusCode::OK);
        assert_ne!(nonce_of(&a), nonce_of(&b));
        assert_ne!(nonce_of(&a), "AAAAAAAAAAAAAAAAAAAAAA");
        let etag = a.headers()[header::ETAG].to_str().unwrap();
        assert!(etag.ends_with(&format!("-{}\"", nonce_of(&a))), "{etag}");
    }

    #[test]
    fn a_revalidation_of_the_same_page_gets_304_with_its_own_nonce() {
        let page = page("<p>same</p>");
        let first = page.respond(None);
        let etag = first.headers()[header::ETAG].clone();
        let again = page.respond(Some(&etag));
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        let policy = again.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap();
        let first_policy = first.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap();
        assert_eq!(
            policy, first_policy,
            "the policy of the copy the browser holds"
        );

        let changed = self::page("<p>changed</p>");
        assert_eq!(changed.respond(Some(&etag)).status(), StatusCode::OK);
        let forged = HeaderValue::from_static("W/\"0-AAAAAAAAAAAAAAAAAAAAAA\"");
        assert_eq!(page.respond(Some(&forged)).status(), StatusCode::OK);
    }

    #[test]
    fn errors_cookies_and_pages_without_a_nonce_are_not_kept() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
        let body = Bytes::from_static(b"<p>x</p>");
        assert!(
            Page::cut(&StatusCode::OK, &headers, &body).is_none(),
            "no nonce"
        );
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA'"),
        );
        assert!(Page::cut(&StatusCode::OK, &headers, &body).is_some());
        assert!(Page::cut(&StatusCode::NOT_FOUND, &headers, &body).is_none());
        headers.insert(header::SET_COOKIE, HeaderValue::from_static("lang=en"));
        assert!(Page::cut(&StatusCode::OK, &headers, &body).is_none());
    }
}
