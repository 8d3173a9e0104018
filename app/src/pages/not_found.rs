use crate::components::PageTitle;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::error::AppError::NotFound.set_response_status();
    let i18n = use_i18n();
    view! {
        <PageTitle msg=Msg::NotFoundTitle/>
        <h1>{i18n.t(Msg::NotFoundTitle)}</h1>
        <p>{i18n.t(Msg::NotFoundText)}</p>
        <p><a href="/">{i18n.t(Msg::BackToHome)}</a></p>
    }
}
