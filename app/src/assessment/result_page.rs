use super::advice::{documents, overall_texts, status_code, status_label, step_of, what_to_change};
use super::api::{AssessmentData, result_href, step_href};
use super::calculator::Figures;
use super::evaluation::evaluate_draft;
use super::questions::step_title;
use super::reasons::reason_text;
use super::server_fns::load_assessment;
use super::step_page::{DraftNotFound, Progress, ResumeLink};
use crate::components::PageTitle;
use crate::domain::eligibility::{CriterionResult, Status};
use crate::error::AppError;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/assessment/{token}/result`: the verdict per criterion with reasons, what to change and
/// what virk.dk will ask for. The same pure rules run here as in the API; the address is
/// the stable link to keep or send to the municipality.
#[component]
pub fn AssessmentResultPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let data = Resource::new(move || token.get(), load_assessment);
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <Result data token=token.get_untracked()/> }.into_any(),
                    Err(AppError::NotFound) => view! { <DraftNotFound/> }.into_any(),
                    Err(error) => view! {
                        <PageTitle msg=error.message()/>
                        <h1>{i18n.t(error.message())}</h1>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Result(data: AssessmentData, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let evaluation = evaluate_draft(&data);
    let (headline, next, class) = overall_texts(evaluation.overall);
    let answered = data.draft.steps.keys().copied().collect::<Vec<_>>();
    let link = format!("{}{}", data.site_url, result_href(&token));
    let criteria = evaluation
        .criteria
        .into_iter()
        .map(|criterion| view! { <Criterion criterion token=token.clone()/> })
        .collect_view();
    let figures = evaluation.dividend.map(|result| {
        view! {
            <section class="result-figures" aria-labelledby="figures-heading">
                <h2 id="figures-heading">{i18n.t(Msg::CalcHeading)}</h2>
                <Figures result/>
            </section>
        }
    });

    view! {
        <PageTitle msg=Msg::ResultTitle/>
        <h1>{i18n.t(Msg::ResultTitle)}</h1>
        <Progress token=token.clone() current=None answered/>
        <div class=format!("verdict verdict-{class}") role="status">
            <p class="verdict-headline">{i18n.t(headline)}</p>
            <p>{i18n.t(next)}</p>
        </div>
        <ol class="criteria">{criteria}</ol>
        {figures}
        <p class="disclaimer">{i18n.t(Msg::AssessmentNotLegalAdvice)}</p>
        <ResumeLink url=link label=Msg::ResultLinkLabel help=Msg::ResultLinkHelp/>
        <div class="result-actions no-print">
            // A handler of the app's, not an inline `onclick`, which the page's CSP blocks.
            <button type="button" class="button button-secondary js-only"
                on:click=move |_| { let _ = window().print(); }>
                {i18n.t(Msg::PrintResult)}
            </button>
            <p class="help no-js-only">{i18n.t(Msg::PrintHint)}</p>
            <a class="button" href=format!("/enquiry?assessment={token}")>{i18n.t(Msg::AskAboutResult)}</a>
            <a href="/mentors/ask?from=assessment">{i18n.t(Msg::AskMentorTitle)}</a>
            <a href="/assessment">{i18n.t(Msg::AssessmentStartOver)}</a>
        </div>
    }
}

#[component]
fn Criterion(criterion: CriterionResult, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let CriterionResult {
        id,
        status,
        reasons,
    } = criterion;
    let step = step_of(id);
    let heading_id = format!("criterion-{}", step.slug());
    let reasons = reasons
        .into_iter()
        .map(|reason| view! { <li>{move || reason_text(&reason, i18n.lang())}</li> })
        .collect_view();
    let advice = (status != Status::Met).then(|| {
        view! {
            <h3>{i18n.t(Msg::WhatToChange)}</h3>
            <p>{i18n.t(what_to_change(id))}</p>
        }
    });
    let reference = id.reference();
    view! {
        <li class=format!("criterion criterion-{}", status_code(status)) aria-labelledby=heading_id>
            <h2 id=heading_id.clone()>
                {i18n.t(step_title(step))}
                <span class="status">{i18n.t(status_label(status))}</span>
            </h2>
            <ul class="reasons">{reasons}</ul>
            <p class="reference">
                {move || i18n.lang().fill(Msg::LegalReference, &[("reference", &reference)])}
            </p>
            {advice}
            <h3>{i18n.t(Msg::DocumentsHeading)}</h3>
            <p>{i18n.t(documents(id))}</p>
            <p class="no-print"><a href=step_href(&token, step)>{i18n.t(Msg::EditAnswers)}</a></p>
        </li>
    }
}
