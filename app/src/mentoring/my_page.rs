use super::api::{MentorView, MyMentorPage, MyMentorship};
use super::fields::{AvailabilityFields, MeetingFields};
use super::mentorship_form::MeetingForm;
use super::mentorship_page::{Meetings, clear_when_saved};
use super::server_fns::{LogMyMeeting, StepMyMentoring, UpdateMyAvailability, my_mentor_page};
use crate::components::{Control, ErrorNotice, Field, PageTitle};
use crate::domain::mentoring::matching::MentorStatus;
use crate::domain::mentoring::mentor::{By, MentorStep, steps};
use crate::domain::mentoring::mentorship::takes_meetings;
use crate::error::AppError;
use crate::i18n::{Labelled, Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/mentors/me/{token}`: the approved mentor's own page behind the emailed link: where
/// they stand, how much and when they can help, and pause, resume or leave. `?saved=1`
/// and `?done=<step>` after a change.
#[component]
pub fn MyMentorPageView() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let data = Resource::new(
        move || {
            let q = query.read();
            (
                token(),
                q.get("saved"),
                q.get("done"),
                q.get("retry"),
                q.get("meeting_retry"),
            )
        },
        |(token, _, _, retry, meeting_retry)| my_mentor_page(token, retry, meeting_retry),
    );
    let notice = move || {
        let q = query.read();
        match q.get("done").as_deref() {
            Some("pause") => Some(Msg::MentorDonePause),
            Some("resume") => Some(Msg::MentorDoneResume),
            Some("meeting") => Some(Msg::MentorshipDoneMeeting),
            _ => q.get("saved").map(|_| Msg::MyMentorSaved),
        }
    };
    view! {
        <PageTitle msg=Msg::MyMentorTitle/>
        {move || notice().map(|msg| view! {
            <div class="notice notice-info" role="status"><p>{i18n.t(msg)}</p></div>
        })}
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <Mine page token=token()/> }.into_any(),
                    Err(AppError::NotFound) => view! {
                        <h1>{i18n.t(Msg::MyMentorNotFound)}</h1>
                        <p>{i18n.t(Msg::MyMentorNotFoundText)}</p>
                        <p><a href="/mentors">{i18n.t(Msg::MentorsTitle)}</a></p>
                    }.into_any(),
                    Err(error) => view! { <h1>{i18n.t(error.message())}</h1> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Mine(page: MyMentorPage, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let MyMentorPage {
        mentor,
        availability,
        mentorships,
        meeting_form,
    } = page;
    let meeting_token = token.clone();
    let save = ServerAction::<UpdateMyAvailability>::new();
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let status = mentor.status;
    let step_token = token.clone();
    let (current, capacity) = (mentor.current, mentor.capacity);
    let load = move || {
        i18n.lang().fill(
            Msg::MyMentorLoadText,
            &[("current", &current), ("capacity", &capacity)],
        )
    };
    view! {
        <h1>{i18n.t(Msg::MyMentorTitle)}</h1>
        <p>{i18n.t(Msg::MyMentorKeepLink)}</p>
        <dl class="facts">
            <dt>{i18n.t(Msg::MentorNameLabel)}</dt><dd>{mentor.name.clone()}</dd>
            <dt>{i18n.t(Msg::MyMentorStatusLabel)}</dt><dd>{i18n.t(status.label())}</dd>
            <dt>{i18n.t(Msg::MyMentorLoadLabel)}</dt><dd>{load}</dd>
        </dl>
        <h2>{i18n.t(Msg::MyMentorshipsHeading)}</h2>
        <MyMentorships mentorships token=meeting_token kept=meeting_form/>
        {(status == MentorStatus::Paused).then(|| view! { <p>{i18n.t(Msg::MyMentorPausedText)}</p> })}
        <h2>{i18n.t(Msg::MyMentorAvailabilityHeading)}</h2>
        {move || error.get().map(|error| view! { <ErrorNotice msg=error.message()/> })}
        <ActionForm action=save attr:class="wizard-form" attr:novalidate=true>
            <input type="hidden" name="token" value=token.clone()/>
            <AvailabilityFields form=availability error/>
            <div class="wizard-buttons">
                <button type="submit" class="button">{i18n.t(Msg::MyMentorSave)}</button>
            </div>
        </ActionForm>
        <h2>{i18n.t(Msg::MyMentorPauseHeading)}</h2>
        <StepButtons mentor token=step_token/>
    }
}

/// One form per step open to the mentor (pause or resume, leave).
#[component]
fn StepButtons(mentor: MentorView, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let step = ServerAction::<StepMyMentoring>::new();
    let error = Signal::derive(move || step.value().get().and_then(Result::err));
    let buttons = steps(mentor.status, By::Mentor)
        .into_iter()
        .map(|s| {
            let token = token.clone();
            let (label, class) = match s {
                MentorStep::Pause => (Msg::MentorStepPause, "button button-secondary"),
                MentorStep::Resume => (Msg::MentorStepResume, "button"),
                _ => (Msg::MentorStepLeave, "button button-secondary"),
            };
            view! {
                <ActionForm action=step attr:class="inline-form">
                    <input type="hidden" name="token" value=token/>
                    <input type="hidden" name="step" value=s.code()/>
                    {(s == MentorStep::Leave).then(|| view! {
                        <Field name="confirm" id="leave-confirm" label=Msg::MentorLeaveConfirmLabel
                            control=Control::Checkbox value="yes" error/>
                    })}
                    <button type="submit" class=class>{i18n.t(label)}</button>
                </ActionForm>
            }
        })
        .collect_view();
    view! {
        {move || step.value().get().and_then(Result::err).map(|error| view! {
            <ErrorNotice msg=error.message()/>
        })}
        <div class="step-buttons">{buttons}</div>
        <p>{i18n.t(Msg::MentorLeaveHelp)}</p>
    }
}

/// The mentor's mentorships: each with its goals and meetings, and, while it takes them,
/// the form to log one (the one a post without JavaScript came back to holds what was
/// typed).
#[component]
fn MyMentorships(
    mentorships: Vec<MyMentorship>,
    token: String,
    kept: Option<(i32, MeetingForm)>,
) -> impl IntoView {
    let i18n = use_i18n();
    if mentorships.is_empty() {
        return view! { <p role="status">{i18n.t(Msg::MyMentorshipsEmpty)}</p> }.into_any();
    }
    let action = ServerAction::<LogMyMeeting>::new();

    // Only the form the refusal was for shows its errors.
    let posted = RwSignal::new(kept.as_ref().map(|(id, _)| *id));
    mentorships
        .into_iter()
        .map(|m| {
            let id = m.item.id;
            let form = kept
                .as_ref()
                .filter(|(kept_id, _)| *kept_id == id)
                .map(|(_, form)| form.clone())
                .unwrap_or_default();
            let error = Signal::derive(move || match posted.get() == Some(id) {
                true => action.value().get().and_then(Result::err),
                false => Some(crate::error::AppError::Invalid(Vec::new())),
            });
            let period = format!("{} – {}", m.item.period_from, m.item.period_to.clone().unwrap_or_default());
            let token = token.clone();
            // Only the form just saved empties itself; the others keep what is typed.
            let saved = Signal::derive(move || {
                posted.get() == Some(id) && matches!(action.value().get(), Some(Ok(_)))
            });
            view! {
                <article class="card">
                    <h3>{m.item.company.clone()}" · "{i18n.t(m.item.status.label())}</h3>
                    <dl class="facts">
                        <dt>{i18n.t(Msg::MentorshipPeriodLabel)}</dt><dd>{period}</dd>
                        <dt>{i18n.t(Msg::GoalsLabel)}</dt><dd class="pre-line">{m.goals}</dd>
                    </dl>
                    <h4>{i18n.t(Msg::MeetingsHeading)}</h4>
                    <Meetings meetings=m.meetings/>
                    {takes_meetings(m.item.status).then(|| view! {
                        <h4>{i18n.t(Msg::MeetingLogHeading)}</h4>
                        {move || error.get().and_then(|e| (!matches!(&e, crate::error::AppError::Invalid(v) if v.is_empty())).then_some(e))
                            .map(|error| view! { <ErrorNotice msg=error.message()/> })}
                        <ActionForm action node_ref=clear_when_saved(saved) attr:class="wizard-form"
                            attr:novalidate=true on:submit=move |_| posted.set(Some(id))>
                            <input type="hidden" name="token" value=token/>
                            <input type="hidden" name="mentorship" value=id/>
                            <MeetingFields form prefix=format!("meeting-{id}-") error/>
                            <div class="wizard-buttons">
                                <button type="submit" class="button">{i18n.t(Msg::MeetingLogButton)}</button>
                            </div>
                        </ActionForm>
                    })}
                </article>
            }
        })
        .collect_view()
        .into_any()
}
