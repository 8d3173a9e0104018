use super::server_fns::ConfirmMentor;
use crate::components::{ErrorNotice, PageTitle};
use crate::error::AppError;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/mentors/confirm/{token}`: the emailed link. Opening it confirms nothing (mail scanners
/// open links); the button does.
#[component]
pub fn MentorConfirmPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let token = StoredValue::new(params.read_untracked().get("token").unwrap_or_default());
    let confirm = ServerAction::<ConfirmMentor>::new();
    // Without JavaScript a spent link comes back with `?error=not_found`.
    let spent = move || {
        matches!(confirm.value().get(), Some(Err(AppError::NotFound)))
            || query.read().get("error").as_deref() == Some("not_found")
    };
    view! {
        <PageTitle msg=Msg::MentorConfirmTitle/>
        <h1>{i18n.t(Msg::MentorConfirmTitle)}</h1>
        {move || if spent() {
            view! {
                <ErrorNotice msg=Msg::MentorConfirmSpent/>
                <p><a href="/mentors#sign-up">{i18n.t(Msg::MentorsSignUpHeading)}</a></p>
            }.into_any()
        } else {
            view! {
                <p>{i18n.t(Msg::MentorConfirmText)}</p>
                <ActionForm action=confirm>
                    <input type="hidden" name="token" value=token.get_value()/>
                    <button type="submit" class="button">{i18n.t(Msg::MentorConfirmButton)}</button>
                </ActionForm>
            }.into_any()
        }}
    }
}
