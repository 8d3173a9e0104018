use super::api::CompanyDetail;
use super::server_fns::get_company;
use crate::components::{LocalizedText, PageTitle, RsvBadge};
use crate::domain::text::{html_escape, url_encode};
use crate::i18n::{Labelled, Msg, purpose_msg, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/registry/{cvr}`: one company. Unknown or unpublished companies get a 404.
#[component]
pub fn CompanyProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let cvr = move || params.read().get("cvr").unwrap_or_default();
    let company = Resource::new(cvr, get_company);

    view! {
        <nav class="breadcrumb" aria-label=i18n.t(Msg::Breadcrumb)>
            <a href="/registry">{i18n.t(Msg::BackToRegistry)}</a>
        </nav>
        <Transition fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match company.await {
                    Ok(detail) => view! { <Profile detail/> }.into_any(),
                    Err(error) => view! {
                        <PageTitle msg=error.message()/>
                        <h1>{i18n.t(error.message())}</h1>
                        <p>{i18n.t(Msg::CompanyNotFoundText)}</p>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Profile(detail: CompanyDetail) -> impl IntoView {
    let i18n = use_i18n();
    let c = detail;
    let address = format!("{}, {} {}", c.street, c.postcode, c.city);
    let check = c.check.clone();
    let badge = format!("/badge/{}.svg", c.cvr);
    let embed = format!(
        r#"<a href="{site}/registry/{cvr}"><img src="{site}{badge}" alt="{name}"></a>"#,
        site = c.site_url,
        cvr = c.cvr,
        name = html_escape(&c.name),
    );
    // "Report an error" opens the enquiry form about this company.
    let report = format!(
        "/enquiry?topic=registration&cvr={}&organisation={}",
        c.cvr,
        url_encode(&c.name)
    );
    // The company asks for a mentor: the form knows it and its municipality.
    let mentor = format!("/mentors/ask?cvr={}&from=registry", c.cvr);
    let groups = c.target_groups.clone();
    let history = c.history.clone();
    let contact = ContactLinks {
        website: c
            .website
            .filter(|w| w.starts_with("https://") || w.starts_with("http://")),
        email: c.email,
        phone: c.phone,
    };
    view! {
        <PageTitle msg=Msg::RegistryTitle name=c.name.clone()/>
        <article class="profile">
            {c.logo.clone().map(|src| {
                let alt = i18n.lang().fill(Msg::LogoAlt, &[("company", &c.name)]);
                view! { <img class="company-logo" src=src alt=alt/> }
            })}
            <h1>{c.name}</h1>
            <p class="meta">{c.legal_form.abbreviation()} " · " {i18n.t(purpose_msg(c.purpose))}</p>
            <RsvBadge status=c.rsv_status checked=c.check.is_some()/>
            <LocalizedText da=c.description_da en=c.description_en class="lead"/>

            <h2>{i18n.t(Msg::FactsHeading)}</h2>
            <dl class="facts">
                <dt>{i18n.t(Msg::CvrLabel)}</dt>
                <dd>{c.cvr}</dd>
                <dt>{i18n.t(Msg::AddressLabel)}</dt>
                <dd>{address}</dd>
                <dt>{i18n.t(Msg::MunicipalityLabel)}</dt>
                <dd>{c.municipality}</dd>
                {c.founded_year.map(|y| view! {
                    <dt>{i18n.t(Msg::FoundedLabel)}</dt>
                    <dd>{y}</dd>
                })}
                {c.employees.map(|n| view! {
                    <dt>{i18n.t(Msg::EmployeesLabel)}</dt>
                    <dd>{n}</dd>
                })}
                {(!c.products.is_empty()).then(|| view! {
                    <dt>{i18n.t(Msg::ProductsLabel)}</dt>
                    <dd>{c.products.clone()}</dd>
                })}
                {(!groups.is_empty()).then(|| view! {
                    <dt>{i18n.t(Msg::TargetGroupsLabel)}</dt>
                    <dd>{move || {
                        let lang = i18n.lang();
                        groups.iter().map(|g| lang.t(g.label())).collect::<Vec<_>>().join(", ")
                    }}</dd>
                })}
                {c.target_group_employees.map(|n| view! {
                    <dt>{i18n.t(Msg::TargetGroupEmployeesLabel)}</dt>
                    <dd>{n}</dd>
                })}
                {c.listed_on.map(|d| view! {
                    <dt>{i18n.t(Msg::ListedOnLabel)}</dt>
                    <dd><time datetime=d.clone()>{d.clone()}</time></dd>
                })}
                {check.map(|check| view! {
                    <dt>{i18n.t(Msg::VerifiedOnLabel)}</dt>
                    <dd>
                        <time datetime=check.on.clone()>{check.on.clone()}</time>
                        {(check.source.as_deref() == Some("cvr"))
                            .then(|| view! { " " {i18n.t(Msg::CheckSourceCvr)} })}
                        {check.stale.then(|| view! { <br/><em>{i18n.t(Msg::CheckStaleNote)}</em> })}
                    </dd>
                })}
            </dl>
            {contact.into_view()}
            <h2>{i18n.t(Msg::BadgeHeading)}</h2>
            <p>{i18n.t(Msg::BadgeHelp)}</p>
            <p><img src=badge alt=i18n.t(Msg::BadgeLabel)/></p>
            <pre class="embed"><code>{embed}</code></pre>
            <p class="report-error">
                <a href=report>{i18n.t(Msg::ReportError)}</a>
                " · "
                <a href=mentor>{i18n.t(Msg::AskMentorTitle)}</a>
            </p>
            {(!history.is_empty()).then(|| view! {
                <h2>{i18n.t(Msg::HistoryHeading)}</h2>
                <ol class="history">
                    {history.into_iter().map(|e| view! {
                        <li>
                            <time datetime=e.on.clone()>{e.on.clone()}</time> ": "
                            {i18n.t(e.step.label())}
                            {e.reason.map(|r| view! { " — " {r} })}
                        </li>
                    }).collect_view()}
                </ol>
            })}
        </article>
    }
}

struct ContactLinks {
    website: Option<String>,
    email: Option<String>,
    phone: Option<String>,
}

impl ContactLinks {
    fn into_view(self) -> impl IntoView {
        let i18n = use_i18n();
        if self.website.is_none() && self.email.is_none() && self.phone.is_none() {
            return ().into_any();
        }
        view! {
            <h2>{i18n.t(Msg::ContactHeading)}</h2>
            <ul class="contact">
                {self.website.map(|url| view! {
                    <li>{i18n.t(Msg::WebsiteLabel)} ": "
                        <a href=url.clone() rel="noopener noreferrer external">{url.clone()}</a>
                    </li>
                })}
                {self.email.map(|mail| view! {
                    <li>{i18n.t(Msg::EmailLabel)} ": "
                        <a href=format!("mailto:{mail}")>{mail.clone()}</a>
                    </li>
                })}
                {self.phone.map(|phone| {
                    let tel: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
                    view! {
                        <li>{i18n.t(Msg::PhoneLabel)} ": "
                            <a href=format!("tel:{tel}")>{phone.clone()}</a>
                        </li>
                    }
                })}
            </ul>
        }
        .into_any()
    }
}
