use super::api::{ApplicationView, HistoryItem};
use super::fields::ListingFields;
use super::logo_form::LogoForm;
use super::server_fns::{AnswerListing, application_status};
use crate::components::{ErrorNotice, PageTitle};
use crate::domain::listing::ListingStatus;
use crate::error::AppError;
use crate::i18n::{Labelled, Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/registry/application/{token}`: the applicant's private page: where the application
/// stands, its history with the municipality's reasons, and while changes are requested
/// the form to answer with. `?confirmed=1` after confirming, `?sent=1` after answering.
#[component]
pub fn ApplicationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let token = move || params.read().get("token").unwrap_or_default();
    // After answering the page comes back with `?sent=1`: load the application anew.
    let data = Resource::new(
        move || {
            let q = query.read();
            (token(), q.get("sent"), q.get("retry"))
        },
        |(token, _, retry)| application_status(token, retry),
    );
    let notice = move || {
        let q = query.read();
        if q.get("confirmed").is_some() {
            Some(Msg::ApplicationConfirmed)
        } else if q.get("sent").is_some() {
            Some(Msg::ApplicationAnswered)
        } else {
            None
        }
    };
    view! {
        <PageTitle msg=Msg::ApplicationTitle/>
        {move || notice().map(|msg| view! {
            <div class="notice notice-info" role="status"><p>{i18n.t(msg)}</p></div>
        })}
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(view) => view! { <Application view token=token()/> }.into_any(),
                    Err(AppError::NotFound) => view! {
                        <h1>{i18n.t(Msg::ApplicationNotFound)}</h1>
                        <p><a href="/registry/apply">{i18n.t(Msg::ApplyTitle)}</a></p>
                    }.into_any(),
                    Err(error) => view! { <h1>{i18n.t(error.message())}</h1> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Application(view: ApplicationView, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let answering = view.status == ListingStatus::ChangesRequested;
    let (token_for_logo, company) = (token.clone(), view.company.clone());
    let answer = ServerAction::<AnswerListing>::new();
    let error = Signal::derive(move || answer.value().get().and_then(Result::err));
    let form = answering.then(|| {
        view! {
            <h2>{i18n.t(Msg::ApplicationAnswerHeading)}</h2>
            {move || error.get().map(|error| view! {
                <ErrorNotice msg=error.message()/>
            })}
            <ActionForm action=answer attr:class="wizard-form listing-form" attr:novalidate=true>
                <input type="hidden" name="token" value=token/>
                <ListingFields form=view.form municipalities=view.municipalities error answering=true/>
                <div class="wizard-buttons">
                    <button type="submit" class="button">{i18n.t(Msg::ApplicationAnswerSend)}</button>
                </div>
            </ActionForm>
        }
    });
    view! {
        <h1>{i18n.t(Msg::ApplicationTitle)} ": " {view.company}</h1>
        <dl class="facts">
            <dt>{i18n.t(Msg::CvrLabel)}</dt>
            <dd>{view.cvr}</dd>
            <dt>{i18n.t(Msg::ApplicationStatusLabel)}</dt>
            <dd class="listing-status">{i18n.t(view.status.label())}</dd>
        </dl>
        <History items=view.history/>
        {view.logo_editable.then(|| view! {
            <LogoForm action="/api/listing/logo" key=("token", token_for_logo) logo=view.logo
                company=company/>
        })}
        {form}
        <p class="help">{i18n.t(Msg::ApplicationKeepLink)}</p>
    }
}

/// A listing's history, oldest first, with who acted when the viewer may know.
#[component]
pub fn History(items: Vec<HistoryItem>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = items
        .into_iter()
        .map(|h| {
            view! {
                <li>
                    <time datetime=h.on.clone()>{h.on.clone()}</time> ": "
                    <strong>{i18n.t(h.step.label())}</strong>
                    {h.by_staff.map(|name| view! { " (" {name} ")" })}
                    {h.reason.map(|r| view! { <p class="reason">{r}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{i18n.t(Msg::HistoryHeading)}</h2>
        <ol class="history">{rows}</ol>
    }
}
