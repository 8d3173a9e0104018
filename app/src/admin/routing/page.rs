use super::server_fns::{SaveRoutingRules, routing_data};
use crate::account::StaffPageError;
use crate::components::{Control, Field, PageTitle, choice};
use crate::i18n::{Labelled, Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/staff/routing` (admins): the default member of staff per topic.
#[component]
pub fn RoutingPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let save = ServerAction::<SaveRoutingRules>::new();
    let data = Resource::new(move || save.version().get(), |_| routing_data());
    let saved =
        move || query.read().get("saved").is_some() || matches!(save.value().get(), Some(Ok(())));
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    view! {
        <PageTitle msg=Msg::RoutingTitle/>
        <h1>{i18n.t(Msg::RoutingTitle)}</h1>
        <p class="lead">{i18n.t(Msg::RoutingLead)}</p>
        {move || saved().then(|| view! { <p class="notice notice-info" role="status">{i18n.t(Msg::RoutingSaved)}</p> })}
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => {
                        let staff = data.staff;
                        let rows = data
                            .topics
                            .into_iter()
                            .map(|(topic, chosen)| {
                                let options: Vec<_> = staff
                                    .iter()
                                    .map(|(sid, name)| choice(sid.to_string(), name.clone()))
                                    .collect();
                                view! {
                                    // Errors name the topic; the form posts `rules[topic]`.
                                    <Field name=topic.code() group="rules" id=format!("rule-{}", topic.code())
                                        label=topic.label() control=Control::Select
                                        empty_option=Msg::RoutingNobody options
                                        value=chosen.map(|sid| sid.to_string()).unwrap_or_default() error/>
                                }
                            })
                            .collect_view();
                        view! {
                            <ActionForm action=save attr:class="login-form">
                                {rows}
                                <button type="submit" class="button">{i18n.t(Msg::RoutingSave)}</button>
                            </ActionForm>
                        }.into_any()
                    }
                    Err(error) => view! { <StaffPageError error/> }.into_any(),
                }
            })}
        </Transition>
    }
}
