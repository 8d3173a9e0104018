use super::api::{QueueItem, ReportItem, ReportStatus, ReviewView};
use super::application_page::History;
use super::fields::ListingFields;
use super::form::ListingForm;
use super::logo_form::LogoForm;
use super::server_fns::{EditListing, TakeListingStep, listing_for_review, review_queue};
use crate::account::StaffPageError;
use crate::components::{Control, ErrorNotice, Field, PageTitle, field_error, use_id_param};
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::listing::{RsvStatus, Step};
use crate::error::AppError;
use crate::i18n::{Labelled, Msg, purpose_msg, rsv_msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/staff/listings` (contacts and admins): applications waiting for review in the
/// municipality, oldest first, and the listed companies whose RSV check is older than 12
/// months (or was never made); each with its CVR linked to the public CVR register.
#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let i18n = use_i18n();
    let queue = Resource::new(|| (), |()| review_queue());
    view! {
        <PageTitle msg=Msg::ReviewQueueTitle/>
        <h1>{i18n.t(Msg::ReviewQueueTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match queue.await {
                    Ok(queues) => view! {
                        <QueueTable items=queues.applications caption=Msg::ReviewQueueTitle
                            since=Msg::ReviewWaitingSince empty=Msg::ReviewQueueEmpty/>
                        <h2>{i18n.t(Msg::StaleChecksHeading)}</h2>
                        <QueueTable items=queues.stale_checks caption=Msg::StaleChecksHeading
                            since=Msg::StaleChecksSince empty=Msg::StaleChecksEmpty/>
                        <h2>{i18n.t(Msg::ReportsHeading)}</h2>
                        <ReportTable items=queues.reports/>
                    }.into_any(),
                    Err(error) => view! { <StaffPageError error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// Listings in a table: name (to its page), CVR, municipality and a date (`since`; an
/// empty date reads "never").
#[component]
fn QueueTable(items: Vec<QueueItem>, caption: Msg, since: Msg, empty: Msg) -> impl IntoView {
    let i18n = use_i18n();
    if items.is_empty() {
        return view! { <p role="status">{i18n.t(empty)}</p> }.into_any();
    }
    let rows = items
        .into_iter()
        .map(|item| {
            let date = match item.waiting_since.is_empty() {
                true => view! { {i18n.t(Msg::NeverChecked)} }.into_any(),
                false => view! {
                    <time datetime=item.waiting_since.clone()>{item.waiting_since.clone()}</time>
                }
                .into_any(),
            };
            view! {
                <tr>
                    <td><a href=format!("/staff/listings/{}", item.id)>{item.name}</a></td>
                    <td><CvrLink cvr=item.cvr/></td>
                    <td>{item.municipality}</td>
                    <td>{date}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(caption)>
            <table>
                <thead><tr>
                    <th scope="col">{i18n.t(Msg::CompanyNameLabel)}</th>
                    <th scope="col">{i18n.t(Msg::CvrLabel)}</th>
                    <th scope="col">{i18n.t(Msg::MunicipalityLabel)}</th>
                    <th scope="col">{i18n.t(since)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Annual reports overdue or due soon: the company, its CVR and municipality, the due
/// date, and whether it is overdue and reminded.
#[component]
fn ReportTable(items: Vec<ReportItem>) -> impl IntoView {
    let i18n = use_i18n();
    if items.is_empty() {
        return view! { <p role="status">{i18n.t(Msg::ReportsEmpty)}</p> }.into_any();
    }
    let rows = items
        .into_iter()
        .map(|ReportItem { company, report }| {
            view! {
                <tr>
                    <td><a href=format!("/staff/listings/{}", company.id)>{company.name}</a></td>
                    <td><CvrLink cvr=company.cvr/></td>
                    <td>{company.municipality}</td>
                    <td><time datetime=report.due.clone()>{report.due.clone()}</time></td>
                    <td><ReportState report/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(Msg::ReportsHeading)>
            <table>
                <thead><tr>
                    <th scope="col">{i18n.t(Msg::CompanyNameLabel)}</th>
                    <th scope="col">{i18n.t(Msg::CvrLabel)}</th>
                    <th scope="col">{i18n.t(Msg::MunicipalityLabel)}</th>
                    <th scope="col">{i18n.t(Msg::ReportDueLabel)}</th>
                    <th scope="col">{i18n.t(Msg::ReportStateLabel)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// "Overdue" or "Upcoming", and whether the reminder has gone.
#[component]
fn ReportState(report: ReportStatus) -> impl IntoView {
    let i18n = use_i18n();
    let state = match report.overdue {
        true => Msg::ReportOverdue,
        false => Msg::ReportUpcoming,
    };
    view! {
        <span class:overdue=report.overdue>{i18n.t(state)}</span>
        {report.reminded.then(|| view! { " · " {i18n.t(Msg::ReportReminded)} })}
    }
}

/// The CVR number, linked to the company's record in the public CVR register.
#[component]
fn CvrLink(cvr: String) -> impl IntoView {
    let href = format!("https://datacvr.virk.dk/enhed/virksomhed/{cvr}");
    view! { <a href=href rel="noopener noreferrer external">{cvr}</a> }
}

/// `/staff/listings/{id}` (contacts and admins of its municipality): the application's
/// answers beside the attached self-assessment, the history, and a form for each step
/// open from where it stands.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_id_param();
    let query = use_query_map();
    // After a step the page comes back with `?done=<step>`: load the listing anew.
    let view_data = Resource::new(
        move || {
            (
                id.get(),
                query.read().get("done"),
                query.read().get("retry"),
                query.read().get("at"),
            )
        },
        |(id, _, retry, _)| listing_for_review(id, retry),
    );
    view! {
        <PageTitle msg=Msg::ReviewTitle/>
        <p><a href="/staff/listings">{i18n.t(Msg::ReviewQueueTitle)}</a></p>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match view_data.await {
                    Ok(review) => view! { <Review review/> }.into_any(),
                    Err(error) => view! { <StaffPageError error as_heading=true/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Review(review: ReviewView) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let done = move || query.read().get("done").is_some();
    let f = review.form.clone();
    let fact = |label: Msg, value: String| {
        (!value.is_empty()).then(|| view! { <dt>{i18n.t(label)}</dt><dd>{value}</dd> })
    };
    let assessment = review.assessment.clone().map(|a| {
        view! {
            <h2>{i18n.t(Msg::ReviewAssessmentHeading)}</h2>
            <p><a href=a.result_url.clone()>{i18n.t(Msg::ReviewAssessmentLink)}</a></p>
        }
    });
    // Keyed by step: after a step the page is drawn anew, and a form standing where
    // another stood must not inherit what was typed there (a change request's text left in
    // the rejection's box).
    let (id, steps) = (review.id, review.steps.clone());
    let steps = view! {
        <For each=move || steps.clone() key=|step| *step let:step>
            <StepForm id step/>
        </For>
    };
    view! {
        <h1>{f.name.clone()}</h1>
        {move || done().then(|| view! {
            <div class="notice notice-info" role="status"><p>{i18n.t(Msg::ReviewDone)}</p></div>
        })}
        <dl class="facts">
            <dt>{i18n.t(Msg::ApplicationStatusLabel)}</dt>
            <dd class="listing-status">{i18n.t(review.status.label())}</dd>
            <dt>{i18n.t(Msg::CvrLabel)}</dt>
            <dd><CvrLink cvr=f.cvr.clone()/></dd>
            <dt>{i18n.t(Msg::MunicipalityLabel)}</dt>
            <dd>{review.municipality.clone()}</dd>
            {fact(Msg::LegalFormLabel, LegalForm::from_code(&f.legal_form)
                .map(|l| l.abbreviation().to_owned()).unwrap_or_default())}
            {Purpose::from_code(&f.purpose).map(|p| view! {
                <dt>{i18n.t(Msg::PurposeLabel)}</dt><dd>{i18n.t(purpose_msg(p))}</dd>
            })}
            {fact(Msg::DescriptionDaLabel, f.description_da.clone())}
            {fact(Msg::DescriptionEnLabel, f.description_en.clone())}
            {fact(Msg::ProductsLabel, f.products.clone())}
            {fact(Msg::AddressLabel, format!("{}, {} {}", f.street, f.postcode, f.city))}
            {fact(Msg::WebsiteLabel, f.website.clone())}
            {fact(Msg::EmailLabel, f.email.clone())}
            {fact(Msg::PhoneLabel, f.phone.clone())}
            {fact(Msg::FoundedLabel, f.founded_year.clone())}
            {fact(Msg::EmployeesLabel, f.employees.clone())}
            {fact(Msg::TargetGroupEmployeesLabel, f.target_group_employees.clone())}
            {fact(Msg::YearEndLabel, f.year_end.clone())}
            {RsvStatus::from_code(&f.rsv_status).map(|r| view! {
                <dt>{i18n.t(Msg::RsvStatusLabel)}</dt><dd>{i18n.t(rsv_msg(r, false))}</dd>
            })}
            {fact(Msg::ContactPersonNameLabel, f.contact_name.clone())}
            {fact(Msg::ContactPersonEmailLabel, f.contact_email.clone())}
            {review.checked.clone().map(|(on, _)| view! {
                <dt>{i18n.t(Msg::VerifiedOnLabel)}</dt><dd>{on}</dd>
            })}
            {review.report.clone().map(|report| {
                let text = i18n.lang().fill(
                    Msg::NextReportText,
                    &[("end", &report.year_ended), ("due", &report.due)],
                );
                view! {
                    <dt>{i18n.t(Msg::NextReportLabel)}</dt>
                    <dd>{text} " · " <ReportState report/></dd>
                }
            })}
        </dl>
        {assessment}
        <History items=review.history.clone()/>
        <h2>{i18n.t(Msg::ReviewStepsHeading)}</h2>
        <div class="review-steps">{steps}</div>
        {review.editable.then(|| view! {
            <LogoForm action="/api/staff/listing/logo" key=("id", review.id.to_string())
                logo=review.logo.clone() company=f.name.clone()/>
            <EditForm id=review.id version=review.version
                form=review.typed.clone().unwrap_or_else(|| review.form.clone())/>
        })}
    }
}

/// One step's form: a reason where the step needs one, the RSV check where it records
/// one, and its button.
#[component]
fn StepForm(id: i32, step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<TakeListingStep>::new();
    // Without JavaScript every step's form would read the refusal that came back (`fe=`):
    // only the step it names (`?step=`) shows it; the others hold a refusal of no field.
    let posted_here = use_query_map()
        .with_untracked(|q| q.get("step").is_none_or(|posted| posted == step.code()));
    let error = Signal::derive(move || match posted_here {
        true => action.value().get().and_then(Result::err),
        false => Some(AppError::Invalid(Vec::new())),
    });
    let field_id = format!("{}-reason", step.code());
    let checks = matches!(step, Step::Approve | Step::Reverify);
    view! {
        <ActionForm action attr:class="step-form">
            <input type="hidden" name="id" value=id/>
            <input type="hidden" name="step" value=step.code()/>
            {step.needs_reason().then(|| view! {
                <Field name="reason" id=field_id label=Msg::ReviewReasonLabel control=Control::TextArea
                    rows=3 maxlength=4000 error/>
            })}
            {checks.then(|| view! {
                <Field name="checked" id=format!("{}-checked", step.code()) label=Msg::ReviewCheckedLabel
                    control=Control::Checkbox checked=step == Step::Reverify error/>
            })}
            <button type="submit" class="button">{i18n.t(step_button(step))}</button>
        </ActionForm>
    }
}

/// The listing's facts to correct, in the application's fields (the CVR number and the
/// municipality stay); open when a correction came back with errors.
#[component]
fn EditForm(id: i32, version: i64, form: ListingForm) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let action = ServerAction::<EditListing>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    // Someone else saved first: said above the fields, which keep what was typed.
    let conflict = field_error("version", error);
    // Back from a refused correction without JavaScript: the version the form showed.
    let version = query
        .read_untracked()
        .get("version")
        .and_then(|v| v.parse().ok())
        .unwrap_or(version);
    let open = move || query.read().get("retry").is_some() || error.get().is_some();
    view! {
        <details class="edit-listing" open=open>
            // Plain text: a heading inside the summary's button is lost to screen readers.
            <summary>{i18n.t(Msg::ReviewEditHeading)}</summary>
            {move || error.get().map(|error| view! {
                <ErrorNotice msg=error.message()/>
            })}
            <ActionForm action attr:class="wizard-form listing-form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="version" value=version/>
                {move || conflict().map(|e| view! {
                    <p class="notice notice-error" id="version-error">{i18n.t(e.message)}</p>
                })}
                <ListingFields form municipalities=Vec::new() error editing=true/>
                <div class="wizard-buttons">
                    <button type="submit" class="button">{i18n.t(Msg::ReviewEditSave)}</button>
                </div>
            </ActionForm>
        </details>
    }
}

/// What a step's button says.
fn step_button(step: Step) -> Msg {
    match step {
        Step::RequestChanges => Msg::ReviewRequestChanges,
        Step::Approve => Msg::ReviewApprove,
        Step::Reject => Msg::ReviewReject,
        Step::Unpublish => Msg::ReviewUnpublish,
        Step::Republish => Msg::ReviewRepublish,
        Step::Deregister => Msg::ReviewDeregister,
        Step::Reverify => Msg::ReviewReverify,
        Step::ReportReceived => Msg::ReviewReportReceived,
        other => other.label(),
    }
}
