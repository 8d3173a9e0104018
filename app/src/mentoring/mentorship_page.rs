use super::api::{EvaluationView, MeetingView, MentorshipDetail};
use super::fields::{MeetingFields, StaleNotice};
use super::server_fns::{LogMeeting, StepMentorship, mentorship_detail};
use crate::account::StaffPageError;
use crate::components::{Control, ErrorNotice, Field, PageTitle, use_id_param};
use crate::domain::mentoring::mentorship::{Change, MentorshipStatus, staff_steps, takes_meetings};
use crate::i18n::{Labelled, Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/staff/mentorships/{id}` (contacts and admins of its municipality): who, when, what
/// for and where it stands (each side's confidentiality), its meetings with the form to
/// log one, the steps open now (pause, resume, complete, cancel with a reason), and the
/// sides' evaluations, which only staff see. `?done=<step>` after a change.
#[component]
pub fn MentorshipPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_id_param();
    let query = use_query_map();
    let detail = Resource::new(
        move || {
            let q = query.read();
            (
                id.get(),
                q.get("done"),
                q.get("retry"),
                q.get("reason_retry"),
            )
        },
        |(id, _, retry, reason_retry)| mentorship_detail(id, retry, reason_retry),
    );
    let done = move || match query.read().get("done").as_deref() {
        Some("propose") => Some(Msg::MentorshipDonePropose),
        Some("meeting") => Some(Msg::MentorshipDoneMeeting),
        Some("pause") => Some(Msg::MentorshipDonePause),
        Some("resume") => Some(Msg::MentorshipDoneResume),
        Some("complete") => Some(Msg::MentorshipDoneComplete),
        Some("cancel") => Some(Msg::MentorshipDoneCancel),
        _ => None,
    };
    view! {
        <PageTitle msg=Msg::MentorshipTitle/>
        <h1>{i18n.t(Msg::MentorshipTitle)}</h1>
        <p><a href="/staff/mentors">{i18n.t(Msg::StaffMentorsTitle)}</a></p>
        {move || done().map(|msg| view! {
            <div class="notice notice-info" role="status"><p>{i18n.t(msg)}</p></div>
        })}
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(detail) => view! { <Detail detail/> }.into_any(),
                    Err(error) => view! { <StaffPageError error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Detail(detail: MentorshipDetail) -> impl IntoView {
    let i18n = use_i18n();
    let MentorshipDetail {
        item,
        request_id,
        mentor_email,
        asker,
        asker_email,
        goals,
        ..
    } = detail.clone();
    let agreed = |day: Option<String>| match day {
        Some(day) => view! { <time datetime=day.clone()>{day.clone()}</time> }.into_any(),
        None => i18n.t(Msg::MentorshipNotYet).into_any(),
    };
    let period = format!(
        "{} – {}",
        item.period_from,
        item.period_to.clone().unwrap_or_default()
    );
    let status = item.status;
    view! {
        <dl class="facts">
            <dt>{i18n.t(Msg::MyMentorStatusLabel)}</dt><dd>{i18n.t(status.label())}</dd>
            <dt>{i18n.t(Msg::MentorshipEnterpriseLabel)}</dt>
            <dd><a href=format!("/staff/mentors/requests/{request_id}")>{item.company.clone()}</a></dd>
            <dt>{i18n.t(Msg::MentorshipAskerLabel)}</dt>
            <dd>{asker}" · "<a href=format!("mailto:{asker_email}")>{asker_email.clone()}</a></dd>
            <dt>{i18n.t(Msg::ProposeMentorLabel)}</dt>
            <dd>{item.mentor.clone()}" · "<a href=format!("mailto:{mentor_email}")>{mentor_email.clone()}</a></dd>
            <dt>{i18n.t(Msg::MentorshipPeriodLabel)}</dt><dd>{period}</dd>
            <dt>{i18n.t(Msg::GoalsLabel)}</dt><dd class="pre-line">{goals}</dd>
            <dt>{i18n.t(Msg::MentorshipMentorAgreed)}</dt><dd>{agreed(detail.mentor_agreed.clone())}</dd>
            <dt>{i18n.t(Msg::MentorshipEnterpriseAgreed)}</dt><dd>{agreed(detail.enterprise_agreed.clone())}</dd>
            {detail.active_since.clone().map(|day| view! {
                <dt>{i18n.t(Msg::MentorshipActiveSince)}</dt><dd>{day}</dd>
            })}
            {detail.ended_on.clone().map(|day| view! {
                <dt>{i18n.t(Msg::MentorshipEnded)}</dt><dd>{day}</dd>
            })}
            {detail.cancel_reason.clone().map(|reason| view! {
                <dt>{i18n.t(Msg::MentorshipCancelReason)}</dt><dd class="pre-line">{reason}</dd>
            })}
        </dl>
        <h2>{i18n.t(Msg::MeetingsHeading)}</h2>
        <Meetings meetings=detail.meetings.clone()/>
        {takes_meetings(status).then(|| view! { <LogMeetingForm id=item.id form=detail.meeting_form.clone()/> })}
        <Steps id=item.id status kept=detail.cancel_reason_typed.clone()/>
        {(!detail.evaluations.is_empty()).then(|| view! {
            <h2>{i18n.t(Msg::EvaluationsHeading)}</h2>
            <Evaluations evaluations=detail.evaluations.clone()/>
        })}
    }
}

/// The meetings, newest first: date, notes, next step, and who logged it.
#[component]
pub(super) fn Meetings(meetings: Vec<MeetingView>) -> impl IntoView {
    let i18n = use_i18n();
    if meetings.is_empty() {
        return view! { <p role="status">{i18n.t(Msg::MeetingsEmpty)}</p> }.into_any();
    }
    let items = meetings
        .into_iter()
        .map(|m| view! {
            <li class="card meeting">
                // Not a heading: the list sits under headings of different levels.
                <p class="meeting-date"><strong><time datetime=m.met_on.clone()>{m.met_on.clone()}</time></strong>
                    {m.by_mentor.then(|| view! { " · "<small>{i18n.t(Msg::MeetingByMentor)}</small> })}
                </p>
                <p class="pre-line">{m.notes}</p>
                {m.next_step.map(|next| view! {
                    <p class="pre-line"><strong>{i18n.t(Msg::MeetingNextStepLabel)}": "</strong>{next}</p>
                })}
            </li>
        })
        .collect_view();
    view! { <ol class="meetings">{items}</ol> }.into_any()
}

#[component]
fn LogMeetingForm(id: i32, form: super::mentorship_form::MeetingForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<LogMeeting>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let form_ref = clear_when_saved(Signal::derive(move || {
        matches!(action.value().get(), Some(Ok(_)))
    }));
    view! {
        <h3>{i18n.t(Msg::MeetingLogHeading)}</h3>
        {move || error.get().map(|error| view! { <ErrorNotice msg=error.message()/> })}
        <ActionForm action node_ref=form_ref attr:class="wizard-form" attr:novalidate=true>
            <input type="hidden" name="id" value=id/>
            <StaleNotice error/>
            <MeetingFields form prefix=String::new() error/>
            <div class="wizard-buttons">
                <button type="submit" class="button">{i18n.t(Msg::MeetingLogButton)}</button>
            </div>
        </ActionForm>
    }
}

/// A meeting form that emptied itself once saved: with JavaScript the page stays, and a
/// second press would log the same meeting again. Returns the form's reference.
pub(super) fn clear_when_saved(saved: Signal<bool>) -> NodeRef<leptos::html::Form> {
    let form_ref = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        if saved.get()
            && let Some(form) = form_ref.get()
        {
            form.reset();
        }
    });
    form_ref
}

/// One form per step open now; cancelling asks for the reason both sides are sent.
#[component]
fn Steps(id: i32, status: MentorshipStatus, kept: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<StepMentorship>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let steps = staff_steps(status);
    (!steps.is_empty()).then(|| {
        let forms = steps
            .into_iter()
            .map(|change| {
                let (label, class) = match change {
                    Change::Pause => (Msg::MentorshipStepPause, "button button-secondary"),
                    Change::Resume => (Msg::MentorshipStepResume, "button"),
                    Change::Complete => (Msg::MentorshipStepComplete, "button"),
                    _ => (Msg::MentorshipStepCancel, "button button-secondary"),
                };
                let cancels = change == Change::Cancel;
                let completes = change == Change::Complete;
                let kept = kept.clone();
                view! {
                    <ActionForm action attr:class=if cancels { "step-form step-form-wide" } else { "step-form" }>
                        <input type="hidden" name="id" value=id/>
                        <input type="hidden" name="step" value=change.code()/>
                        {completes.then(|| view! {
                            <Field name="confirm" id="complete-confirm" label=Msg::MentorshipCompleteConfirmLabel
                                control=Control::Checkbox value="yes" error/>
                        })}
                        {cancels.then(|| view! {
                            <Field name="reason" id="cancel-reason" label=Msg::MentorshipCancelReasonLabel
                                control=Control::TextArea rows=3 maxlength=4000 value=kept error/>
                        })}
                        <button type="submit" class=class>{i18n.t(label)}</button>
                    </ActionForm>
                }
            })
            .collect_view();
        view! {
            <h2>{i18n.t(Msg::MentorshipStepsHeading)}</h2>
            {move || error.get().map(|error| view! { <ErrorNotice msg=error.message()/> })}
            <StaleNotice error/>
            <div class="step-buttons">{forms}</div>
        }
    })
}

/// Each side's rating and comment, or that it is not answered yet.
#[component]
fn Evaluations(evaluations: Vec<EvaluationView>) -> impl IntoView {
    let i18n = use_i18n();
    let items = evaluations
        .into_iter()
        .map(|e| {
            let answer = match e.rating {
                Some(rating) => {
                    let rated = move || i18n.lang().fill(Msg::RatingOf, &[("rating", &rating)]);
                    view! { {rated}{e.comment.map(|c| view! { <p class="pre-line">{c}</p> })} }
                        .into_any()
                }
                None => i18n.t(Msg::EvaluationNotAnswered).into_any(),
            };
            view! { <dt>{i18n.t(e.side.label())}</dt><dd>{answer}</dd> }
        })
        .collect_view();
    view! { <dl class="facts">{items}</dl> }
}
