use super::api::EnquiryDetail;
use super::server_fns::{
    AddEnquiryNote, AssignEnquiry, ErasePerson, ReplyToEnquiry, SetEnquiryStatus, get_enquiry,
};
use crate::account::StaffPageError;
use crate::components::PageTitle;
use crate::domain::enquiry::EnquiryStatus;
use crate::i18n::{Arg, Labelled, Msg, use_i18n};
use leptos::prelude::*;

/// `/staff/enquiries/{id}`: one enquiry: the question, the requester, the timeline, and the
/// forms to reply, note, route and change status.
#[component]
pub fn EnquiryDetailPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = crate::components::use_id_param();
    let reply = ServerAction::<ReplyToEnquiry>::new();
    let note = ServerAction::<AddEnquiryNote>::new();
    let assign = ServerAction::<AssignEnquiry>::new();
    let status = ServerAction::<SetEnquiryStatus>::new();
    let erase = ServerAction::<ErasePerson>::new();
    let data = Resource::new(
        move || {
            (
                id.get(),
                reply.version().get()
                    + note.version().get()
                    + assign.version().get()
                    + status.version().get(),
            )
        },
        |(id, _)| get_enquiry(id),
    );
    let failed = move || {
        [
            reply.value().get(),
            note.value().get(),
            assign.value().get(),
            status.value().get(),
        ]
        .into_iter()
        .flatten()
        .find_map(Result::err)
    };
    view! {
        <PageTitle msg=Msg::EnquiryStatusTitle/>
        <p><a href="/staff/inbox">{i18n.t(Msg::InboxTitle)}</a></p>
        {move || failed().map(|e| view! { <p class="notice notice-error" role="alert">{i18n.t(e.message())}</p> })}
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(detail) => view! { <Detail detail reply note assign status erase/> }.into_any(),
                    Err(error) => view! { <StaffPageError error as_heading=true/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Detail(
    detail: EnquiryDetail,
    reply: ServerAction<ReplyToEnquiry>,
    note: ServerAction<AddEnquiryNote>,
    assign: ServerAction<AssignEnquiry>,
    status: ServerAction<SetEnquiryStatus>,
    erase: ServerAction<ErasePerson>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = detail.item.id;
    let due = detail.item.due_on;
    let email = detail.email.clone();
    let events = detail
        .events
        .into_iter()
        .map(|e| {
            let kind = match e.kind.as_str() {
                "created" => Msg::EventCreated,
                "assigned" => Msg::EventAssigned,
                "reply" => Msg::EventReply,
                "note" => Msg::EventNote,
                _ => Msg::EventStatus,
            };
            let body = match (e.kind.as_str(), e.body) {
                ("status", Some(code)) => EnquiryStatus::from_code(&code)
                    .map(|s| i18n.lang().t(s.label()).to_owned()),
                (_, body) => body,
            };
            view! {
                <li class=format!("event event-{}", e.kind)>
                    <p class="meta">{e.at} " · " {i18n.t(kind)} {e.actor.map(|a| format!(" · {a}"))}</p>
                    {body.map(|b| view! { <p class="event-body">{b}</p> })}
                </li>
            }
        })
        .collect_view();
    let staff = detail
        .staff
        .into_iter()
        .map(|(sid, name)| view! { <option value=sid.to_string()>{name}</option> })
        .collect_view();
    let statuses = EnquiryStatus::ALL
        .into_iter()
        .map(|s| view! { <option value=s.code() selected=s == detail.item.status>{i18n.t(s.label())}</option> })
        .collect_view();
    view! {
        <h1>{detail.item.reference.clone()} " · " {i18n.t(detail.item.topic.label())}</h1>
        <dl class="facts">
            <dt>{i18n.t(Msg::EnquiryStatusLabel)}</dt>
            <dd class="enquiry-status">{i18n.t(detail.item.status.label())}</dd>
            <dt>{i18n.t(Msg::InboxDue)}</dt>
            <dd>
                {move || Arg::Date(due).format(i18n.lang())}
                {detail.item.overdue.then(|| view! { " " <span class="flag flag-overdue">{i18n.t(Msg::InboxOverdue)}</span> })}
            </dd>
            <dt>{i18n.t(Msg::InboxAssignee)}</dt>
            <dd>{detail.item.assignee.clone().unwrap_or_default()}</dd>
            <dt>{i18n.t(Msg::EnquiryNameLabel)}</dt>
            <dd>{detail.item.name.clone()}</dd>
            <dt>{i18n.t(Msg::EmailLabel)}</dt>
            <dd>
                {detail.email.clone()} " · "
                <a href=format!("/staff/inbox?q={}", crate::domain::text::url_encode(&detail.email))>{i18n.t(Msg::InboxSameEmail)}</a>
            </dd>
            <dt>{i18n.t(Msg::PhoneLabel)}</dt>
            <dd>{detail.phone.unwrap_or_default()}</dd>
            <dt>{i18n.t(Msg::EnquiryOrganisationLabel)}</dt>
            <dd>{detail.organisation.unwrap_or_default()}</dd>
            <dt>{i18n.t(Msg::CvrLabel)}</dt>
            <dd>
                {detail.cvr.clone().map(|cvr| view! {
                    {cvr.clone()} " · "
                    <a href=format!("/staff/inbox?q={cvr}")>{i18n.t(Msg::InboxSameCvr)}</a> " · "
                    <a href=format!("/registry/{cvr}")>{i18n.t(Msg::InboxInRegistry)}</a>
                })}
            </dd>
        </dl>
        <h2>{i18n.t(Msg::EnquiryMessageLabel)}</h2>
        <p class="enquiry-message">{detail.message}</p>
        {detail.assessment_url.map(|url| view! {
            <p><a href=url>{i18n.t(Msg::InboxAssessmentLink)}</a></p>
        })}
        <h2>{i18n.t(Msg::InboxReplyHeading)}</h2>
        <ActionForm action=reply attr:class="login-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <div class="field">
                <label for="reply-body">{i18n.t(Msg::InboxReplyLabel)}</label>
                <textarea id="reply-body" name="body" rows="5" required maxlength="10000"></textarea>
            </div>
            <button type="submit" class="button">{i18n.t(Msg::InboxSendReply)}</button>
        </ActionForm>
        <h2>{i18n.t(Msg::InboxNoteHeading)}</h2>
        <ActionForm action=note attr:class="login-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <div class="field">
                <label for="note-body">{i18n.t(Msg::InboxNoteLabel)}</label>
                <textarea id="note-body" name="body" rows="3" required maxlength="10000"></textarea>
            </div>
            <button type="submit" class="button button-secondary">{i18n.t(Msg::InboxSaveNote)}</button>
        </ActionForm>
        {detail.can_route.then(|| view! {
            <h2>{i18n.t(Msg::InboxRouteHeading)}</h2>
            <ActionForm action=assign attr:class="login-form">
                <input type="hidden" name="id" value=id.to_string()/>
                <div class="field">
                    <label for="assignee">{i18n.t(Msg::InboxAssignee)}</label>
                    <select id="assignee" name="assignee">{staff}</select>
                </div>
                <button type="submit" class="button button-secondary">{i18n.t(Msg::InboxRoute)}</button>
            </ActionForm>
        })}
        {detail.can_route.then(|| {
            let export = format!("/api/inbox/export_person?email={}", crate::domain::text::url_encode(&email));
            view! {
                <h2>{i18n.t(Msg::PersonalDataHeading)}</h2>
                <p><a rel="noreferrer" href=export>{i18n.t(Msg::PersonalDataExport)}</a></p>
                <ActionForm action=erase attr:class="login-form">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="email" value=email.clone()/>
                    <div class="choice">
                        <input id="confirm-erase" name="confirm" type="checkbox" value="yes" required/>
                        <label for="confirm-erase">{i18n.t(Msg::PersonalDataConfirm)}</label>
                    </div>
                    <button type="submit" class="button button-secondary">{i18n.t(Msg::PersonalDataErase)}</button>
                </ActionForm>
            }
        })}
        <h2>{i18n.t(Msg::EnquiryStatusLabel)}</h2>
        <ActionForm action=status attr:class="login-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <div class="field">
                <label for="new-status">{i18n.t(Msg::InboxNewStatus)}</label>
                <select id="new-status" name="status">{statuses}</select>
            </div>
            <button type="submit" class="button button-secondary">{i18n.t(Msg::InboxSetStatus)}</button>
        </ActionForm>
        <h2>{i18n.t(Msg::InboxTimeline)}</h2>
        <ol class="timeline">{events}</ol>
    }
}
