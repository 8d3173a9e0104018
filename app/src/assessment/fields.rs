//! One question of the wizard as a form field (`components::Field` or `ChoiceField`,
//! posted as `values[name]`). Every input also writes into `values`, so what is computed
//! from them (the live calculator) follows the typing.
use super::api::MAX_VALUE_CHARS;
use super::form::Values;
use super::questions::{Kind, Question};
use crate::components::{ChoiceField, Control, Field};
use crate::error::AppError;
use crate::i18n::Msg;
use leptos::prelude::*;

const YES_NO: &[(&str, Msg)] = &[("yes", Msg::AnswerYes), ("no", Msg::AnswerNo)];

/// `error`: the step's errors (from the saved draft), looked up by the question's name.
#[component]
pub fn QuestionField(
    question: Question,
    values: RwSignal<Values>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let name = question.name;
    let current = values.with_untracked(|v| v.get(name).cloned().unwrap_or_default());
    let set = move |key: String, value: Option<String>| {
        values.update(|v| match value {
            Some(value) => {
                v.insert(key, value);
            }
            None => {
                v.remove(&key);
            }
        })
    };

    match question.kind {
        Kind::Amount | Kind::Percent | Kind::Date => {
            let (control, inputmode) = match question.kind {
                Kind::Date => (Control::Date, None),
                _ => (Control::Text, Some("decimal")),
            };
            let on_input = Callback::new(move |value: String| set(name.to_owned(), Some(value)));
            match inputmode {
                Some(inputmode) => view! {
                    <Field name group="values" label=question.label hint=question.help control
                        inputmode autocomplete="off" maxlength=MAX_VALUE_CHARS value=current
                        error on_input/>
                }
                .into_any(),
                None => view! {
                    <Field name group="values" label=question.label hint=question.help control
                        autocomplete="off" maxlength=MAX_VALUE_CHARS value=current
                        error on_input/>
                }
                .into_any(),
            }
        }
        Kind::Choice(_) | Kind::YesNo | Kind::Checks(_) => {
            let (options, multiple) = match question.kind {
                Kind::Choice(options) => (options, false),
                Kind::Checks(options) => (options, true),
                _ => (YES_NO, false),
            };
            let chosen: Vec<String> = if multiple {
                values.with_untracked(|v| {
                    options
                        .iter()
                        .filter(|(value, _)| v.contains_key(&format!("{name}_{value}")))
                        .map(|(value, _)| (*value).to_owned())
                        .collect()
                })
            } else {
                vec![current]
            };
            let on_choose = Callback::new(move |(value, on): (&'static str, bool)| {
                if multiple {
                    set(format!("{name}_{value}"), on.then(|| "on".to_owned()));
                } else {
                    set(name.to_owned(), Some(value.to_owned()));
                }
            });
            view! {
                <ChoiceField name group="values" label=question.label hint=question.help options
                    multiple chosen error on_choose/>
            }
            .into_any()
        }
    }
}
