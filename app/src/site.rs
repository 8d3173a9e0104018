//! Where the site is reachable from outside, for links shown to people or sent by email.
//! Server only: the server puts it in context from `PUBLIC_URL`.

/// Scheme and host without a trailing slash, e.g. `https://socialokonomi.example.dk`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl(pub String);

impl SiteUrl {
    pub fn new(url: &str) -> Self {
        Self(url.trim().trim_end_matches('/').to_owned())
    }
}

/// The site's URL from context; the development address when none was provided.
pub fn use_site_url() -> SiteUrl {
    leptos::prelude::use_context::<SiteUrl>()
        .unwrap_or_else(|| SiteUrl::new("http://127.0.0.1:3000"))
}
