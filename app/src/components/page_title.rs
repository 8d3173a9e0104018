use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_meta::Title;

/// `<title>`: the page's own name, then the site's, in the current language.
#[component]
pub fn PageTitle(
    msg: Msg,
    /// Shown instead of `msg` when the title is data, e.g. a company's name.
    #[prop(optional, into)]
    name: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        let lang = i18n.lang();
        let page = name.clone().unwrap_or_else(|| lang.t(msg).to_owned());
        format!("{page} · {}", lang.t(Msg::SiteName))
    };
    // The server writes the title once, as text: leptos_meta reads it after the page has
    // rendered, outside the request's reactive arena, where reading the language signal
    // panicked now and then under concurrent requests (and the connection was dropped).
    #[cfg(feature = "ssr")]
    let text = text();
    view! { <Title text=text/> }
}
