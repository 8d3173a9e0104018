use super::server_fns::{SaveDiscountRate, list_discount_rates};
use crate::account::StaffPageError;
use crate::components::{FieldMessage, PageTitle, field_aria};
use crate::domain::eligibility::rates::Confidence;
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
    let (from_invalid, from_described) = field_aria("effective_from", false, Signal::derive(error));
    let (rate_invalid, rate_described) = field_aria("rate", false, Signal::derive(error));
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
                                <div class="field">
                                    <label for="effective_from">{i18n.t(Msg::RatesFromLabel)}</label>
                                    <FieldMessage name="effective_from" error=Signal::derive(error)/>
                                    <input id="effective_from" name="effective_from" type="date" required value=kept("effective_from")
                                        aria-invalid=from_invalid aria-describedby=from_described/>
                                </div>
                                <div class="field">
                                    <label for="rate">{i18n.t(Msg::RatesRateLabel)}</label>
                                    <FieldMessage name="rate" error=Signal::derive(error)/>
                                    <input id="rate" name="rate" type="text" inputmode="decimal" required maxlength="10" value=kept("rate")
                                        aria-invalid=rate_invalid aria-describedby=rate_described/>
                                </div>
                                <div class="field">
                                    <label for="confidence">{i18n.t(Msg::RatesConfidenceLabel)}</label>
                                    <select id="confidence" name="confidence">
                                        <option value="confirmed">{i18n.t(Msg::ConfidenceConfirmed)}</option>
                                        <option value="inferred">{i18n.t(Msg::ConfidenceInferred)}</option>
                                    </select>
                                </div>
                                <div class="choice">
                                    <input id="date_approximate" name="date_approximate" type="checkbox" value="on"/>
                                    <label for="date_approximate">{i18n.t(Msg::DateApproximate)}</label>
                                </div>
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
