use super::api::RequestFormData;
use super::fields::RequestFields;
use super::server_fns::{AskMentor, ask_form_data};
use crate::components::{ErrorNotice, PageTitle};
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/mentors/ask`: an enterprise asks for a mentor, without an account. `?cvr=` (from a
/// registry profile) fills in the company, `?from=` says where the asker came from;
/// `?sent=1` after sending; `?retry=<token>` brings back a form posted without JavaScript
/// that had errors.
#[component]
pub fn AskMentorPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let sent = move || query.read().get("sent").is_some();
    let data = Resource::new(
        move || {
            let q = query.read();
            (q.get("retry"), q.get("cvr"), q.get("from"))
        },
        |(retry, cvr, from)| ask_form_data(retry, cvr, from),
    );
    let ask = ServerAction::<AskMentor>::new();
    view! {
        <PageTitle msg=Msg::AskMentorTitle/>
        <h1>{i18n.t(Msg::AskMentorTitle)}</h1>
        {move || if sent() {
            view! {
                <div class="notice notice-info" role="status">
                    <h2>{i18n.t(Msg::AskMentorSentTitle)}</h2>
                    <p>{i18n.t(Msg::AskMentorSentText)}</p>
                </div>
                <p><a href="/mentors">{i18n.t(Msg::MentorsTitle)}</a></p>
            }.into_any()
        } else {
            view! {
                <p class="lead">{i18n.t(Msg::AskMentorLead)}</p>
                <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(data) => view! { <AskForm data ask/> }.into_any(),
                            Err(error) => view! { <ErrorNotice msg=error.message()/> }.into_any(),
                        }
                    })}
                </Transition>
            }.into_any()
        }}
    }
}

#[component]
fn AskForm(data: RequestFormData, ask: ServerAction<AskMentor>) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::derive(move || ask.value().get().and_then(Result::err));
    view! {
        {move || error.get().map(|error| view! { <ErrorNotice msg=error.message()/> })}
        <ActionForm action=ask attr:class="wizard-form mentor-form" attr:novalidate=true>
            <RequestFields form=data.form municipalities=data.municipalities error/>
            <div class="wizard-buttons">
                <button type="submit" class="button">{i18n.t(Msg::AskMentorSend)}</button>
            </div>
        </ActionForm>
    }
}
