//! Every form field of the app, one way: `Field` (text-like inputs, textarea, select, one
//! checkbox) and `ChoiceField` (radio buttons or checkboxes in a fieldset). Both render
//! label, hint, the value as it was, the message, `aria-invalid` and `aria-describedby`,
//! with one id scheme: the control (or group) `{id}`, its hint `{id}-help`, its message
//! `{id}-error`; `id` is the field's `name` unless given (two forms on one page that post
//! the same name). The message is looked up by `name`, as the server names the field,
//! through `field_error`. A field with a `check` (a rule of `form::rules`) runs it in the
//! browser when the value changes and shows its verdict in the same place until the
//! server answers again; without JavaScript nothing changes.
use super::control::Control;
use crate::domain::text::html_escape;
use crate::error::{AppError, FieldError};
use crate::form::rules::Check;
use crate::i18n::{Msg, use_i18n};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The problem with field `name`: from the action's last error when JavaScript sent the
/// form, else from the `fe=` parameters a form posted without JavaScript came back with
/// (see `form::back_with_error`).
pub fn field_error(
    name: &'static str,
    error: Signal<Option<AppError>>,
) -> impl Fn() -> Option<FieldError> + Copy + Send + Sync + 'static {
    let query = use_query_map();
    move || match error.get() {
        Some(err) => err.field(name).cloned(),
        None => query
            .read()
            .get_all("fe")
            .unwrap_or_default()
            .iter()
            .filter_map(|v| FieldError::from_param(v))
            .find(|e| e.field == name),
    }
}

/// The text of an option: translated, or a name as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    Msg(Msg),
    Name(String),
}

impl From<Msg> for Label {
    fn from(msg: Msg) -> Self {
        Label::Msg(msg)
    }
}

impl From<String> for Label {
    fn from(name: String) -> Self {
        Label::Name(name)
    }
}

/// One option of a `Control::Select`: the value posted and its text.
pub fn choice(value: impl Into<String>, label: impl Into<Label>) -> (String, Label) {
    (value.into(), label.into())
}

/// The name a control posts: `name`, or `group[name]` (a server function's struct argument).
fn posted_name(group: Option<&'static str>, name: &str) -> String {
    match group {
        Some(group) => format!("{group}[{name}]"),
        None => name.to_owned(),
    }
}

/// The ids and message of one field, what `Field` and `ChoiceField` share.
struct Parts {
    id: String,
    has_hint: bool,
    /// The browser's own verdict on the value since the server last answered (`None`
    /// when it has not checked, `Some(None)` when the value passed).
    checked: RwSignal<Option<Option<Msg>>>,
    server: Option<Signal<Option<FieldError>>>,
    name: &'static str,
}

impl Parts {
    fn new(
        name: &'static str,
        id: Option<String>,
        has_hint: bool,
        error: Option<Signal<Option<AppError>>>,
        check: Option<Check>,
    ) -> Self {
        let server = error.map(|error| Signal::derive(field_error(name, error)));
        let checked = RwSignal::new(None);
        if let (Some(server), Some(_)) = (server, check) {
            // A new answer from the server (or a new page) replaces the browser's verdict.
            let reset = move |_: &(), _: Option<&()>, _: Option<()>| checked.set(None);
            Effect::watch(move || server.track(), reset, false);
        }
        Parts {
            id: id.unwrap_or_else(|| name.to_owned()),
            has_hint,
            checked,
            server,
            name,
        }
    }

    /// The message shown now: the browser's verdict once it checked, else the server's.
    fn message(&self) -> impl Fn() -> Option<FieldError> + Copy + Send + Sync + use<> {
        let (checked, server, name) = (self.checked, self.server, self.name);
        move || match checked.get() {
            Some(verdict) => verdict.map(|msg| FieldError::new(name, msg)),
            None => server.and_then(|s| s.get()),
        }
    }

