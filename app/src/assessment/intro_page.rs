use super::server_fns::StartAssessment;
use crate::components::{ErrorNotice, PageTitle};
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;

/// `/assessment`: what the self-assessment is, and the button that starts a draft. The
/// button is a form post: without JavaScript the server answers with a redirect to the
/// first step; with it, the router follows the same redirect.
#[component]
pub fn AssessmentIntroPage() -> impl IntoView {
    let i18n = use_i18n();
    let start = ServerAction::<StartAssessment>::new();
    let failed = move || start.value().get().and_then(Result::err);
    view! {
        <PageTitle msg=Msg::NavAssessment/>
        <h1>{i18n.t(Msg::AssessmentTitle)}</h1>
        <p class="lead">{i18n.t(Msg::AssessmentLead)}</p>
        <p>{i18n.t(Msg::AssessmentHowItWorks)}</p>
        <p>{i18n.t(Msg::AssessmentPrivacy)}</p>
        {move || failed().map(|error| view! {
            <ErrorNotice msg=error.message()/>
        })}
        <ActionForm action=start attr:class="start-form">
            <button type="submit" class="button button-large">{i18n.t(Msg::AssessmentStart)}</button>
        </ActionForm>
        <p class="disclaimer">{i18n.t(Msg::AssessmentNotLegalAdvice)}</p>
    }
}
