use super::api::Dashboard;
use super::api::{InboxItem, InboxQuery, InboxSort};
use super::server_fns::{inbox_dashboard, list_inbox};
use crate::account::StaffPageError;
use crate::components::{Control, Field, Label, PageTitle, choice, without_unnamed_button};
use crate::domain::enquiry::{EnquiryStatus, Topic};
use crate::i18n::{Arg, Labelled, Msg, use_i18n};
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// `/staff/inbox`: the enquiries the signed-in member of staff may see, soonest answer date
/// first (or by when received), overdue and due-today marked; filter by status, topic,
/// assignee and overdue, and search (a GET form, so a filtered list can be bookmarked).
#[component]
pub fn InboxPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| {
        let p = params.read();
        InboxQuery {
            status: p.get("status"),
            overdue: p.get("overdue"),
            q: p.get("q"),
            topic: p.get("topic"),
            assignee: p.get("assignee"),
            sort: p.get("sort"),
        }
    });
    let items = Resource::new(move || query.get(), list_inbox);
    let dashboard = Resource::new(|| (), |()| inbox_dashboard());
    view! {
        <PageTitle msg=Msg::InboxTitle/>
        <h1>{i18n.t(Msg::InboxTitle)}</h1>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                let q = query.get_untracked();
                let figures = dashboard.await.ok();
                match items.await {
                    Ok(list) => view! {
                        {figures.map(|d| view! { <Figures d/> })}
                        <Filters query=q staff=list.staff error=None/>
                        <Items items=list.items/>
                    }.into_any(),
                    // A filter value that is not one of ours (an edited URL): the form
                    // again, the message by the field.
                    Err(error @ crate::error::AppError::Invalid(_)) => view! {
                        <Filters query=q staff=Vec::new() error=Some(error)/>
                    }.into_any(),
                    Err(error) => view! { <StaffPageError error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Figures(d: Dashboard) -> impl IntoView {
    let i18n = use_i18n();
    let median = d.median_first_answer_minutes;
    let median_text = move || match median {
        None => i18n.lang().t(Msg::CalcNotApplicable).to_owned(),
        Some(m) => i18n.lang().fill(
            Msg::DurationHoursMinutes,
            &[("h", &(m / 60)), ("m", &(m % 60))],
        ),
    };
    view! {
        <dl class="dashboard">
            <div><dt>{i18n.t(Msg::DashOpen)}</dt><dd>{d.open}</dd></div>
            <div><dt>{i18n.t(Msg::DashOverdue)}</dt><dd>{d.overdue}</dd></div>
            <div><dt>{i18n.t(Msg::DashDueToday)}</dt><dd>{d.due_today}</dd></div>
            <div><dt>{i18n.t(Msg::DashThisMonth)}</dt><dd>{d.received_this_month}</dd></div>
            <div><dt>{i18n.t(Msg::DashMedianFirstAnswer)}</dt><dd>{median_text}</dd></div>
        </dl>
    }
}

#[component]
fn Filters(
    query: InboxQuery,
    staff: Vec<(i32, String)>,
    error: Option<crate::error::AppError>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(error);
    let statuses: Vec<_> = EnquiryStatus::ALL
        .into_iter()
        .map(|s| choice(s.code(), s.label()))
        .collect();
    let topics: Vec<_> = Topic::ALL
        .into_iter()
        .map(|s| choice(s.code(), s.label()))
        .collect();
    let mut assignees = vec![choice("none", Msg::InboxNobodyYet)];
    assignees.extend(
        staff
            .into_iter()
            .map(|(id, name)| (id.to_string(), Label::Name(name))),
    );
    let sorts: Vec<_> = InboxSort::ALL
        .into_iter()
        .map(|s| choice(s.code(), s.label()))
        .collect();
    let overdue = query.overdue.as_deref() == Some("yes");
    view! {
        <Form method="GET" action="/staff/inbox" on_form_data=without_unnamed_button()
            attr:class="search-form filters">
            <Field name="q" label=Msg::InboxSearchLabel control=Control::Search maxlength=100
                value=query.q.unwrap_or_default() error/>
            <Field name="status" label=Msg::EnquiryStatusLabel control=Control::Select
                empty_option=Msg::InboxAllStatuses options=statuses value=query.status.unwrap_or_default() error/>
            <Field name="topic" label=Msg::EnquiryTopicLabel control=Control::Select
                empty_option=Msg::InboxAllTopics options=topics value=query.topic.unwrap_or_default() error/>
            <Field name="assignee" label=Msg::InboxAssignee control=Control::Select
                empty_option=Msg::InboxAnyone options=assignees value=query.assignee.unwrap_or_default() error/>
            <Field name="sort" label=Msg::InboxSortLabel control=Control::Select
                options=sorts value=query.sort.unwrap_or_else(|| "due".to_owned()) error/>
            <Field name="overdue" label=Msg::InboxOnlyOverdue control=Control::Checkbox value="yes"
                checked=overdue error/>
            <button type="submit" class="button">{i18n.t(Msg::InboxFilter)}</button>
        </Form>
    }
}

#[component]
fn Items(items: Vec<InboxItem>) -> impl IntoView {
    let i18n = use_i18n();
    if items.is_empty() {
        return view! { <p role="status">{i18n.t(Msg::InboxEmpty)}</p> }.into_any();
    }
    let rows = items
        .into_iter()
        .map(|item| {
            let flag = if item.overdue {
                Some((Msg::InboxOverdue, "flag flag-overdue"))
            } else if item.due_today {
                Some((Msg::InboxDueToday, "flag flag-today"))
            } else {
                None
            };
            let due = item.due_on;
            view! {
                <tr class:row-overdue=item.overdue>
                    <td><a href=format!("/staff/enquiries/{}", item.id)>{item.reference}</a></td>
                    <td>{item.name}</td>
                    <td>{i18n.t(item.topic.label())}</td>
                    <td>{i18n.t(item.status.label())}</td>
                    <td>
                        {move || Arg::Date(due).format(i18n.lang())}
                        {flag.map(|(msg, class)| view! { " " <span class=class>{i18n.t(msg)}</span> })}
                    </td>
                    <td>{item.assignee.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="rates inbox">
            <caption>{i18n.t(Msg::InboxCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t(Msg::EnquiryReferenceLabel)}</th>
                    <th scope="col">{i18n.t(Msg::EnquiryNameLabel)}</th>
                    <th scope="col">{i18n.t(Msg::EnquiryTopicLabel)}</th>
                    <th scope="col">{i18n.t(Msg::EnquiryStatusLabel)}</th>
                    <th scope="col">{i18n.t(Msg::InboxDue)}</th>
                    <th scope="col">{i18n.t(Msg::InboxAssignee)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
