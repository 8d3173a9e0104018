use super::api::{AssessmentData, Go, Step, result_href, step_href};
use super::calculator::DividendCalculator;
use super::fields::QuestionField;
use super::form::{EARLIER_YEAR_FIELDS, parse_draft};
use super::questions::{Kind, Question, questions, step_intro, step_title};
use super::server_fns::{SaveAssessmentStep, load_assessment};
use crate::components::{Field, PageTitle};
use crate::error::{AppError, FieldError};
use crate::i18n::{Msg, use_i18n};
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/assessment/{token}/{step}`: one step of the wizard. The address is the private resume
/// link. Every step is a plain form post that saves what was typed; the server sends the
/// browser on, or back to the step while it has errors, which then show next to the fields.
#[component]
pub fn AssessmentStepPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let step = Memo::new(move |_| params.read().get("step").and_then(|s| Step::from_slug(&s)));
    let save = ServerAction::<SaveAssessmentStep>::new();
    // Reloaded after every save, so errors found on "next" show even when the address
    // stays the same.
    let data = Resource::new(
        move || (token.get(), step.get(), save.version().get()),
        |(token, _, _)| load_assessment(token),
    );

    view! {
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                let loaded = data.await;
                match (loaded, step.get_untracked()) {
                    (_, None) => view! { <NotFound/> }.into_any(),
                    (Ok(data), Some(step)) => {
                        let token = token.get_untracked();
                        // Keyed by the step: another step's form is new elements, never the
                        // last step's fields patched, which kept what was typed in them.
                        view! {
                            <For each=move || [step] key=|step| *step let:step>
                                <StepForm data=data.clone() step token=token.clone() save/>
                            </For>
                        }.into_any()
                    }
                    (Err(AppError::NotFound), _) => view! { <DraftNotFound/> }.into_any(),
                    (Err(error), _) => view! {
                        <PageTitle msg=error.message()/>
                        <h1>{i18n.t(error.message())}</h1>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
pub fn DraftNotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle msg=Msg::DraftNotFoundTitle/>
        <h1>{i18n.t(Msg::DraftNotFoundTitle)}</h1>
        <p>{i18n.t(Msg::DraftNotFoundText)}</p>
        <p><a href="/assessment">{i18n.t(Msg::AssessmentStartOver)}</a></p>
    }
}

#[component]
fn StepForm(
    data: AssessmentData,
    step: Step,
    token: String,
    save: ServerAction<SaveAssessmentStep>,
) -> impl IntoView {
    let i18n = use_i18n();
    let parsed = parse_draft(&data.draft);
    let errors: Vec<FieldError> = parsed.step_errors(step).to_vec();
    // The step's errors come from the saved draft, not from the action or the address.
    let error = Signal::stored(Some(AppError::Invalid(errors.clone())));
    let values = RwSignal::new(data.draft.steps.get(&step).cloned().unwrap_or_default());
    let has_earlier = EARLIER_YEAR_FIELDS.iter().flatten().any(|name| {
        values.with_untracked(|v| v.get(*name).is_some_and(|x| !x.trim().is_empty()))
            || errors.iter().any(|e| e.field == *name)
    });
    let answered: Vec<Step> = data.draft.steps.keys().copied().collect();
    let total = Step::ALL.len();
    let number = step.number();
    let is_last = step.next().is_none();
    let resume_url = format!("{}{}", data.site_url, step_href(&token, step));

    let fields = questions(step)
        .iter()
        .map(|question| {
            view! { <QuestionField question=*question values error/> }
        })
        .collect_view();
    let summary = (!errors.is_empty()).then(|| {
        let items = errors
            .iter()
            .map(|error| {
                let label = questions(step)
                    .iter()
                    .find(|q| q.name == error.field)
                    .map(|q| q.label);
                let target = format!("#{}", error.field);
                let error = error.clone();
                view! {
                    <li>
                        <a href=target>
                            {move || label.map(|l| format!("{}: ", i18n.lang().t(l)))}
                            {move || error.text(i18n.lang())}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
                <h2 id="error-summary-heading">{i18n.t(Msg::StepHasErrors)}</h2>
                <ul>{items}</ul>
            </div>
        }
    });
    let earlier = (step == Step::Profit).then(|| {
        let years = EARLIER_YEAR_FIELDS
            .iter()
            .enumerate()
            .map(|(i, names)| {
                let n = i + 1;
                let fields = names
                    .iter()
                    .zip([
                        (Msg::EarlierProfitLabel, Kind::Amount),
                        (Msg::EarlierDividendLabel, Kind::Amount),
                        (Msg::EarlierDecidedLabel, Kind::Date),
                    ])
                    .map(|(name, (label, kind))| {
                        let question = Question {
                            name,
                            label,
                            help: Msg::EarlierFieldHelp,
                            kind,
                        };
                        view! { <QuestionField question values error/> }
                    })
                    .collect_view();
                view! {
                    <fieldset class="earlier-year">
                        <legend>{move || i18n.lang().fill(Msg::EarlierYearN, &[("n", &n)])}</legend>
                        {fields}
                    </fieldset>
                }
            })
            .collect_view();
        view! {
            <details class="earlier-years" open=has_earlier>
                <summary>{i18n.t(Msg::EarlierYearsLegend)}</summary>
                <p class="help">{i18n.t(Msg::EarlierYearsHelp)}</p>
                {years}
            </details>
        }
    });
    let calculator = (step == Step::Profit)
        .then(|| view! { <DividendCalculator values rates=data.rates.clone()/> });
    let code = |go: Go| match go {
        Go::Next => "next",
        Go::Back => "back",
        Go::Stay => "stay",
        Go::Result => "result",
    };

    view! {
        <PageTitle msg=step_title(step)/>
        <p class="step-count">
            {move || i18n.lang().fill(Msg::StepOf, &[("n", &number), ("total", &total)])}
        </p>
        <h1>{i18n.t(step_title(step))}</h1>
        <Progress token=token.clone() current=Some(step) answered/>
        <p class="lead">{i18n.t(step_intro(step))}</p>
        {summary}
        <ActionForm action=save attr:class="wizard-form" attr:novalidate=true>
            <input type="hidden" name="token" value=token.clone()/>
            <input type="hidden" name="step" value=step.code()/>
            {fields}
            {calculator}
            {earlier}
            <div class="wizard-buttons">
                <button type="submit" name="go" value=code(Go::Next) class="button">
                    {i18n.t(if is_last { Msg::ButtonSeeResult } else { Msg::ButtonNext })}
                </button>
                {(step == Step::Profit).then(|| view! {
                    <button type="submit" name="go" value=code(Go::Stay) class="button button-secondary no-js-only">
                        {i18n.t(Msg::ButtonCalculate)}
                    </button>
                })}
                {step.previous().map(|_| view! {
                    <button type="submit" name="go" value=code(Go::Back) class="button button-secondary">
                        {i18n.t(Msg::ButtonBack)}
                    </button>
                })}
            </div>
        </ActionForm>
        <ResumeLink url=resume_url label=Msg::ResumeLinkLabel help=Msg::ResumeLinkHelp/>
    }
}

/// The steps as links, the current one marked; answered ones say so to screen readers.
#[component]
pub fn Progress(token: String, current: Option<Step>, answered: Vec<Step>) -> impl IntoView {
    let i18n = use_i18n();
    let items = Step::ALL
        .into_iter()
        .map(|s| {
            let is_current = current == Some(s);
            let done = answered.contains(&s);
            view! {
                <li class:current=is_current class:done=done>
                    <a href=step_href(&token, s) aria-current=is_current.then_some("step")>
                        {i18n.t(step_title(s))}
                        {done.then(|| view! { <span class="visually-hidden">" " {i18n.t(Msg::StepAnswered)}</span> })}
                    </a>
                </li>
            }
        })
        .collect_view();
    let on_result = current.is_none();
    view! {
        <nav class="progress" aria-label=i18n.t(Msg::StepsLabel)>
            <ol>
                {items}
                <li class:current=on_result>
                    <a href=result_href(&token) aria-current=on_result.then_some("step")>
                        {i18n.t(Msg::StepResult)}
                    </a>
                </li>
            </ol>
        </nav>
    }
}

/// A link to keep, shown in a read-only field that is easy to select and copy.
#[component]
pub fn ResumeLink(url: String, label: Msg, help: Msg) -> impl IntoView {
    view! {
        // The written-out link belongs to the same box: print shows it in the input's place.
        <div class="resume-link">
            <Field name="resume-link" label hint=help readonly=true value=url.clone()/>
            <p class="print-only">{url}</p>
        </div>
    }
}
