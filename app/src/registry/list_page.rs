use super::api::{CompanyPage, CompanyQuery, MAX_QUERY_CHARS, MunicipalityOption, PAGE_SIZE, Sort};
use super::server_fns::{list_companies, list_municipalities};
use crate::components::{
    Control, ErrorNotice, Field, LocalizedText, PageTitle, RsvBadge, choice, without_unnamed_button,
};
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::listing::TargetGroup;
use crate::error::AppError;
use crate::i18n::{Labelled, Msg, purpose_msg, use_i18n};
use leptos::prelude::*;
use leptos_router::{components::Form, hooks::use_query_map};

/// `/registry`: search and filter the published companies. The search form is a GET form:
/// without JavaScript the browser loads the new URL; with it, the router navigates and the
/// list is fetched through the `list_companies` server function.
#[component]
pub fn CompanyListPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| {
        let params = params.read();
        CompanyQuery::from_params(|key| params.get(key))
    });
    let companies = Resource::new(move || query.get(), list_companies);
    // Loaded apart from the companies so the filter keeps its choices when a search fails.
    let municipalities = Resource::new(|| (), |()| list_municipalities());

    view! {
        <PageTitle msg=Msg::RegistryTitle/>
        <h1>{i18n.t(Msg::RegistryHeading)}</h1>
        <p class="lead">{i18n.t(Msg::RegistryLead)}</p>
        <p><a href="/registry/apply">{i18n.t(Msg::ApplyLink)}</a></p>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                let query = query.get_untracked();
                let municipalities = municipalities.await.unwrap_or_default();
                match companies.await {
                    Ok(page) => view! {
                        <SearchForm query=query.clone() municipalities error=None/>
                        <Results page query=query.clone()/>
                        <OpenData query/>
                    }.into_any(),
                    Err(error) => view! {
                        <SearchForm query municipalities error=Some(error.clone())/>
                        <ErrorNotice msg=error.message()/>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn SearchForm(
    query: CompanyQuery,
    municipalities: Vec<MunicipalityOption>,
    error: Option<AppError>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(error);
    let municipality_options: Vec<_> = municipalities
        .into_iter()
        .map(|m| choice(m.slug, m.name))
        .collect();
    let purpose_options: Vec<_> = Purpose::ALL
        .into_iter()
        .map(|p| choice(p.code(), purpose_msg(p)))
        .collect();
    let legal_forms: Vec<_> = LegalForm::ALL
        .into_iter()
        .map(|f| choice(f.code(), f.abbreviation().to_owned()))
        .collect();
    let target_groups: Vec<_> = TargetGroup::ALL
        .into_iter()
        .map(|g| choice(g.code(), g.label()))
        .collect();
    let sorts: Vec<_> = Sort::ALL
        .into_iter()
        .map(|s| choice(s.code(), sort_msg(s)))
        .collect();

    let more_open = query.legal_form.is_some()
        || query.target_group.is_some()
        || query.checked
        || query.employs;
    view! {
        <Form method="GET" action="/registry" on_form_data=without_unnamed_button()
            attr:class="search-form registry-search" attr:role="search">
            <Field name="q" label=Msg::SearchLabel control=Control::Search class="field-wide"
                maxlength=MAX_QUERY_CHARS value=query.q.unwrap_or_default() error/>
            <Field name="municipality" label=Msg::MunicipalityLabel control=Control::Select
                empty_option=Msg::AllMunicipalities options=municipality_options
                value=query.municipality.unwrap_or_default() error/>
            <Field name="purpose" label=Msg::PurposeLabel control=Control::Select
                empty_option=Msg::AllPurposes options=purpose_options
                value=query.purpose.map(|p| p.code()).unwrap_or_default() error/>
            <Field name="sort" label=Msg::SortLabel control=Control::Select options=sorts
                value=query.sort.code() error/>
            // On a phone the form stays short: the rarer filters fold away, open when used.
            <details class="more-filters" open=more_open>
                <summary>{i18n.t(Msg::MoreFilters)}</summary>
                <div class="more-filters-fields">
                    <Field name="legal_form" label=Msg::LegalFormLabel control=Control::Select
                        empty_option=Msg::AllLegalForms options=legal_forms
                        value=query.legal_form.map(|f| f.code()).unwrap_or_default() error/>
                    <Field name="target_group" label=Msg::TargetGroupFilterLabel control=Control::Select
                        empty_option=Msg::AllTargetGroups options=target_groups
                        value=query.target_group.map(|g| g.code()).unwrap_or_default() error/>
                    <Field name="checked" label=Msg::CheckedFilterLabel control=Control::Checkbox
                        value="true" checked=query.checked error/>
                    <Field name="employs" label=Msg::EmploysFilterLabel control=Control::Checkbox
                        value="true" checked=query.employs error/>
                </div>
            </details>
            <button type="submit" class="button">{i18n.t(Msg::SearchButton)}</button>
        </Form>
    }
}

fn sort_msg(sort: Sort) -> Msg {
    match sort {
        Sort::Name => Msg::SortName,
        Sort::Newest => Msg::SortNewest,
        Sort::Checked => Msg::SortChecked,
    }
}

/// The registry as open data: this search as CSV, the API and the dataset's description.
#[component]
fn OpenData(query: CompanyQuery) -> impl IntoView {
    let i18n = use_i18n();
    let csv = query.href("/registry.csv", 1);
    view! {
        <section class="open-data" aria-labelledby="open-data">
            <h2 id="open-data">{i18n.t(Msg::OpenDataHeading)}</h2>
            <ul>
                <li><a href=csv rel="external" download="">{i18n.t(Msg::DownloadCsv)}</a></li>
                <li><a href="/api/openapi.json" rel="external">{i18n.t(Msg::ApiLink)}</a></li>
                <li><a href="/registry/dataset.jsonld" rel="external">{i18n.t(Msg::DatasetLink)}</a></li>
                <li><a href="/registry/statistics">{i18n.t(Msg::StatisticsLink)}</a></li>
            </ul>
        </section>
    }
}

#[component]
fn Results(page: CompanyPage, query: CompanyQuery) -> impl IntoView {
    let i18n = use_i18n();
    let shown = page.items.len() as u64;
    let from = if shown == 0 {
        0
    } else {
        (page.page - 1) * PAGE_SIZE + 1
    };
    let to = from + shown.saturating_sub(1);
    let total = page.total;
    let summary = move || {
        let lang = i18n.lang();
        if shown == 0 {
            lang.t(Msg::NoResults).to_owned()
        } else {
            lang.fill(
                Msg::ResultsRange,
                &[("from", &from), ("to", &to), ("total", &total)],
            )
        }
    };
    let items = page
        .items
        .into_iter()
        .map(|c| {
            let href = format!("/registry/{}", c.cvr);
            view! {
                <li class="company-card">
                    <h2><a href=href>{c.name}</a></h2>
                    <p class="meta">
                        {c.city} " · " {c.municipality} " · " {i18n.t(purpose_msg(c.purpose))}
                    </p>
                    <RsvBadge status=c.rsv_status checked=c.checked_on.is_some()/>
                    <LocalizedText da=c.description_da en=c.description_en class="summary"/>
                </li>
            }
        })
        .collect_view();

    view! {
        <p class="result-count" role="status">{summary}</p>
        <ul class="company-list">{items}</ul>
        <Pagination query page=page.page page_count=page.page_count/>
    }
}

#[component]
fn Pagination(query: CompanyQuery, page: u64, page_count: u64) -> impl IntoView {
    let i18n = use_i18n();
    if page_count <= 1 {
        return ().into_any();
    }
    let prev = (page > 1).then(|| query.href_for_page(page - 1));
    let next = (page < page_count).then(|| query.href_for_page(page + 1));
    let position = move || {
        i18n.lang()
            .fill(Msg::PageOf, &[("page", &page), ("count", &page_count)])
    };
    view! {
        <nav class="pagination" aria-label=i18n.t(Msg::Pagination)>
            <ul>
                <li>{prev.map(|href| view! { <a href=href rel="prev">{i18n.t(Msg::PreviousPage)}</a> })}</li>
                <li aria-current="page">{position}</li>
                <li>{next.map(|href| view! { <a href=href rel="next">{i18n.t(Msg::NextPage)}</a> })}</li>
            </ul>
        </nav>
    }
    .into_any()
}
