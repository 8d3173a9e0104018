//! The built files under `/pkg`: the copy compressed at build time that the browser
//! accepts, kept for a year when its name carries its hash, revalidated when it does not.
mod common;

use common::{Reply, scratch_dir, send};
use http::{Request, StatusCode, header};
use leptos::config::LeptosOptions;
use std::path::Path;

const CSS: &str = "body { color: black }";

/// A built site as `cargo leptos build --release --precompress` leaves it.
fn site(root: &Path) {
    let pkg = root.join("pkg");
    std::fs::create_dir_all(pkg.join("snippets/web-sys")).unwrap();
    std::fs::write(pkg.join("socialokonomi.AbC.css"), CSS).unwrap();
    std::fs::write(pkg.join("socialokonomi.AbC.css.br"), b"brotli bytes").unwrap();
    std::fs::write(pkg.join("socialokonomi.AbC.css.gz"), b"gzip bytes").unwrap();
    std::fs::write(pkg.join("snippets/web-sys/inline0.js"), "export {}").unwrap();
}

async fn get(root: &Path, hashed: bool, path: &str, accept: Option<&str>) -> Reply {
    let options = LeptosOptions::builder()
        .output_name("socialokonomi")
        .site_root(root.to_str().unwrap())
        .hash_files(hashed)
        .build();
    let mut request = Request::get(path);
    if let Some(accept) = accept {
        request = request.header(header::ACCEPT_ENCODING, accept);
    }
    let router = server::static_files::router(&options);
    send(router, request.body(Default::default()).unwrap()).await
}

fn header(reply: &Reply, name: header::HeaderName) -> &str {
    reply
        .headers
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_hashed_file_is_sent_precompressed_and_kept_for_a_year() {
    let root = scratch_dir("static-hashed");
    site(&root);
    let path = "/pkg/socialokonomi.AbC.css";

    let br = get(&root, true, path, Some("gzip, deflate, br")).await;
    assert_eq!(br.status, StatusCode::OK);
    assert_eq!(header(&br, header::CONTENT_ENCODING), "br");
    assert_eq!(br.bytes, b"brotli bytes");
    assert_eq!(header(&br, header::CONTENT_TYPE), "text/css");
    assert_eq!(
        header(&br, header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(header(&br, header::VARY), "accept-encoding");
    assert_eq!(header(&br, header::X_CONTENT_TYPE_OPTIONS), "nosniff");

    let gz = get(&root, true, path, Some("gzip")).await;
    assert_eq!(header(&gz, header::CONTENT_ENCODING), "gzip");
    assert_eq!(gz.bytes, b"gzip bytes");

    let plain = get(&root, true, path, None).await;
    assert_eq!(header(&plain, header::CONTENT_ENCODING), "");
    assert_eq!(plain.body, CSS);
    std::fs::remove_dir_all(&root).unwrap();
}

#[tokio::test]
async fn files_that_keep_their_names_are_revalidated_and_missing_ones_not_kept() {
    let root = scratch_dir("static-plain");
    site(&root);
    let unhashed_build = get(&root, false, "/pkg/socialokonomi.AbC.css", None).await;
    assert_eq!(header(&unhashed_build, header::CACHE_CONTROL), "no-cache");

    let snippet = get(&root, true, "/pkg/snippets/web-sys/inline0.js", None).await;
    assert_eq!(snippet.status, StatusCode::OK);
    assert_eq!(header(&snippet, header::CACHE_CONTROL), "no-cache");

    let missing = get(&root, true, "/pkg/socialokonomi.Old.css", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(header(&missing, header::CACHE_CONTROL), "no-store");

    let outside = get(&root, true, "/pkg/../secret.txt", None).await;
    assert_ne!(outside.status, StatusCode::OK);
    std::fs::remove_dir_all(&root).unwrap();
}
