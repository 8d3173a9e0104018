use crate::i18n::{Lang, use_i18n};
use leptos::prelude::*;

/// A paragraph of data written in Danish and perhaps English. In English, falls back to the
/// Danish text, marked `lang="da"` so screen readers pronounce it right.
#[component]
pub fn LocalizedText(
    da: String,
    en: Option<String>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = move || match (i18n.lang(), &en) {
        (Lang::En, Some(en)) => (Lang::En, en.clone()),
        _ => (Lang::Da, da.clone()),
    };
    let chosen = Memo::new(move |_| chosen());
    view! {
        <p class=class lang=move || chosen.get().0.code()>
            {move || chosen.get().1}
        </p>
    }
}
