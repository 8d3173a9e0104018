use super::api::MentorFormData;
use super::fields::MentorFields;
use super::server_fns::{SignUpMentor, mentor_form_data};
use crate::components::{ErrorNotice, PageTitle};
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/mentors`: what the mentor scheme is and offers, how an enterprise asks for a mentor,
/// and the form to become one (no account). `?sent=1` after signing up says to confirm by
/// email, `?confirmed=1` after confirming, `?left=1` after leaving; `?retry=<token>`
/// brings back a form posted without JavaScript that had errors.
#[component]
pub fn MentorsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let notice = move || {
        let q = query.read();
        [
            ("sent", Msg::MentorsSentTitle, Msg::MentorsSentText),
            (
                "confirmed",
                Msg::MentorsConfirmedTitle,
                Msg::MentorsConfirmedText,
            ),
            ("left", Msg::MentorsLeftTitle, Msg::MentorsLeftText),
        ]
        .into_iter()
        .find(|(key, _, _)| q.get(key).is_some())
        .map(|(_, title, text)| (title, text))
    };
    let data = Resource::new(move || query.read().get("retry"), mentor_form_data);
    let submit = ServerAction::<SignUpMentor>::new();
    view! {
        <PageTitle msg=Msg::MentorsTitle/>
        <h1>{i18n.t(Msg::MentorsTitle)}</h1>
        <p class="lead">{i18n.t(Msg::MentorsLead)}</p>
        <h2>{i18n.t(Msg::MentorsHowHeading)}</h2>
        <p>{i18n.t(Msg::MentorsHowText)}</p>
        <p>
            {i18n.t(Msg::MentorsAskText)}" "
            <a href="/mentors/ask">{i18n.t(Msg::MentorsAskLink)}</a>
        </p>
        <h2 id="sign-up">{i18n.t(Msg::MentorsSignUpHeading)}</h2>
        {move || match notice() {
            Some((title, text)) => view! {
                <div class="notice notice-info" role="status">
                    <h3>{i18n.t(title)}</h3>
                    <p>{i18n.t(text)}</p>
                </div>
            }.into_any(),
            None => view! {
                <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(data) => view! { <SignUpForm data submit/> }.into_any(),
                            Err(error) => view! { <ErrorNotice msg=error.message()/> }.into_any(),
                        }
                    })}
                </Transition>
            }.into_any(),
        }}
    }
}

#[component]
fn SignUpForm(data: MentorFormData, submit: ServerAction<SignUpMentor>) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::derive(move || submit.value().get().and_then(Result::err));
    view! {
        {move || error.get().map(|error| view! { <ErrorNotice msg=error.message()/> })}
        <ActionForm action=submit attr:class="wizard-form mentor-form" attr:novalidate=true>
            <MentorFields form=data.form municipalities=data.municipalities error/>
            <div class="wizard-buttons">
                <button type="submit" class="button">{i18n.t(Msg::MentorSignUpSend)}</button>
            </div>
        </ActionForm>
    }
}
