use super::server_fns::enquiry_status;
use crate::components::PageTitle;
use crate::error::AppError;
use crate::i18n::{Arg, Labelled, Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/enquiry/status/{token}`: the requester follows the enquiry without an account:
/// status, promised answer date and the replies meant for them. `?new=1` after sending.
#[component]
pub fn EnquiryStatusPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let data = Resource::new(token, enquiry_status);
    let is_new = move || query.read().get("new").is_some();
    view! {
        <PageTitle msg=Msg::EnquiryStatusTitle/>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(status) => {
                        let date = move |d| move || Arg::Date(d).format(i18n.lang());
                        let replies = if status.replies.is_empty() {
                            view! { <p>{i18n.t(Msg::EnquiryNoReplies)}</p> }.into_any()
                        } else {
                            status.replies.into_iter().map(|(day, body)| view! {
                                <article class="reply">
                                    <p class="meta">{date(day)}</p>
                                    <p class="reply-body">{body}</p>
                                </article>
                            }).collect_view().into_any()
                        };
                        view! {
                            <h1>{i18n.t(Msg::EnquiryStatusTitle)} " " {status.reference.clone()}</h1>
                            {move || is_new().then(|| view! {
                                <div class="notice notice-info" role="status">
                                    <p>{i18n.t(Msg::EnquiryThanks)}</p>
                                </div>
                            })}
                            <dl class="facts">
                                <dt>{i18n.t(Msg::EnquiryReferenceLabel)}</dt>
                                <dd>{status.reference}</dd>
                                <dt>{i18n.t(Msg::EnquiryStatusLabel)}</dt>
                                <dd class="enquiry-status">{i18n.t(status.status.label())}</dd>
                                <dt>{i18n.t(Msg::EnquiryDueLabel)}</dt>
                                <dd class="enquiry-due">{date(status.due_on)}</dd>
                                <dt>{i18n.t(Msg::EnquirySubmittedLabel)}</dt>
                                <dd>{date(status.submitted_on)}</dd>
                                <dt>{i18n.t(Msg::EnquiryTopicLabel)}</dt>
                                <dd>{i18n.t(status.topic.label())}</dd>
                                <dt>{i18n.t(Msg::MunicipalityLabel)}</dt>
                                <dd>{status.municipality_name}</dd>
                            </dl>
                            <h2>{i18n.t(Msg::EnquiryRepliesHeading)}</h2>
                            {replies}
                            <p class="help">{i18n.t(Msg::EnquiryKeepLink)}</p>
                        }.into_any()
                    }
                    Err(AppError::NotFound) => view! {
                        <h1>{i18n.t(Msg::EnquiryNotFound)}</h1>
                        <p><a href="/enquiry">{i18n.t(Msg::EnquiryTitle)}</a></p>
                    }.into_any(),
                    Err(error) => view! { <h1>{i18n.t(error.message())}</h1> }.into_any(),
                }
            })}
        </Transition>
    }
}
