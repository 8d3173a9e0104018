use crate::components::PageTitle;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle msg=Msg::HomeTitle/>
        <section class="hero">
            <h1>{i18n.t(Msg::HomeHeading)}</h1>
            <p class="lead">{i18n.t(Msg::HomeLead)}</p>
        </section>
        <section aria-labelledby="rsv-heading">
            <h2 id="rsv-heading">{i18n.t(Msg::RsvExplainedHeading)}</h2>
            <p>{i18n.t(Msg::RsvExplainedText)}</p>
        </section>
        <ul class="cards">
            <li class="card">
                <h2><a href="/assessment">{i18n.t(Msg::AssessmentCardTitle)}</a></h2>
                <p>{i18n.t(Msg::AssessmentCardText)}</p>
            </li>
            <li class="card">
                <h2><a href="/registry">{i18n.t(Msg::RegistryCardTitle)}</a></h2>
                <p>{i18n.t(Msg::RegistryCardText)}</p>
            </li>
        </ul>
    }
}
