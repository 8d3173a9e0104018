use super::api::{Count, Statistics};
use super::server_fns::get_statistics;
use crate::components::{ErrorNotice, PageTitle};
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::listing::TargetGroup;
use crate::i18n::{Labelled, Msg, purpose_msg, use_i18n};
use leptos::prelude::*;

/// `/registry/statistics`: the registry's figures, each chart drawn on the server as SVG
/// with its figures beside it in a table (the table is what assistive technology reads).
#[component]
pub fn StatisticsPage() -> impl IntoView {
    let i18n = use_i18n();
    let figures = Resource::new(|| (), |()| get_statistics());
    view! {
        <PageTitle msg=Msg::StatisticsTitle/>
        <h1>{i18n.t(Msg::StatisticsTitle)}</h1>
        <p><a href="/registry">{i18n.t(Msg::RegistryHeading)}</a></p>
        <Suspense fallback=move || view! { <p>{i18n.t(Msg::Loading)}</p> }>
            {move || Suspend::new(async move {
                match figures.await {
                    Ok(stats) => view! { <Figures stats/> }.into_any(),
                    Err(error) => view! {
                        <ErrorNotice msg=error.message()/>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Figures(stats: Statistics) -> impl IntoView {
    let i18n = use_i18n();
    let (total, employees, from_groups) =
        (stats.total, stats.employees, stats.target_group_employees);
    let summary = move || {
        i18n.lang().fill(
            Msg::StatisticsSummary,
            &[
                ("total", &total),
                ("employees", &employees),
                ("from_groups", &from_groups),
            ],
        )
    };
    let purposes = named(stats.by_purpose, |code| {
        Purpose::from_code(code).map(purpose_msg)
    });
    let forms = stats
        .by_legal_form
        .into_iter()
        .map(|c| {
            let name = LegalForm::from_code(&c.key)
                .map(|f| f.abbreviation().to_owned())
                .unwrap_or(c.key);
            (Text::Plain(name), c.count)
        })
        .collect();
    let groups = named(stats.by_target_group, |code| {
        TargetGroup::from_code(code).map(|g| g.label())
    });
    let plain = |counts: Vec<Count>| {
        counts
            .into_iter()
            .map(|c| (Text::Plain(c.key), c.count))
            .collect()
    };
    view! {
        <p class="lead" role="status">{summary}</p>
        <BarChart id="purpose" title=Msg::StatsByPurpose rows=purposes/>
        <BarChart id="municipality" title=Msg::StatsByMunicipality rows=plain(stats.by_municipality)/>
        <BarChart id="legal-form" title=Msg::StatsByLegalForm rows=forms/>
        <BarChart id="target-group" title=Msg::StatsByTargetGroup rows=groups/>
        <BarChart id="per-year" title=Msg::StatsPerYear rows=plain(stats.per_year)/>
    }
}

/// A row's name: a message to translate, or text as it is (a municipality, a year).
#[derive(Clone)]
enum Text {
    Msg(Msg),
    Plain(String),
}

fn named(counts: Vec<Count>, msg: impl Fn(&str) -> Option<Msg>) -> Vec<(Text, u64)> {
    counts
        .into_iter()
        .map(|c| match msg(&c.key) {
            Some(m) => (Text::Msg(m), c.count),
            None => (Text::Plain(c.key), c.count),
        })
        .collect()
}

// Drawn small so the labels stay readable when the chart is shrunk to a phone's width.
const WIDTH: u64 = 360;
const ROW: u64 = 44;
const BAR_WIDTH: u64 = 300;

/// Horizontal bars, one per row with its name above and its count after it; the same
/// figures follow in a table. The SVG is hidden from assistive technology, which reads
/// the table instead.
#[component]
fn BarChart(id: &'static str, title: Msg, rows: Vec<(Text, u64)>) -> impl IntoView {
    let i18n = use_i18n();
    let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = ROW * rows.len() as u64 + 8;
    let text = move |t: &Text| match t {
        Text::Msg(m) => i18n.lang().t(*m).to_owned(),
        Text::Plain(s) => s.clone(),
    };
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (name, n))| {
            let y = ROW * i as u64;
            let width = (BAR_WIDTH * n / max).max(u64::from(*n > 0) * 2);
            let name = name.clone();
            view! {
                <text x="0" y=y + 14 class="chart-label">{move || text(&name)}</text>
                <rect x="0" y=y + 20 width=width height="16" rx="2"/>
                <text x=width + 6 y=y + 33 class="chart-count">{*n}</text>
            }
        })
        .collect_view();
    let table_rows = rows
        .into_iter()
        .map(|(name, n)| view! { <tr><th scope="row">{move || text(&name)}</th><td>{n}</td></tr> })
        .collect_view();
    let heading = format!("chart-{id}");
    let labelled_by = heading.clone();
    view! {
        <section class="chart" aria-labelledby=labelled_by>
            <h2 id=heading>{i18n.t(title)}</h2>
            <svg viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true" focusable="false">{bars}</svg>
            <table class="chart-data">
                <thead><tr>
                    <th scope="col">{i18n.t(title)}</th>
                    <th scope="col">{i18n.t(Msg::StatsCount)}</th>
                </tr></thead>
                <tbody>{table_rows}</tbody>
            </table>
        </section>
    }
}