    /// `aria-describedby`: the hint when there is one, then the message when there is one.
    fn described_by(&self) -> impl Fn() -> Option<String> + Send + Sync + use<> {
        let (id, has_hint, message) = (self.id.clone(), self.has_hint, self.message());
        move || {
            let ids: Vec<String> = [
                has_hint.then(|| format!("{id}-help")),
                message().map(|_| format!("{id}-error")),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }

    fn hint(&self, hint: Option<Msg>) -> impl IntoView + use<> {
        let i18n = use_i18n();
        let id = format!("{}-help", self.id);
        hint.map(|hint| view! { <p id=id class="help">{i18n.t(hint)}</p> })
    }

    fn message_view(&self) -> impl IntoView + use<> {
        let i18n = use_i18n();
        let (id, message) = (format!("{}-error", self.id), self.message());
        move || {
            message().map(|e| {
                view! { <p id=id.clone() class="field-error">{move || e.text(i18n.lang())}</p> }
            })
        }
    }

    /// Runs `check` on `value` (the browser, when the value changed).
    fn run_check(&self, check: Option<Check>) -> impl Fn(String) + Copy + use<> {
        let checked = self.checked;
        move |value: String| {
            if let Some(check) = check {
                let verdict = check(&value).err();
                super::after_press::after_press(move || checked.set(Some(verdict)));
            }
        }
    }
}

/// One form field: its label (`optional` adds "(optional)", `hide_label` leaves it to
/// screen readers, `label_extra` follows its text, e.g. a link), its `hint`, its message and
/// the control, which posts as `name` (or `group[name]`, a server function's struct
/// argument) and has the id `id`, else `name`. A select offers `empty_option` (value "")
/// first, then `options`; a checkbox is `checked` or not. The props after `on_input` are
/// the control's HTML attributes (`accept`: a file's kinds); `class` goes on the field's box.
#[component]
pub fn Field(
    /// The field as the server names it in its errors.
    name: &'static str,
    label: Msg,
    #[prop(optional)] control: Control,
    #[prop(optional)] group: Option<&'static str>,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(optional)] optional: bool,
    #[prop(optional)] hide_label: bool,
    #[prop(optional, into)] label_extra: Option<ViewFn>,
    /// The value as it was (typed, kept or saved); a checkbox's posted value.
    #[prop(optional, into)]
    value: String,
    #[prop(optional)] checked: bool,
    #[prop(optional)] options: Vec<(String, Label)>,
    #[prop(optional)] empty_option: Option<Msg>,
    /// The action's error, read with `fe=` through `field_error`; none: never a message.
    #[prop(optional, into)]
    error: Option<Signal<Option<AppError>>>,
    /// The rule the browser checks the value with when it changes.
    #[prop(optional)]
    check: Option<Check>,
    /// Called with the value as it is typed (what follows the typing, e.g. a calculator).
    #[prop(optional, into)]
    on_input: Option<Callback<String>>,
    #[prop(optional)] required: bool,
    #[prop(optional)] readonly: bool,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(optional)] minlength: Option<usize>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] min: Option<&'static str>,
    #[prop(optional)] max: Option<&'static str>,
    #[prop(optional)] step: Option<&'static str>,
    #[prop(optional)] placeholder: Option<Msg>,
    #[prop(optional)] rows: Option<u32>,
    #[prop(optional)] accept: Option<&'static str>,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let parts = Parts::new(name, id, hint.is_some(), error, check);
    let id = parts.id.clone();
    let posted = posted_name(group, name);
    let message = parts.message();
    let run_check = parts.run_check(check);
    let on_change = move |ev: leptos::ev::Event| run_check(event_target_value(&ev));
    let on_input = move |ev: leptos::ev::Event| {
        if let Some(on_input) = on_input {
            on_input.run(event_target_value(&ev));
        }
    };
    let placeholder = move || placeholder.map(|p| i18n.lang().t(p));
    let text = move || {
        let extra = label_extra.clone().map(|extra| view! { " " {extra.run()} });
        view! { {i18n.t(label)} {optional.then(|| view! { " " {i18n.t(Msg::OptionalHint)} })} {extra} }
    };
    let label = match hide_label {
        true => {
            Either::Left(view! { <label for=id.clone() class="visually-hidden">{text()}</label> })
        }
        false => Either::Right(view! { <label for=id.clone()>{text()}</label> }),
    };
    let box_class = match class {
        Some(class) => format!("field {class}"),
        None => "field".to_owned(),
    };
    let (hint, message_view) = (parts.hint(hint), parts.message_view());
    let invalid = move || message().map(|_| "true");
    let described_by = parts.described_by();

    let control_view = match control {
        Control::TextArea => Either::Left(Either::Left(view! {
            // Children of a textarea are not escaped when rendered on the server (it is
            // raw text to the renderer), so the value goes in escaped by hand.
            <textarea id=id name=posted rows=rows required=required readonly=readonly
                maxlength=maxlength minlength=minlength autocomplete=autocomplete
                placeholder=placeholder inner_html=html_escape(&value)
                aria-invalid=invalid aria-describedby=described_by
                on:change=on_change on:input=on_input>
            </textarea>
        })),
        Control::Select => {
            let options = options
                .into_iter()
                .map(|(option, text)| {
                    let selected = option == value;
                    let text = match text {
                        Label::Msg(msg) => Either::Left(i18n.t(msg)),
                        Label::Name(name) => Either::Right(name),
                    };
                    view! { <option value=option selected=selected>{text}</option> }
                })
                .collect_view();
            Either::Left(Either::Right(view! {
                <select id=id name=posted required=required autocomplete=autocomplete
                    aria-invalid=invalid aria-describedby=described_by
                    on:change=on_input>
                    {empty_option.map(|msg| view! { <option value="">{i18n.t(msg)}</option> })}
                    {options}
                </select>
            }))
        }
        Control::Checkbox => {
            let value = if value.is_empty() {
                "on".to_owned()
            } else {
                value
            };
            return Either::Left(view! {
                <div class=box_class class:field-invalid=move || message().is_some()>
                    {hint}
                    {message_view}
                    <div class="choice">
                        <input id=id name=posted type="checkbox" value=value checked=checked
                            required=required aria-invalid=invalid aria-describedby=described_by/>
                        {label}
                    </div>
                </div>
            });
        }
        _ => Either::Right(view! {
            <input id=id name=posted type=control.input_type() value=value
                required=required readonly=readonly maxlength=maxlength minlength=minlength
                autocomplete=autocomplete inputmode=inputmode min=min max=max step=step
                placeholder=placeholder accept=accept
                aria-invalid=invalid aria-describedby=described_by
                on:change=on_change on:input=on_input/>
        }),
    };
    Either::Right(view! {
        <div class=box_class class:field-invalid=move || message().is_some()>
            {label}
            {hint}
            {message_view}
            {control_view}
        </div>
    })
}

/// A question answered by choosing among `options` (value, text): radio buttons, or with
/// `multiple` checkboxes (each posted as `{name}_{value}=on`, or with `keyed` as
/// `{name}[{value}]=on`, read as a map of the values chosen), in a fieldset whose legend
/// is the label; two options or fewer (yes/no) stand side by side. The values `chosen` are
/// checked; `on_choose` hears an option's value and whether it is now chosen. Ids as
/// `Field`'s: the group is `{id}`, each option `{id}-{value}`; `name`, `group`, `hint` and
/// `error` too.
#[component]
pub fn ChoiceField(
    name: &'static str,
    label: Msg,
    options: &'static [(&'static str, Msg)],
    #[prop(optional)] multiple: bool,
    #[prop(optional)] keyed: bool,
    #[prop(optional)] group: Option<&'static str>,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(optional)] chosen: Vec<String>,
    #[prop(optional, into)] error: Option<Signal<Option<AppError>>>,
    #[prop(optional, into)] on_choose: Option<Callback<(&'static str, bool)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let parts = Parts::new(name, id, hint.is_some(), error, None);
    let message = parts.message();
    let id = parts.id.clone();
    let items = options
        .iter()
        .map(|&(value, text)| {
            let option_id = format!("{id}-{value}");
            let (kind, posted, posts) = if multiple && keyed {
                (
                    "checkbox",
                    format!("{}[{value}]", posted_name(group, name)),
                    "on",
                )
            } else if multiple {
                let key = format!("{name}_{value}");
                ("checkbox", posted_name(group, &key), "on")
            } else {
                ("radio", posted_name(group, name), value)
            };
            let is_chosen = chosen.iter().any(|c| c == value);
            view! {
                <div class="choice">
                    <input type=kind id=option_id.clone() name=posted value=posts checked=is_chosen
                        on:change=move |ev| {
                            if let Some(on_choose) = on_choose {
                                on_choose.run((value, event_target_checked(&ev)));
                            }
                        }/>
                    <label for=option_id>{i18n.t(text)}</label>
                </div>
            }
        })
        .collect_view();
    // Radio buttons are a `radiogroup`, on which ARIA 1.2 allows `aria-invalid`; a plain
    // fieldset's `group` (checkboxes) does not, so there only the class marks it.
    let invalid = move || message().map(|_| "true");
    let inline = options.len() <= 2;
    view! {
        <fieldset id=id class="field" class:field-invalid=move || message().is_some()
            role=(!multiple).then_some("radiogroup")
            aria-invalid=move || if multiple { None } else { invalid() }
            aria-describedby=parts.described_by()>
            <legend>{i18n.t(label)}</legend>
            {parts.hint(hint)}
            {parts.message_view()}
            <div class="choices" class:choices-inline=inline>{items}</div>
        </fieldset>
    }
}
