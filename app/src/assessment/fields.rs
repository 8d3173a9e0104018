//! One question of the wizard as form controls: label (or legend), help text with an
//! example, the error next to the field, and the value as typed. Every input also writes
//! into `values`, so what is computed from them (the live calculator) follows the typing.
use super::api::MAX_VALUE_CHARS;
use super::form::Values;
use super::questions::{Kind, Question};
use crate::error::FieldError;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;

/// The form field name of a value: the server function's `values` map.
fn input_name(name: &str) -> String {
    format!("values[{name}]")
}

pub fn field_id(name: &str) -> String {
    format!("field-{name}")
}

#[component]
pub fn QuestionField(
    question: Question,
    values: RwSignal<Values>,
    error: Option<FieldError>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = question.name;
    let help_id = format!("help-{name}");
    let error_id = format!("error-{name}");
    let described_by = if error.is_some() {
        format!("{help_id} {error_id}")
    } else {
        help_id.clone()
    };
    let invalid = error.is_some().then_some("true");
    let current = values.with_untracked(|v| v.get(name).cloned().unwrap_or_default());
    let help = view! { <p id=help_id class="help">{i18n.t(question.help)}</p> };
    let error_view = error.map(|e| {
        view! { <p id=error_id class="field-error">{move || e.text(i18n.lang())}</p> }
    });
    let set = move |value: String| {
        values.update(|v| {
            v.insert(name.to_owned(), value);
        })
    };

    match question.kind {
        Kind::Amount | Kind::Percent | Kind::Date => {
            let (kind, inputmode) = match question.kind {
                Kind::Date => ("date", None),
                _ => ("text", Some("decimal")),
            };
            view! {
                <div class="field" class:field-invalid=invalid.is_some()>
                    <label for=field_id(name)>{i18n.t(question.label)}</label>
                    {help}
                    {error_view}
                    <input
                        id=field_id(name)
                        name=input_name(name)
                        type=kind
                        inputmode=inputmode
                        autocomplete="off"
                        maxlength=MAX_VALUE_CHARS
                        value=current
                        aria-invalid=invalid
                        aria-describedby=described_by
                        on:input=move |ev| set(event_target_value(&ev))
                    />
                </div>
            }
            .into_any()
        }
        Kind::Choice(_) | Kind::YesNo => {
            const YES_NO: &[(&str, Msg)] = &[("yes", Msg::AnswerYes), ("no", Msg::AnswerNo)];
            let options = match question.kind {
                Kind::Choice(options) => options,
                _ => YES_NO,
            };
            let inline = options.len() <= 2;
            let radios = options
                .iter()
                .map(|(value, label)| {
                    let id = format!("{}-{value}", field_id(name));
                    let checked = current == *value;
                    let value = *value;
                    view! {
                        <div class="choice">
                            <input
                                type="radio"
                                id=id.clone()
                                name=input_name(name)
                                value=value
                                checked=checked
                                on:change=move |_| set(value.to_owned())
                            />
                            <label for=id>{i18n.t(*label)}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                // A radio group: `aria-invalid` belongs on the group (ARIA 1.2 allows it on
                // `radiogroup`, not on a plain fieldset's `group` or on each radio).
                <fieldset
                    id=field_id(name)
                    role="radiogroup"
                    class="field"
                    class:field-invalid=invalid.is_some()
                    aria-invalid=invalid
                    aria-describedby=described_by
                >
                    <legend>{i18n.t(question.label)}</legend>
                    {help}
                    {error_view}
                    <div class="choices" class:choices-inline=inline>{radios}</div>
                </fieldset>
            }
            .into_any()
        }
        Kind::Checks(options) => {
            let boxes = options
                .iter()
                .map(|(value, label)| {
                    let key = format!("{name}_{value}");
                    let id = field_id(&key);
                    let checked = values.with_untracked(|v| v.contains_key(&key));
                    let input = input_name(&key);
                    view! {
                        <div class="choice">
                            <input
                                type="checkbox"
                                id=id.clone()
                                name=input
                                value="on"
                                checked=checked
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    values.update(|v| {
                                        if on {
                                            v.insert(key.clone(), "on".to_owned());
                                        } else {
                                            v.remove(&key);
                                        }
                                    });
                                }
                            />
                            <label for=id>{i18n.t(*label)}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset id=field_id(name) class="field" aria-describedby=described_by>
                    <legend>{i18n.t(question.label)}</legend>
                    {help}
                    {error_view}
                    <div class="choices">{boxes}</div>
                </fieldset>
            }
            .into_any()
        }
    }
}
