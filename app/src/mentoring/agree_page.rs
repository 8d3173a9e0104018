use super::api::AgreementView;
use super::fields::StaleNotice;
use super::server_fns::{AgreeMentorship, mentorship_agreement};
use crate::components::{Control, ErrorNotice, Field, PageTitle};
use crate::domain::mentoring::mentorship::MentorshipStatus;
use crate::error::AppError;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/mentorships/agree/{token}`: each side's emailed link. The proposal (mentor,
/// enterprise, period, goals) and the confidentiality agreement; a ticked box and a button
/// agree (opening the link agrees to nothing). Then where it stands: waiting for the
/// other side, or started.
#[component]
pub fn AgreePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let data = Resource::new(
        move || (token(), query.read().get("done")),
        |(token, _)| mentorship_agreement(token),
    );
    view! {
        <PageTitle msg=Msg::AgreeTitle/>
        <h1>{i18n.t(Msg::AgreeTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(view) => view! { <Agreement view token=token()/> }.into_any(),
                    Err(AppError::NotFound) => view! {
                        <ErrorNotice msg=Msg::MyMentorNotFound/>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice msg=error.message()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Agreement(view: AgreementView, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AgreeMentorship>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let municipality = view.municipality.clone();
    let lead = move || {
        i18n.lang()
            .fill(Msg::AgreeLead, &[("municipality", &municipality)])
    };
    let period = format!(
        "{} – {}",
        view.period_from,
        view.period_to.clone().unwrap_or_default()
    );
    let state = match (view.status, view.agreed) {
        (MentorshipStatus::Proposed, false) => None,
        (MentorshipStatus::Proposed, true) => Some(Msg::AgreeWaiting),
        (MentorshipStatus::Active | MentorshipStatus::Paused, _) => Some(Msg::AgreeActive),
        _ => Some(Msg::AgreeClosed),
    };
    view! {
        <p>{lead}</p>
        <dl class="facts">
            <dt>{i18n.t(Msg::ProposeMentorLabel)}</dt><dd>{view.mentor}</dd>
            <dt>{i18n.t(Msg::MentorshipEnterpriseLabel)}</dt><dd>{view.company}</dd>
            <dt>{i18n.t(Msg::MentorshipPeriodLabel)}</dt><dd>{period}</dd>
            <dt>{i18n.t(Msg::GoalsLabel)}</dt><dd class="pre-line">{view.goals}</dd>
        </dl>
        <p>{i18n.t(Msg::AgreeText)}</p>
        {match state {
            Some(msg) => view! {
                <div class="notice notice-info" role="status"><p>{i18n.t(msg)}</p></div>
            }.into_any(),
            None => view! {
                {move || error.get().map(|error| view! { <ErrorNotice msg=error.message()/> })}
                <ActionForm action attr:class="wizard-form" attr:novalidate=true>
                    <input type="hidden" name="token" value=token/>
                    <StaleNotice error/>
                    <Field name="confirm" id="agree-confirm" label=Msg::AgreeConfirmLabel
                        control=Control::Checkbox value="yes" error/>
                    <div class="wizard-buttons">
                        <button type="submit" class="button">{i18n.t(Msg::AgreeButton)}</button>
                    </div>
                </ActionForm>
            }.into_any(),
        }}
    }
}
