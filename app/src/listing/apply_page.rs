use super::api::ListingFormData;
use super::fields::ListingFields;
use super::server_fns::{SubmitListing, listing_form_data};
use crate::components::{ErrorNotice, PageTitle};
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/registry/apply`: a company applies to be listed, without an account. `?sent=1` after
/// sending says to confirm by email; `?retry=<token>` brings back a form posted without
/// JavaScript that had errors; `?assessment=<token>` attaches a self-assessment.
#[component]
pub fn ApplyPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let sent = move || query.read().get("sent").is_some();
    let data = Resource::new(
        move || {
            let q = query.read();
            (q.get("retry"), q.get("assessment"))
        },
        |(retry, assessment)| listing_form_data(retry, assessment),
    );
    let submit = ServerAction::<SubmitListing>::new();
    view! {
        <PageTitle msg=Msg::ApplyTitle/>
        <h1>{i18n.t(Msg::ApplyTitle)}</h1>
        {move || if sent() {
            view! {
                <div class="notice notice-info" role="status">
                    <h2>{i18n.t(Msg::ApplySentTitle)}</h2>
                    <p>{i18n.t(Msg::ApplySentText)}</p>
                </div>
            }.into_any()
        } else {
            view! {
                <p class="lead">{i18n.t(Msg::ApplyLead)}</p>
                <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(data) => view! { <ApplyForm data submit/> }.into_any(),
                            Err(error) => view! {
                                <ErrorNotice msg=error.message()/>
                            }.into_any(),
                        }
                    })}
                </Transition>
            }.into_any()
        }}
    }
}

#[component]
fn ApplyForm(data: ListingFormData, submit: ServerAction<SubmitListing>) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::derive(move || submit.value().get().and_then(Result::err));
    view! {
        {move || error.get().map(|error| view! {
            <ErrorNotice msg=error.message()/>
        })}
        <ActionForm action=submit attr:class="wizard-form listing-form" attr:novalidate=true>
            <ListingFields form=data.form municipalities=data.municipalities error/>
            <div class="wizard-buttons">
                <button type="submit" class="button">{i18n.t(Msg::ApplySend)}</button>
            </div>
        </ActionForm>
    }
}
