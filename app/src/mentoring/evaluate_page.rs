use super::api::EvaluationPage;
use super::fields::StaleNotice;
use super::mentorship_form::MAX_COMMENT_CHARS;
use super::server_fns::{EvaluateMentorship, mentorship_evaluation};
use crate::components::{ChoiceField, Control, ErrorNotice, Field, PageTitle};
use crate::error::AppError;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

const RATINGS: &[(&str, Msg)] = &[
    ("1", Msg::Rating1),
    ("2", Msg::Rating2),
    ("3", Msg::Rating3),
    ("4", Msg::Rating4),
    ("5", Msg::Rating5),
];

/// `/mentorships/evaluate/{token}`: each side's emailed link at the end of a mentorship: a
/// rating 1–5 and a comment, once. Only staff read it.
#[component]
pub fn EvaluatePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let data = Resource::new(
        move || {
            let q = query.read();
            (token(), q.get("done"), q.get("retry"))
        },
        |(token, _, retry)| mentorship_evaluation(token, retry),
    );
    view! {
        <PageTitle msg=Msg::EvaluateTitle/>
        <h1>{i18n.t(Msg::EvaluateTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <Evaluation page token=token()/> }.into_any(),
                    Err(AppError::NotFound) => view! {
                        <ErrorNotice msg=Msg::MyMentorNotFound/>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice msg=error.message()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Evaluation(page: EvaluationPage, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<EvaluateMentorship>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let (mentor, company) = (page.mentor, page.company);
    let lead = move || {
        i18n.lang().fill(
            Msg::EvaluateLead,
            &[("mentor", &mentor), ("company", &company)],
        )
    };
    let form = page.form;
    let chosen: Vec<String> = Some(form.rating.clone())
        .filter(|r| !r.is_empty())
        .into_iter()
        .collect();
    view! {
        <p>{lead}</p>
        {match page.answered {
            true => view! {
                <div class="notice notice-info" role="status"><p>{i18n.t(Msg::EvaluateThanks)}</p></div>
            }.into_any(),
            false => view! {
                {move || error.get().map(|error| view! { <ErrorNotice msg=error.message()/> })}
                <ActionForm action attr:class="wizard-form" attr:novalidate=true>
                    <input type="hidden" name="token" value=token/>
                    <StaleNotice error/>
                    <ChoiceField name="rating" group="form" label=Msg::RatingLabel options=RATINGS
                        chosen error/>
                    <Field name="comment" group="form" label=Msg::CommentLabel optional=true
                        control=Control::TextArea rows=4 maxlength=MAX_COMMENT_CHARS value=form.comment error/>
                    <div class="wizard-buttons">
                        <button type="submit" class="button">{i18n.t(Msg::EvaluateButton)}</button>
                    </div>
                </ActionForm>
            }.into_any(),
        }}
    }
}
