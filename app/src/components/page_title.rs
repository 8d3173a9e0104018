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
    view! { <Title text=text/> }
}
