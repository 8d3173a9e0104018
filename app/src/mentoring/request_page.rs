use super::api::{ExcludedView, RequestDetail, SuggestionView};
use super::fields::{EXPERTISE, LANGUAGES, SECTORS, StaleNotice};
use super::mentorship_form::{MAX_GOALS_CHARS, ProposeForm};
use super::server_fns::{ProposeMentorship, mentor_request};
use super::staff_page::{MentorshipTable, Words, waiting_text};
use crate::account::StaffPageError;
use crate::components::{Control, ErrorNotice, Field, Label, PageTitle, use_id_param};
use crate::i18n::{Labelled, Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/staff/mentors/requests/{id}` (contacts and admins): what the enterprise asked for,
/// and the mentors suggested, best first, each with the parts of its score and their
/// weights; the mentors left out are listed with why; the form that proposes a mentorship
/// (the top suggestion preselected), and the mentorships proposed for it.
#[component]
pub fn MentorRequestPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_id_param();
    let query = use_query_map();
    let detail = Resource::new(
        move || (id.get(), query.read().get("retry")),
        |(id, retry)| mentor_request(id, retry),
    );
    view! {
        <PageTitle msg=Msg::RequestTitle/>
        <h1>{i18n.t(Msg::RequestTitle)}</h1>
        <p><a href="/staff/mentors">{i18n.t(Msg::StaffMentorsTitle)}</a></p>
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

fn source_msg(source: &str) -> Msg {
    match source {
        "registry" => Msg::SourceRegistry,
        "assessment" => Msg::SourceAssessment,
        "enquiry" => Msg::SourceEnquiry,
        _ => Msg::SourceForm,
    }
}

#[component]
fn Detail(detail: RequestDetail) -> impl IntoView {
    let i18n = use_i18n();
    let RequestDetail {
        item,
        email,
        sector,
        language,
        details,
        source,
        suggestions,
        excluded,
        open,
        mentorships,
        proposal,
    } = detail;
    let request_id = item.id;
    let choices: Vec<(String, Label)> = suggestions
        .iter()
        .map(|s| {
            (
                s.mentor_id.to_string(),
                Label::Name(format!("{} ({})", s.name, s.score)),
            )
        })
        .collect();
    let can_propose = open && !choices.is_empty();
    let company = match (&item.company_name, &item.cvr) {
        (Some(name), Some(cvr)) => format!("{name} (CVR {cvr})"),
        (Some(name), None) => name.clone(),
        (None, Some(cvr)) => format!("CVR {cvr}"),
        (None, None) => String::new(),
    };
    let days = item.waiting_days;
    let suggested = match (open, suggestions.is_empty()) {
        (false, _) => view! { <p role="status">{i18n.t(Msg::RequestNotOpen)}</p> }.into_any(),
        (true, true) => {
            view! { <p role="status">{i18n.t(Msg::RequestNoSuggestions)}</p> }.into_any()
        }
        (true, false) => view! {
            <p>{i18n.t(Msg::RequestSuggestionsLead)}</p>
            <ol class="suggestions">
                {suggestions.into_iter().map(|s| view! { <Suggested s/> }).collect_view()}
            </ol>
        }
        .into_any(),
    };
    view! {
        <dl class="facts">
            <dt>{i18n.t(Msg::MentorNameLabel)}</dt><dd>{item.name.clone()}</dd>
            <dt>{i18n.t(Msg::EmailLabel)}</dt>
            <dd><a href=format!("mailto:{email}")>{email.clone()}</a></dd>
            <dt>{i18n.t(Msg::AskMentorCompanyLabel)}</dt><dd>{company}</dd>
            <dt>{i18n.t(Msg::MunicipalityLabel)}</dt><dd>{item.municipality.clone()}</dd>
            <dt>{i18n.t(Msg::StaffNeedsLabel)}</dt>
            <dd><Words codes=item.needs.clone() options=EXPERTISE/></dd>
            <dt>{i18n.t(Msg::StaffSectorLabel)}</dt>
            <dd><Words codes=sector.into_iter().collect() options=SECTORS/></dd>
            <dt>{i18n.t(Msg::StaffLanguagesLabel)}</dt>
            <dd><Words codes=language.into_iter().collect() options=LANGUAGES/></dd>
            <dt>{i18n.t(Msg::StaffDetailsLabel)}</dt><dd>{details}</dd>
            <dt>{i18n.t(Msg::RequestAskedLabel)}</dt>
            <dd><time datetime=item.asked_on.clone()>{item.asked_on.clone()}</time>" · "{waiting_text(days)}</dd>
            <dt>{i18n.t(Msg::RequestFromLabel)}</dt><dd>{i18n.t(source_msg(&source))}</dd>
        </dl>
        {(!mentorships.is_empty()).then(|| view! {
            <h2>{i18n.t(Msg::MentorshipsHeading)}</h2>
            <MentorshipTable mentorships/>
        })}
        <h2>{i18n.t(Msg::RequestSuggestionsHeading)}</h2>
        {suggested}
        {open.then(|| view! { <Excluded excluded/> })}
        {can_propose.then(|| view! { <Propose request_id choices proposal/> })}
    }
}

/// The proposal: which mentor (the suggestions, best first), when, and what for.
#[component]
fn Propose(request_id: i32, choices: Vec<(String, Label)>, proposal: ProposeForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ProposeMentorship>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <h2 id="propose">{i18n.t(Msg::ProposeHeading)}</h2>
        <p>{i18n.t(Msg::ProposeLead)}</p>
        {move || error.get().map(|error| view! { <ErrorNotice msg=error.message()/> })}
        <ActionForm action attr:class="wizard-form" attr:novalidate=true>
            <input type="hidden" name="request" value=request_id/>
            <StaleNotice error/>
            <Field name="mentor" group="form" label=Msg::ProposeMentorLabel control=Control::Select
                options=choices value=proposal.mentor error/>
            <Field name="period_from" group="form" label=Msg::PeriodFromLabel control=Control::Date
                value=proposal.period_from error/>
            <Field name="period_to" group="form" label=Msg::PeriodToLabel control=Control::Date
                optional=true value=proposal.period_to error/>
            <Field name="goals" group="form" label=Msg::GoalsLabel control=Control::TextArea rows=4
                maxlength=MAX_GOALS_CHARS value=proposal.goals error/>
            <div class="wizard-buttons">
                <button type="submit" class="button">{i18n.t(Msg::ProposeButton)}</button>
            </div>
        </ActionForm>
    }
}

/// One suggested mentor: name, score, and each part with its weight (needs: which ones).
#[component]
fn Suggested(s: SuggestionView) -> impl IntoView {
    let i18n = use_i18n();
    let score = s.score;
    let parts = s
        .parts
        .into_iter()
        .map(|part| {
            let (points, weight) = (part.points, part.weight);
            let covered: Vec<String> = part.covered.iter().map(|e| e.code().to_owned()).collect();
            view! {
                <li>
                    {i18n.t(part.factor.label())}": "
                    {move || i18n.lang().fill(Msg::RequestPart, &[("points", &points), ("weight", &weight)])}
                    {(!covered.is_empty()).then(|| view! {
                        " (" <Words codes=covered options=EXPERTISE/> ")"
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="card suggestion">
            <h3>{s.name}" · "{move || i18n.lang().fill(Msg::RequestScore, &[("score", &score)])}</h3>
            <p>{s.organisation}", "{s.municipality}</p>
            <ul class="score-parts">{parts}</ul>
        </li>
    }
}

/// The mentors left out, with why, folded away.
#[component]
fn Excluded(excluded: Vec<ExcludedView>) -> impl IntoView {
    let i18n = use_i18n();
    let count = excluded.len();
    (count > 0).then(|| {
        let rows = excluded
            .into_iter()
            .map(|e| view! { <li>{e.name}": "{i18n.t(e.reason.label())}</li> })
            .collect_view();
        view! {
            <details class="excluded">
                <summary>{move || i18n.lang().fill(Msg::RequestExcludedHeading, &[("count", &count)])}</summary>
                <ul>{rows}</ul>
            </details>
        }
    })
}
