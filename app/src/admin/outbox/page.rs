use super::server_fns::list_outbox;
use crate::account::StaffPageError;
use crate::components::PageTitle;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;

/// `/staff/outbox` (admins): every email the installation has queued, newest first, with
/// its status, attempts and last error, so nothing is lost without anyone seeing it.
#[component]
pub fn OutboxPage() -> impl IntoView {
    let i18n = use_i18n();
    let rows = Resource::new(|| (), |()| list_outbox());
    view! {
        <PageTitle msg=Msg::OutboxTitle/>
        <h1>{i18n.t(Msg::OutboxTitle)}</h1>
        <p class="lead">{i18n.t(Msg::OutboxLead)}</p>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) => {
                        let body = rows
                            .into_iter()
                            .map(|m| {
                                let status = match m.status.as_str() {
                                    "sent" => Msg::OutboxSent,
                                    "failed" => Msg::OutboxFailed,
                                    _ => Msg::OutboxPending,
                                };
                                view! {
                                    <tr class:row-overdue=m.status == "failed">
                                        <td>{m.created_at}</td>
                                        <td>{m.to}</td>
                                        <td>{m.subject}</td>
                                        <td>{i18n.t(status)}</td>
                                        <td class="number">{m.attempts}</td>
                                        <td>{m.last_error.unwrap_or_default()}</td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        view! {
                            <table class="rates inbox">
                                <caption>{i18n.t(Msg::OutboxCaption)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{i18n.t(Msg::OutboxCreated)}</th>
                                        <th scope="col">{i18n.t(Msg::OutboxTo)}</th>
                                        <th scope="col">{i18n.t(Msg::OutboxSubject)}</th>
                                        <th scope="col">{i18n.t(Msg::EnquiryStatusLabel)}</th>
                                        <th scope="col">{i18n.t(Msg::OutboxAttempts)}</th>
                                        <th scope="col">{i18n.t(Msg::OutboxLastError)}</th>
                                    </tr>
                                </thead>
                                <tbody>{body}</tbody>
                            </table>
                        }.into_any()
                    }
                    Err(error) => view! { <StaffPageError error/> }.into_any(),
                }
            })}
        </Transition>
    }
}
