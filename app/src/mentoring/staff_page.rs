use super::api::{MentorLists, MentorView, MentorshipItem, RequestItem};
use super::fields::{EXPERTISE, LANGUAGES, SECTORS};
use super::server_fns::{DecideMentor, mentor_lists};
use crate::account::StaffPageError;
use crate::components::{Control, ErrorNotice, Field, PageTitle};
use crate::domain::mentoring::mentor::MentorStep;
use crate::domain::mentoring::mentorship::MentorshipStatus;
use crate::domain::mentoring::results::{YearResults, tenths_parts};
use crate::error::AppError;
use crate::i18n::{Labelled, Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/staff/mentors` (contacts and admins): sign-ups waiting for a decision, each with what
/// the mentor offers and the buttons to approve or decline with a reason; then the
/// scheme's mentors with their load and availability. `?done=<step>` after a decision.
#[component]
pub fn StaffMentorsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    // Each decision comes back with `?done=<step>&at=<mentor>`: a new address, a new list.
    let lists = Resource::new(
        move || {
            let q = query.read();
            (q.get("done"), q.get("at"))
        },
        |_| mentor_lists(),
    );
    let done = move || match query.read().get("done").as_deref() {
        Some("approve") => Some(Msg::StaffMentorsDoneApprove),
        Some("decline") => Some(Msg::StaffMentorsDoneDecline),
        _ => None,
    };
    view! {
        <PageTitle msg=Msg::StaffMentorsTitle/>
        <h1>{i18n.t(Msg::StaffMentorsTitle)}</h1>
        {move || done().map(|msg| view! {
            <div class="notice notice-info" role="status"><p>{i18n.t(msg)}</p></div>
        })}
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match lists.await {
                    Ok(lists) => view! { <Lists lists/> }.into_any(),
                    Err(error) => view! { <StaffPageError error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Lists(lists: MentorLists) -> impl IntoView {
    let i18n = use_i18n();
    let waiting = match lists.waiting.is_empty() {
        true => view! { <p role="status">{i18n.t(Msg::StaffMentorsWaitingEmpty)}</p> }.into_any(),
        false => lists
            .waiting
            .into_iter()
            .map(|mentor| view! { <SignUp mentor/> })
            .collect_view()
            .into_any(),
    };
    view! {
        <h2>{i18n.t(Msg::StaffRequestsHeading)}</h2>
        <RequestTable requests=lists.requests/>
        <h2>{i18n.t(Msg::StaffMentorsWaitingHeading)}</h2>
        {waiting}
        <h2>{i18n.t(Msg::StaffMentorsHeading)}</h2>
        <MentorTable mentors=lists.mentors/>
        <h2>{i18n.t(Msg::MentorshipsHeading)}</h2>
        <StatusCounts mentorships=lists.mentorships.clone()/>
        <MentorshipTable mentorships=lists.mentorships/>
        <h2>{i18n.t(Msg::ResultsHeading)}</h2>
        <Results years=lists.results/>
    }
}

/// How many mentorships are in each status.
#[component]
fn StatusCounts(mentorships: Vec<MentorshipItem>) -> impl IntoView {
    let i18n = use_i18n();
    let counts = MentorshipStatus::ALL
        .into_iter()
        .map(|status| {
            let n = mentorships.iter().filter(|m| m.status == status).count();
            view! { <li>{i18n.t(status.label())}": "<strong>{n}</strong></li> }
        })
        .collect_view();
    view! { <ul class="status-counts">{counts}</ul> }
}

/// Mentorships, each to its page: who, status, period and the last meeting.
#[component]
pub(super) fn MentorshipTable(mentorships: Vec<MentorshipItem>) -> impl IntoView {
    let i18n = use_i18n();
    if mentorships.is_empty() {
        return view! { <p role="status">{i18n.t(Msg::MentorshipsEmpty)}</p> }.into_any();
    }
    let rows = mentorships
        .into_iter()
        .map(|m| {
            let period = format!("{} – {}", m.period_from, m.period_to.unwrap_or_default());
            view! {
                <tr>
                    <td><a href=format!("/staff/mentorships/{}", m.id)>{m.company}</a></td>
                    <td>{m.mentor}</td>
                    <td>{i18n.t(m.status.label())}</td>
                    <td>{period}</td>
                    <td>{m.last_meeting.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(Msg::MentorshipsHeading)>
            <table>
                <thead><tr>
                    <th scope="col">{i18n.t(Msg::MentorshipEnterpriseLabel)}</th>
                    <th scope="col">{i18n.t(Msg::ProposeMentorLabel)}</th>
                    <th scope="col">{i18n.t(Msg::MyMentorStatusLabel)}</th>
                    <th scope="col">{i18n.t(Msg::MentorshipPeriodLabel)}</th>
                    <th scope="col">{i18n.t(Msg::MentorshipLastMeeting)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The scheme's results per year: matched, completed, the average evaluation (with how
/// many gave one) and the median wait from request to match.
#[component]
fn Results(years: Vec<YearResults>) -> impl IntoView {
    let i18n = use_i18n();
    if years.is_empty() {
        return view! { <p role="status">{i18n.t(Msg::MentorshipsEmpty)}</p> }.into_any();
    }
    let rows = years
        .into_iter()
        .map(|y| {
            let average = move || match y.average_rating_tenths {
                Some(tenths) => {
                    let (whole, tenth) = tenths_parts(tenths);
                    let mark = match i18n.lang() {
                        crate::i18n::Lang::Da => ',',
                        crate::i18n::Lang::En => '.',
                    };
                    format!("{whole}{mark}{tenth} ({})", y.ratings)
                }
                None => "–".to_owned(),
            };
            let median = y.median_days_to_match.map(waiting_text);
            view! {
                <tr>
                    <th scope="row">{y.year}</th>
                    <td>{y.matched}</td>
                    <td>{y.completed}</td>
                    <td>{average}</td>
                    <td>{median.map(|m| m.into_any()).unwrap_or_else(|| "–".into_any())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(Msg::ResultsHeading)>
            <table>
                <thead><tr>
                    <th scope="col">{i18n.t(Msg::ResultsYear)}</th>
                    <th scope="col">{i18n.t(Msg::ResultsMatched)}</th>
                    <th scope="col">{i18n.t(Msg::ResultsCompleted)}</th>
                    <th scope="col">{i18n.t(Msg::ResultsAverage)}</th>
                    <th scope="col">{i18n.t(Msg::ResultsMedian)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The words for stored codes, by one of the option lists.
fn words(codes: &[String], options: &'static [(&'static str, Msg)]) -> Vec<Msg> {
    codes
        .iter()
        .filter_map(|code| options.iter().find(|(c, _)| c == code).map(|(_, msg)| *msg))
        .collect()
}

#[component]
pub(super) fn Words(codes: Vec<String>, options: &'static [(&'static str, Msg)]) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        words(&codes, options)
            .into_iter()
            .map(|msg| i18n.lang().t(msg))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A sign-up waiting for the contact: who, what they offer, and the decision's forms.
#[component]
fn SignUp(mentor: MentorView) -> impl IntoView {
    let i18n = use_i18n();
    let period = view! {
        <Availability from=mentor.available_from.clone() to=mentor.available_to.clone()/>
    };
    view! {
        <article class="card mentor-sign-up">
            <h3>{mentor.name.clone()}</h3>
            <dl class="facts">
                <dt>{i18n.t(Msg::MentorOrganisationLabel)}</dt>
                <dd>{format!("{} ({})", mentor.organisation, mentor.role)}</dd>
                <dt>{i18n.t(Msg::EmailLabel)}</dt>
                <dd><a href=format!("mailto:{}", mentor.email)>{mentor.email.clone()}</a></dd>
                <dt>{i18n.t(Msg::PhoneLabel)}</dt><dd>{mentor.phone.clone().unwrap_or_default()}</dd>
                <dt>{i18n.t(Msg::MunicipalityLabel)}</dt><dd>{mentor.municipality.clone()}</dd>
                <dt>{i18n.t(Msg::StaffExpertiseLabel)}</dt>
                <dd><Words codes=mentor.expertise.clone() options=EXPERTISE/></dd>
                <dt>{i18n.t(Msg::StaffSectorsLabel)}</dt>
                <dd><Words codes=mentor.sectors.clone() options=SECTORS/></dd>
                <dt>{i18n.t(Msg::StaffLanguagesLabel)}</dt>
                <dd><Words codes=mentor.languages.clone() options=LANGUAGES/></dd>
                <dt>{i18n.t(Msg::MentorCapacityLabel)}</dt><dd>{mentor.capacity}</dd>
                <dt>{i18n.t(Msg::MentorAvailableLabel)}</dt><dd>{period}</dd>
                <dt>{i18n.t(Msg::MentorSignedUpLabel)}</dt>
                <dd><time datetime=mentor.signed_up.clone()>{mentor.signed_up.clone()}</time></dd>
            </dl>
            <p class="mentor-introduction">{mentor.introduction.clone()}</p>
            <Decision id=mentor.id step=MentorStep::Approve/>
            <Decision id=mentor.id step=MentorStep::Decline/>
        </article>
    }
}

/// One decision's form; declining asks for the reason the mentor is sent.
#[component]
fn Decision(id: i32, step: MentorStep) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<DecideMentor>::new();
    // Without JavaScript only the sign-up the refusal names (`?mentor=`) shows it.
    let posted_here = use_query_map().with_untracked(|q| {
        q.get("mentor")
            .is_none_or(|posted| posted == id.to_string())
    });
    let error = Signal::derive(move || match posted_here {
        true => action.value().get().and_then(Result::err),
        false => Some(AppError::Invalid(Vec::new())),
    });
    let (label, declines) = match step {
        MentorStep::Approve => (Msg::MentorStepApprove, false),
        _ => (Msg::MentorStepDecline, true),
    };
    view! {
        {move || action.value().get().and_then(Result::err).map(|error| view! {
            <ErrorNotice msg=error.message()/>
        })}
        <ActionForm action attr:class="step-form">
            <input type="hidden" name="id" value=id/>
            <input type="hidden" name="step" value=step.code()/>
            {declines.then(|| view! {
                <Field name="reason" id=format!("decline-{id}-reason") label=Msg::MentorDeclineReasonLabel
                    control=Control::TextArea rows=3 maxlength=4000 error/>
            })}
            <button type="submit" class=if declines { "button button-secondary" } else { "button" }>
                {i18n.t(label)}
            </button>
        </ActionForm>
    }
}

/// The scheme's mentors: status, load against capacity, expertise and availability.
#[component]
fn MentorTable(mentors: Vec<MentorView>) -> impl IntoView {
    let i18n = use_i18n();
    if mentors.is_empty() {
        return view! { <p role="status">{i18n.t(Msg::StaffMentorsEmpty)}</p> }.into_any();
    }
    let rows = mentors
        .into_iter()
        .map(|m| {
            let period = view! { <Availability from=m.available_from to=m.available_to/> };
            view! {
                <tr>
                    <td>{m.name}<br/><small>{m.organisation}</small></td>
                    <td>{i18n.t(m.status.label())}</td>
                    <td>{format!("{} / {}", m.current, m.capacity)}</td>
                    <td><Words codes=m.expertise options=EXPERTISE/></td>
                    <td>{period}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(Msg::StaffMentorsHeading)>
            <table>
                <thead><tr>
                    <th scope="col">{i18n.t(Msg::MentorNameLabel)}</th>
                    <th scope="col">{i18n.t(Msg::MyMentorStatusLabel)}</th>
                    <th scope="col">{i18n.t(Msg::MyMentorLoadLabel)}</th>
                    <th scope="col">{i18n.t(Msg::StaffExpertiseLabel)}</th>
                    <th scope="col">{i18n.t(Msg::MentorAvailableLabel)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// When a mentor is available: from – to, or "any time" when neither is set.
#[component]
fn Availability(from: Option<String>, to: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    match (from, to) {
        (None, None) => i18n.t(Msg::MentorAnyTime).into_any(),
        (from, to) => {
            format!("{} – {}", from.unwrap_or_default(), to.unwrap_or_default()).into_any()
        }
    }
}

/// "12 days", in the reader's language.
pub(super) fn waiting_text(days: i64) -> impl Fn() -> String + Send + Sync + 'static {
    let i18n = use_i18n();
    move || {
        i18n.lang()
            .fill(Msg::RequestWaitingDays, &[("days", &days)])
    }
}

/// Enterprises waiting for a mentor, the longest waiting first, each to its suggestions.
#[component]
fn RequestTable(requests: Vec<RequestItem>) -> impl IntoView {
    let i18n = use_i18n();
    if requests.is_empty() {
        return view! { <p role="status">{i18n.t(Msg::StaffRequestsEmpty)}</p> }.into_any();
    }
    let rows = requests
        .into_iter()
        .map(|r| {
            let who = r.company_name.clone().unwrap_or_else(|| r.name.clone());
            view! {
                <tr>
                    <td><a href=format!("/staff/mentors/requests/{}", r.id)>{who}</a></td>
                    <td><Words codes=r.needs options=EXPERTISE/></td>
                    <td>{r.municipality}</td>
                    <td>{waiting_text(r.waiting_days)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(Msg::StaffRequestsHeading)>
            <table>
                <thead><tr>
                    <th scope="col">{i18n.t(Msg::AskMentorCompanyLabel)}</th>
                    <th scope="col">{i18n.t(Msg::StaffNeedsLabel)}</th>
                    <th scope="col">{i18n.t(Msg::MunicipalityLabel)}</th>
                    <th scope="col">{i18n.t(Msg::RequestWaitingLabel)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
