use super::api::{EnquiryDetail, MAX_BODY_CHARS};
use super::server_fns::{
    AddEnquiryNote, AssignEnquiry, ErasePerson, ReplyToEnquiry, SetEnquiryStatus, get_enquiry,
};
use crate::account::StaffPageError;
use crate::components::{Control, ErrorNotice, Field, PageTitle, choice};
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
                    + status.version().get()
                    + erase.version().get(),
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
        {move || failed().map(|e| view! { <ErrorNotice msg=e.message()/> })}
        {move || {
            let ok = |done: bool, msg| done.then_some(msg);
            [
                ok(matches!(reply.value().get(), Some(Ok(_))), Msg::InboxReplySent),
                ok(matches!(note.value().get(), Some(Ok(_))), Msg::InboxNoteSaved),
                ok(matches!(erase.value().get(), Some(Ok(_))), Msg::InboxErased),
            ]
            .into_iter()
            .flatten()
            .next()
                .map(|msg| view! { <p class="notice notice-info" role="status">{i18n.t(msg)}</p> })
        }}
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(detail) => {
                        // Keyed by the timeline: after a reply, note, routing or status the
                        // forms are new elements (empty, showing what was saved); after a
                        // refusal they are the same ones, with what was typed.
                        let key = detail.events.len();
                        view! {
                            <For each=move || [key] key=|key| *key let:_key>
                                <Detail detail=detail.clone() reply note assign status erase/>
                            </For>
                        }.into_any()
                    }
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
    let staff: Vec<_> = detail
        .staff
        .into_iter()
        .map(|(sid, name)| choice(sid.to_string(), name))
        .collect();
    let statuses: Vec<_> = EnquiryStatus::ALL
        .into_iter()
        .map(|s| choice(s.code(), s.label()))
        .collect();
    // Each form's own error: the reply and the note both post `body`.
    let reply_error = Signal::derive(move || reply.value().get().and_then(Result::err));
    let note_error = Signal::derive(move || note.value().get().and_then(Result::err));
    let assign_error = Signal::derive(move || assign.value().get().and_then(Result::err));
    let status_error = Signal::derive(move || status.value().get().and_then(Result::err));
    let erase_error = Signal::derive(move || erase.value().get().and_then(Result::err));
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
            <Field name="body" id="reply-body" label=Msg::InboxReplyLabel control=Control::TextArea
                rows=5 required=true maxlength=MAX_BODY_CHARS error=reply_error/>
            <button type="submit" class="button">{i18n.t(Msg::InboxSendReply)}</button>
        </ActionForm>
        <h2>{i18n.t(Msg::InboxNoteHeading)}</h2>
        <ActionForm action=note attr:class="login-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <Field name="body" id="note-body" label=Msg::InboxNoteLabel control=Control::TextArea
                rows=3 required=true maxlength=MAX_BODY_CHARS error=note_error/>
            <button type="submit" class="button button-secondary">{i18n.t(Msg::InboxSaveNote)}</button>
        </ActionForm>
        {detail.can_route.then(|| view! {
            <h2>{i18n.t(Msg::InboxRouteHeading)}</h2>
            <ActionForm action=assign attr:class="login-form">
                <input type="hidden" name="id" value=id.to_string()/>
                <Field name="assignee" label=Msg::InboxAssignee control=Control::Select
                    empty_option=Msg::ChooseOption options=staff error=assign_error/>
                <button type="submit" class="button button-secondary">{i18n.t(Msg::InboxRoute)}</button>
            </ActionForm>
        })}
        {detail.can_route.then(|| {
            view! {
                <h2>{i18n.t(Msg::PersonalDataHeading)}</h2>
                // A plain form, also with JavaScript: the answer is a file to save.
                <form method="post" action="/api/inbox/export_person" class="login-form">
                    <input type="hidden" name="email" value=email.clone()/>
                    <button type="submit" class="button button-secondary">{i18n.t(Msg::PersonalDataExport)}</button>
                </form>
                <ActionForm action=erase attr:class="login-form">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="email" value=email.clone()/>
                    <Field name="confirm" id="confirm-erase" label=Msg::PersonalDataConfirm
                        control=Control::Checkbox value="yes" required=true error=erase_error/>
                    <button type="submit" class="button button-secondary">{i18n.t(Msg::PersonalDataErase)}</button>
                </ActionForm>
            }
        })}
        <h2>{i18n.t(Msg::EnquiryStatusLabel)}</h2>
        <ActionForm action=status attr:class="login-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <Field name="status" id="new-status" label=Msg::InboxNewStatus control=Control::Select
                options=statuses value=detail.item.status.code() error=status_error/>
            <button type="submit" class="button button-secondary">{i18n.t(Msg::InboxSetStatus)}</button>
        </ActionForm>
        <h2>{i18n.t(Msg::InboxTimeline)}</h2>
        <ol class="timeline">{events}</ol>
    }
}
