use super::api::{AuditQuery, AuditRow, MAX_AUDIT_SEARCH_CHARS};
use super::server_fns::list_audit;
use crate::account::StaffPageError;
use crate::components::{Control, Field, PageTitle, without_unnamed_button};
use crate::domain::text::url_encode;
use crate::i18n::{Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// `/staff/audit` (admins): every change staff (and the system) made, newest first: who,
/// when, what and the details recorded; searchable by action or subject (e.g.
/// `staff_user:3`, `enquiry.`), 50 at a time.
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| {
        let p = params.read();
        AuditQuery {
            q: p.get("q"),
            before: p.get("before").and_then(|b| b.parse().ok()),
        }
    });
    let page = Resource::new(move || query.get(), list_audit);
    view! {
        <PageTitle msg=Msg::AuditTitle/>
        <h1>{i18n.t(Msg::AuditTitle)}</h1>
        <p class="lead">{i18n.t(Msg::AuditLead)}</p>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                let q = query.get_untracked().q.unwrap_or_default();
                match page.await {
                    Ok(page) => {
                        let older = page.older.map(|id| {
                            let mut href = format!("/staff/audit?before={id}");
                            if !q.is_empty() {
                                href.push_str(&format!("&q={}", url_encode(&q)));
                            }
                            view! { <p><a href=href>{i18n.t(Msg::AuditOlder)}</a></p> }
                        });
                        view! {
                            <SearchForm q=q.clone() error=None/>
                            <Rows rows=page.rows/>
                            {older}
                        }.into_any()
                    }
                    Err(error @ crate::error::AppError::Invalid(_)) => view! {
                        <SearchForm q error=Some(error)/>
                    }.into_any(),
                    Err(error) => view! { <StaffPageError error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn SearchForm(q: String, error: Option<crate::error::AppError>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Form method="GET" action="/staff/audit" on_form_data=without_unnamed_button()
            attr:class="search-form">
            <Field name="q" label=Msg::AuditSearchLabel hint=Msg::AuditSearchHelp control=Control::Search
                maxlength=MAX_AUDIT_SEARCH_CHARS value=q error=Signal::stored(error)/>
            <button type="submit" class="button">{i18n.t(Msg::InboxFilter)}</button>
        </Form>
    }
}

#[component]
fn Rows(rows: Vec<AuditRow>) -> impl IntoView {
    let i18n = use_i18n();
    if rows.is_empty() {
        return view! { <p role="status">{i18n.t(Msg::AuditEmpty)}</p> }.into_any();
    }
    let body = rows
        .into_iter()
        .map(|r| {
            let actor = match r.actor {
                Some(name) => name.into_any(),
                None => i18n.t(Msg::AuditSystem).into_any(),
            };
            view! {
                <tr>
                    <td>{r.at}</td>
                    <td>{actor}</td>
                    <td>{r.municipality.unwrap_or_default()}</td>
                    <td><code>{r.action}</code></td>
                    <td><code>{r.subject}</code></td>
                    <td class="audit-detail"><code>{r.detail}</code></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="rates inbox">
            <caption>{i18n.t(Msg::AuditCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t(Msg::AuditWhen)}</th>
                    <th scope="col">{i18n.t(Msg::AuditWho)}</th>
                    <th scope="col">{i18n.t(Msg::MunicipalityLabel)}</th>
                    <th scope="col">{i18n.t(Msg::AuditAction)}</th>
                    <th scope="col">{i18n.t(Msg::AuditSubject)}</th>
                    <th scope="col">{i18n.t(Msg::AuditDetail)}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
    .into_any()
}
