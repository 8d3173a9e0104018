//! The built JS, WASM and CSS under `/pkg`: outside the app's layers (no concurrency count,
//! no session, no on-the-fly compression), so a file costs what a file costs.
//! `cargo leptos build --release --precompress` writes a brotli and a gzip copy beside each
//! file, and the one the browser accepts is sent as it is.
//!
//! Their names carry a hash of their content (`hash-files`), so a browser may keep them for
//! a year without asking again: a new build has new names. Without hashed names (a build
//! without `hash.txt`, see `config::hashed_files`) they are revalidated instead, and so are
//! wasm-bindgen's `snippets`, which keep their names.
//!
//! A file whose name carries its hash never changes, so its compressed copies are read into
//! memory at start (some 4 MB): reading one from disk for each request went through tokio's
//! blocking threads, which cost a static file more than rendering a page, and a hundred such
//! threads doubled the server's memory under load (issue 11). Anything else (a file without
//! a compressed copy, a range) is read from disk by `ServeDir`.
use axum::{
    Router,
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::{self, Next},
    response::Response,
};
use leptos::config::LeptosOptions;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use tower_http::services::ServeDir;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub fn router(options: &LeptosOptions) -> Router {
    let dir = Path::new(&*options.site_root).join(&*options.site_pkg_dir);
    let files = ServeDir::new(&dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false);
    let prefix = format!("/{}", options.site_pkg_dir);
    let kept = match options.hash_files {
        true => read_compressed(&dir, &prefix),
        false => HashMap::new(),
    };
    Router::new()
        .nest_service(&prefix, files)
        .layer(middleware::from_fn_with_state(Arc::new(kept), from_memory))
        .layer(middleware::from_fn_with_state(
            options.hash_files,
            cache_headers,
        ))
}

async fn cache_headers(State(hashed): State<bool>, request: Request, next: Next) -> Response {
    let keeps_name = !hashed || request.uri().path().contains("/snippets/");
    let mut response = next.run(request).await;
    let cache = match response.status() {
        StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED if keeps_name => {
            "no-cache"
        }
        StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED => IMMUTABLE,
        // A file missing now may be there after the next deployment.
        _ => "no-store",
    };
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    // Which copy was sent depends on what the browser accepts.
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// A file's compressed copies, as the build wrote them.
struct Compressed {
    content_type: HeaderValue,
    br: Option<Bytes>,
    gzip: Option<Bytes>,
}

type Kept = HashMap<String, Compressed>;

/// The compressed copies of every file under `dir` whose name carries its hash, by path
/// (`/pkg/…`). A file of a type not listed here stays on disk.
fn read_compressed(dir: &Path, prefix: &str) -> Kept {
    let mut kept = Kept::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            let Ok(relative) = path.strip_prefix(dir) else {
                continue;
            };
            let relative = relative.to_string_lossy().replace('\\', "/");
            if path.is_dir() {
                if !relative.starts_with("snippets") {
                    folders.push(path);
                }
                continue;
            }
            let content_type = match path.extension().and_then(|e| e.to_str()) {
                Some("wasm") => "application/wasm",
                Some("js") => "text/javascript",
                Some("css") => "text/css",
                Some("json") => "application/json",
                _ => continue,
            };
            let copy = |ext: &str| {
                std::fs::read(format!("{}.{ext}", path.display()))
                    .ok()
                    .map(Bytes::from)
            };
            let file = Compressed {
                content_type: HeaderValue::from_static(content_type),
                br: copy("br"),
                gzip: copy("gz"),
            };
            if file.br.is_some() || file.gzip.is_some() {
                kept.insert(format!("{prefix}/{relative}"), file);
            }
        }
    }
    tracing::debug!(files = kept.len(), "compressed static files in memory");
    kept
}

async fn from_memory(State(kept): State<Arc<Kept>>, request: Request, next: Next) -> Response {
    match compressed_copy(&kept, &request) {
        Some(response) => response,
        None => next.run(request).await,
    }
}

/// The copy in memory that answers `request`, if there is one.
fn compressed_copy(kept: &Kept, request: &Request) -> Option<Response> {
    let plain_get = matches!(*request.method(), Method::GET | Method::HEAD)
        && !request.headers().contains_key(header::RANGE);
    let file = kept.get(request.uri().path()).filter(|_| plain_get)?;
    let accepts = |coding| accepts(request.headers(), coding);
    let (coding, bytes) = match (&file.br, &file.gzip) {
        (Some(br), _) if accepts("br") => ("br", br),
        (_, Some(gzip)) if accepts("gzip") => ("gzip", gzip),
        _ => return None,
    };
    let length = HeaderValue::from(bytes.len());
    let body = match *request.method() {
        Method::HEAD => Body::empty(),
        _ => Body::from(bytes.clone()),
    };
    let mut response = Response::new(body);
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, file.content_type.clone());
    h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    h.insert(header::CONTENT_LENGTH, length);
    Some(response)
}

/// Whether `Accept-Encoding` takes `coding`: by its own entry's weight when it has one
/// (`br;q=0` refuses it, whatever `*` says), else by `*`'s (RFC 9110 §12.5.3).
fn accepts(headers: &HeaderMap, coding: &str) -> bool {
    let entries: Vec<(&str, bool)> = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|item| {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused = parts.any(|p| {
                let (key, value) = p.split_once('=').unwrap_or((p, ""));
                key.trim().eq_ignore_ascii_case("q")
                    && value.trim().parse::<f32>().is_ok_and(|q| q <= 0.0)
            });
            (name, !refused)
        })
        .collect();
    let weight_of = |name: &str| {
        entries
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, accepted)| *accepted)
    };
    weight_of(coding)
        .or_else(|| weight_of("*"))
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_encoding_is_read_with_its_weights() {
        let with = |value: &'static str| {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
            h
        };
        assert!(accepts(&with("gzip, deflate, br, zstd"), "br"));
        assert!(accepts(&with("gzip;q=1.0, br;q=0.5"), "br"));
        assert!(!accepts(&with("gzip, br;q=0"), "br"));
        assert!(accepts(&with("*"), "gzip"));
        assert!(!accepts(&with("identity"), "gzip"));
        assert!(!accepts(&HeaderMap::new(), "gzip"));
        assert!(!accepts(&with("br;q=0, *"), "br"), "its own entry before *");
        assert!(accepts(&with("br;q=0, *"), "gzip"));
        assert!(!accepts(&with("gzip;Q=0"), "gzip"), "Q is q");
        assert!(!accepts(&with("*;q=0"), "br"));
    }
}
