use super::api::EnquiryFormData;
use super::server_fns::{SubmitEnquiry, enquiry_form_data};
use crate::assessment::criterion_title;
use crate::components::{Control, ErrorNotice, Field, PageTitle, choice};
use crate::domain::enquiry::Topic;
use crate::form::rules;
use crate::i18n::{Labelled, Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/enquiry`: write to the municipality without an account. `?assessment=<token>` attaches
/// a self-assessment; `?topic=`, `?cvr=` and `?organisation=` fill in a new form; `?retry=<token>` brings back a form posted without JavaScript that had
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
        <p>
            {i18n.t(Msg::MentorsAskText)}" "
            <a href="/mentors/ask?from=enquiry">{i18n.t(Msg::AskMentorTitle)}</a>
        </p>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(mut data) => {
                        // `?topic=…&cvr=…&organisation=…` (a registry profile's "report an
                        // error") fills in a new form; one that came back keeps what was typed.
                        if data.form == Default::default() {
                            let q = query.read_untracked();
                            let given = |key: &str| q.get(key).unwrap_or_default();
                            data.form.topic = given("topic");
                            data.form.cvr = given("cvr");
                            data.form.organisation = given("organisation");
                        }
                        view! { <EnquiryFormView data submit/> }.into_any()
                    }
                    Err(error) => view! {
                        <ErrorNotice msg=error.message()/>
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
        assessment,
    } = data;
    // With JavaScript the action's error; without, `Field` reads the `fe=` parameters the
    // failed post came back with (`field_error`) and the layout says what went wrong.
    let error = Signal::derive(move || submit.value().get().and_then(Result::err));
    let municipality_options: Vec<_> = municipalities
        .into_iter()
        .map(|m| choice(m.slug, m.name))
        .collect();
    let topic_options: Vec<_> = Topic::ALL
        .into_iter()
        .map(|t| choice(t.code(), t.label()))
        .collect();
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
    view! {
        {move || error.get().map(|error| view! {
            <ErrorNotice msg=error.message()/>
        })}
        <ActionForm action=submit attr:class="wizard-form enquiry-form" attr:novalidate=true>
            {attached}
            <Field name="municipality" group="form" label=Msg::MunicipalityLabel control=Control::Select
                options=municipality_options value=form.municipality error/>
            <Field name="topic" group="form" label=Msg::EnquiryTopicLabel control=Control::Select
                empty_option=Msg::EnquiryChooseTopic options=topic_options value=form.topic error/>
            <Field name="message" group="form" label=Msg::EnquiryMessageLabel hint=Msg::EnquiryMessageHelp
                control=Control::TextArea rows=8 maxlength=10000 value=form.message error/>
            <Field name="name" group="form" label=Msg::EnquiryNameLabel autocomplete="name" maxlength=200
                value=form.name error/>
            <Field name="email" group="form" label=Msg::EmailLabel hint=Msg::EnquiryEmailHelp
                control=Control::Email autocomplete="email" maxlength=254 value=form.email
                check=rules::email error/>
            <Field name="phone" group="form" label=Msg::PhoneLabel optional=true control=Control::Tel
                autocomplete="tel" maxlength=32 value=form.phone check=rules::phone error/>
            <Field name="organisation" group="form" label=Msg::EnquiryOrganisationLabel optional=true
                autocomplete="organization" maxlength=200 value=form.organisation error/>
            <Field name="cvr" group="form" label=Msg::CvrLabel optional=true hint=Msg::EnquiryCvrHelp
                inputmode="numeric" maxlength=12 value=form.cvr check=rules::cvr error/>
            <Field name="consent" group="form" label=Msg::EnquiryConsentLabel control=Control::Checkbox
                checked=form.consent.is_some() error
                label_extra=move || view! { <a href="/privacy">{i18n.t(Msg::PrivacyTitle)}</a> }/>
            <div class="wizard-buttons">
                <button type="submit" class="button">{i18n.t(Msg::EnquirySend)}</button>
            </div>
        </ActionForm>
    }
}
