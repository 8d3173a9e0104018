use super::api::EnquiryFormData;
use super::server_fns::{SubmitEnquiry, enquiry_form_data};
use crate::assessment::criterion_title;
use crate::components::PageTitle;
use crate::domain::enquiry::Topic;
use crate::domain::text::html_escape;
use crate::error::FieldError;
use crate::i18n::{Labelled, Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/enquiry`: write to the municipality without an account. `?assessment=<token>` attaches
/// a self-assessment; `?retry=<token>` brings back a form posted without JavaScript that had
/// errors, filled in as it was.
#[component]
pub fn EnquiryPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let data = Resource::new(
        move || {
            let q = query.read();
            (q.get("retry"), q.get("assessment"))
        },
        |(retry, assessment)| enquiry_form_data(retry, assessment),
    );
    let submit = ServerAction::<SubmitEnquiry>::new();
    view! {
        <PageTitle msg=Msg::EnquiryTitle/>
        <h1>{i18n.t(Msg::EnquiryTitle)}</h1>
        <p class="lead">{i18n.t(Msg::EnquiryLead)}</p>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <EnquiryFormView data submit/> }.into_any(),
                    Err(error) => view! {
                        <p class="notice notice-error" role="alert">{i18n.t(error.message())}</p>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn EnquiryFormView(data: EnquiryFormData, submit: ServerAction<SubmitEnquiry>) -> impl IntoView {
    let i18n = use_i18n();
    let EnquiryFormData {
        municipalities,
        form,
        errors,
        assessment,
    } = data;
    // Without JavaScript a failed post comes back with its errors in the URL (`fe=`).
    let from_url: Vec<FieldError> = use_query_map()
        .read_untracked()
        .get_all("fe")
        .unwrap_or_default()
        .iter()
        .filter_map(|v| FieldError::from_param(v))
        .collect();
    let posted_errors = StoredValue::new(if errors.is_empty() { from_url } else { errors });
    // With JavaScript the errors come from the action; without, from the kept form.
    let error_for = move |name: &'static str| -> Option<FieldError> {
        match submit.value().get() {
            Some(Err(error)) => error.field(name).cloned(),
            Some(Ok(())) => None,
            None => posted_errors.with_value(|e| e.iter().find(|e| e.field == name).cloned()),
        }
    };
    let error_view = move |name: &'static str| {
        move || {
            error_for(name).map(|e| {
                view! { <p id=format!("{name}-error") class="field-error">{move || e.text(i18n.lang())}</p> }
            })
        }
    };
    let invalid = move |name: &'static str| move || error_for(name).is_some().then_some("true");
    let has_errors = move || match submit.value().get() {
        Some(Err(_)) => true,
        Some(Ok(())) => false,
        None => posted_errors.with_value(|e| !e.is_empty()),
    };
    let chosen = form.municipality.clone();
    let municipality_options = municipalities
        .into_iter()
        .map(|m| {
            let selected = m.slug == chosen;
            view! { <option value=m.slug selected=selected>{m.name}</option> }
        })
        .collect_view();
    let topic = form.topic.clone();
    let topic_options = Topic::ALL
        .into_iter()
        .map(|t| {
            let selected = t.code() == topic;
            view! { <option value=t.code() selected=selected>{i18n.t(t.label())}</option> }
        })
        .collect_view();
    let attached = assessment.map(|a| {
        let unmet = a
            .unmet
            .iter()
            .map(|id| view! { <li><strong>{i18n.t(criterion_title(*id))}</strong></li> })
            .collect_view();
        view! {
            <div class="notice notice-info attached-assessment">
                <p>{i18n.t(Msg::EnquiryAssessmentAttached)}</p>
                {(!a.unmet.is_empty()).then(|| view! {
                    <p>{i18n.t(Msg::EnquiryAssessmentUnmet)}</p>
                    <ul>{unmet}</ul>
                })}
                <input type="hidden" name="form[assessment]" value=a.token/>
            </div>
        }
    });
    let described = move |name: &'static str, help: bool| {
        move || {
            let mut ids = Vec::new();
            if help {
                ids.push(format!("{name}-help"));
            }
            if error_for(name).is_some() {
                ids.push(format!("{name}-error"));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        {move || has_errors().then(|| view! {
            <p class="notice notice-error" role="alert">{i18n.t(Msg::ErrorInvalid)}</p>
        })}
        <ActionForm action=submit attr:class="wizard-form enquiry-form" attr:novalidate=true>
            {attached}
            <div class="field">
                <label for="municipality">{i18n.t(Msg::MunicipalityLabel)}</label>
                {error_view("municipality")}
                <select id="municipality" name="form[municipality]" aria-invalid=invalid("municipality")>
                    {municipality_options}
                </select>
            </div>
            <div class="field">
                <label for="topic">{i18n.t(Msg::EnquiryTopicLabel)}</label>
                {error_view("topic")}
                <select id="topic" name="form[topic]" aria-invalid=invalid("topic")>
                    <option value="">{i18n.t(Msg::EnquiryChooseTopic)}</option>
                    {topic_options}
                </select>
            </div>
            <div class="field">
                <label for="message">{i18n.t(Msg::EnquiryMessageLabel)}</label>
                <p id="message-help" class="help">{i18n.t(Msg::EnquiryMessageHelp)}</p>
                {error_view("message")}
                // Children of a textarea are not escaped when rendered on the server (it is
                // raw text to the renderer), so the kept text goes in escaped by hand.
                <textarea id="message" name="form[message]" rows="8" maxlength="10000"
                    aria-invalid=invalid("message") aria-describedby=described("message", true)
                    inner_html=html_escape(&form.message)>
                </textarea>
            </div>
            <div class="field">
                <label for="name">{i18n.t(Msg::EnquiryNameLabel)}</label>
                {error_view("name")}
                <input id="name" name="form[name]" autocomplete="name" maxlength="200" value=form.name.clone()
                    aria-invalid=invalid("name") aria-describedby=described("name", false)/>
            </div>
            <div class="field">
                <label for="email">{i18n.t(Msg::EmailLabel)}</label>
                <p id="email-help" class="help">{i18n.t(Msg::EnquiryEmailHelp)}</p>
                {error_view("email")}
                <input id="email" name="form[email]" type="email" autocomplete="email" maxlength="254" value=form.email.clone()
                    aria-invalid=invalid("email") aria-describedby=described("email", true)/>
            </div>
            <div class="field">
                <label for="phone">{i18n.t(Msg::PhoneLabel)} " " {i18n.t(Msg::OptionalHint)}</label>
                {error_view("phone")}
                <input id="phone" name="form[phone]" type="tel" autocomplete="tel" maxlength="32" value=form.phone.clone()
                    aria-invalid=invalid("phone") aria-describedby=described("phone", false)/>
            </div>
            <div class="field">
                <label for="organisation">{i18n.t(Msg::EnquiryOrganisationLabel)} " " {i18n.t(Msg::OptionalHint)}</label>
                {error_view("organisation")}
                <input id="organisation" name="form[organisation]" autocomplete="organization" maxlength="200" value=form.organisation.clone()
                    aria-invalid=invalid("organisation") aria-describedby=described("organisation", false)/>
            </div>
            <div class="field">
                <label for="cvr">{i18n.t(Msg::CvrLabel)} " " {i18n.t(Msg::OptionalHint)}</label>
                <p id="cvr-help" class="help">{i18n.t(Msg::EnquiryCvrHelp)}</p>
                {error_view("cvr")}
                <input id="cvr" name="form[cvr]" inputmode="numeric" maxlength="12" value=form.cvr.clone()
                    aria-invalid=invalid("cvr") aria-describedby=described("cvr", true)/>
            </div>
            <div class="field">
                {error_view("consent")}
                <div class="choice">
                    <input id="consent" name="form[consent]" type="checkbox" value="on" checked=form.consent.is_some()
                        aria-invalid=invalid("consent") aria-describedby=described("consent", false)/>
                    <label for="consent">
                        {i18n.t(Msg::EnquiryConsentLabel)} " "
                        <a href="/privacy">{i18n.t(Msg::PrivacyTitle)}</a>
                    </label>
                </div>
            </div>
            <div class="wizard-buttons">
                <button type="submit" class="button">{i18n.t(Msg::EnquirySend)}</button>
            </div>
        </ActionForm>
    }
}
