use crate::components::PageTitle;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;

/// `/privacy`: what the site keeps about people, for how long, and who sees it.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle msg=Msg::PrivacyTitle/>
        <h1>{i18n.t(Msg::PrivacyTitle)}</h1>
        <p class="lead">{i18n.t(Msg::PrivacyIntro)}</p>
        <ul class="privacy">
            <li>{i18n.t(Msg::PrivacyEnquiries)}</li>
            <li>{i18n.t(Msg::PrivacyAssessment)}</li>
            <li>{i18n.t(Msg::PrivacyCookies)}</li>
            <li>{i18n.t(Msg::PrivacyRights)}</li>
        </ul>
    }
}
