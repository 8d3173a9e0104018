use super::server_fns::{SaveDiscountRate, list_discount_rates};
use crate::account::StaffPageError;
use crate::components::{Control, Field, PageTitle, choice};
use crate::domain::eligibility::rates::Confidence;
use crate::form::rules;
use crate::i18n::{Arg, Msg, use_i18n};
use leptos::prelude::*;

/// `/staff/rates` (admins): the discount rates the dividend cap uses, and a form to add a
/// rate from a date or correct the row of that date.
#[component]
pub fn RatesAdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveDiscountRate>::new();
    let rates = Resource::new(move || save.version().get(), |_| list_discount_rates());
    let error = move || save.value().get().and_then(Result::err);
    // What was typed, when a form posted without JavaScript comes back with an error.
    let query = leptos_router::hooks::use_query_map();
    let kept = move |key: &str| query.read_untracked().get(key).unwrap_or_default();
    let error = Signal::derive(error);
    view! {
        <PageTitle msg=Msg::RatesTitle/>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match rates.await {
                    Ok(rates) => {
                        let rows = rates
                            .into_iter()
                            .rev()
                            .map(|r| {
                                let confidence = match r.confidence {
                                    Confidence::Confirmed => Msg::ConfidenceConfirmed,
                                    Confidence::Inferred => Msg::ConfidenceInferred,
                                };
                                view! {
                                    <tr>
                                        <td>{move || Arg::Date(r.effective_from).format(i18n.lang())}</td>
                                        <td class="number">{move || Arg::Percent(r.rate).format(i18n.lang())}</td>
                                        <td>
                                            {i18n.t(confidence)}
                                            {r.date_approximate.then(|| view! { ", " {i18n.t(Msg::DateApproximate)} })}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        view! {
                            <h1>{i18n.t(Msg::RatesTitle)}</h1>
                            <p class="lead">{i18n.t(Msg::RatesLead)}</p>
                            <h2>{i18n.t(Msg::RatesAddHeading)}</h2>
                            <ActionForm action=save attr:class="login-form">
                                <Field name="effective_from" label=Msg::RatesFromLabel control=Control::Date
                                    required=true value=kept("effective_from") check=rules::iso_date error/>
                                <Field name="rate" label=Msg::RatesRateLabel inputmode="decimal" required=true
                                    maxlength=10 value=kept("rate") error/>
                                <Field name="confidence" label=Msg::RatesConfidenceLabel control=Control::Select
                                    options=vec![
                                        choice("confirmed", Msg::ConfidenceConfirmed),
                                        choice("inferred", Msg::ConfidenceInferred),
                                    ]
                                    error/>
                                <Field name="date_approximate" label=Msg::DateApproximate control=Control::Checkbox
                                    error/>
                                <button type="submit" class="button">{i18n.t(Msg::RatesSave)}</button>
                            </ActionForm>
                            <table class="rates">
                                <caption>{i18n.t(Msg::RatesTableCaption)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{i18n.t(Msg::RatesFromLabel)}</th>
                                        <th scope="col">{i18n.t(Msg::RatesRateLabel)}</th>
                                        <th scope="col">{i18n.t(Msg::RatesConfidenceLabel)}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        }.into_any()
                    }
                    Err(error) => view! { <StaffPageError error as_heading=true/> }.into_any(),
                }
            })}
        </Transition>
    }
}
