//! The registry's repository: every database read it makes. Server only.
use super::api::{
    CompanyDetail, CompanyPage, CompanyQuery, CompanySummary, MunicipalityOption, PAGE_SIZE,
    PublicEvent, RsvCheck, Sort,
};
use super::cache;
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::listing::{ListingStatus, RsvStatus, Step, TargetGroup, check_is_stale};
use crate::domain::text::{like_escape, search_terms};
use crate::entities::{company, company_event, company_logo, municipality};
use crate::error::AppError;
use sea_orm::sea_query::{Expr, LikeExpr, NullOrdering, Order, SimpleExpr};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Select,
};

/// A page of published companies matching the query, in the order it asks.
pub async fn list_companies(
    db: &impl ConnectionTrait,
    query: &CompanyQuery,
) -> Result<CompanyPage, AppError> {
    crate::form::check(query).map_err(AppError::Invalid)?;
    let version = cache::version(db).await?;
    cache::page(version, format!("{query:?}"), async || {
        read_page(db, query, version).await
    })
    .await
}

/// `list_companies` from the database, at the registry's `version`.
async fn read_page(
    db: &impl ConnectionTrait,
    query: &CompanyQuery,
    version: cache::Version,
) -> Result<CompanyPage, AppError> {
    let municipalities = cache::municipalities(db, version).await?;
    let backend = db.get_database_backend();
    // One count for every page and order of a search.
    let key = format!(
        "{:?}",
        CompanyQuery {
            page: 1,
            sort: Sort::Name,
            ..query.clone()
        }
    );
    let total = cache::count(version, key, async || {
        Ok(matching(backend, query, &municipalities, Plan::Count)
            .count(db)
            .await?)
    })
    .await?;
    let page_count = total.div_ceil(PAGE_SIZE).max(1);
    // Few matches: read them through the text index and sort them. Many: walk the order's
    // index and stop at the page (the databases' estimates of a prefix search are too rough
    // to choose well on their own).
    let plan = match query.q.is_some() && total <= TEXT_FIRST_MAX {
        true => Plan::TextFirst,
        false => Plan::InOrder,
    };
    let rows = matching(backend, query, &municipalities, plan)
        .offset(query.page.saturating_sub(1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all(db)
        .await?;
    let items = rows
        .into_iter()
        .map(|row| summary(row, &municipalities))
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(CompanyPage {
        items,
        total,
        page: query.page,
        page_count,
    })
}

/// Up to this many matches, a search reads them through the text index and sorts them.
const TEXT_FIRST_MAX: u64 = 2_000;

/// How the database is to read a search. The planners' estimates of a prefix search are
/// too rough to choose on their own (measured at 100 000 companies: SQLite drove even a
/// common word from the text index and sorted 40 000 rows; PostgreSQL walked the whole
/// name index for a word with five matches), so the query says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Plan {
    /// Counting: the planner chooses.
    Count,
    /// Many matches: along the order's index, stopping at the page (SQLite is kept from
    /// looking the matches up by id with a unary `+`).
    InOrder,
    /// Few matches: the text index's matches, then sorted (the order's column wrapped in an
    /// expression no index serves).
    TextFirst,
}

/// Where a download has got to in Danish name order: the last row's sort key and id.
pub type Cursor = (String, i32);

/// The next `limit` published companies matching the query after `after`, in Danish name
/// order whatever the query's sort: the CSV download reads the registry in such batches,
/// holding neither the list in memory nor a connection between them.
pub async fn company_batch(
    db: &impl ConnectionTrait,
    query: &CompanyQuery,
    after: Option<Cursor>,
    limit: u64,
) -> Result<(Vec<CompanySummary>, Option<Cursor>), AppError> {
    crate::form::check(query).map_err(AppError::Invalid)?;
    let municipalities = municipality::Entity::find().all(db).await?;
    let by_name = CompanyQuery {
        sort: Sort::Name,
        ..query.clone()
    };
    let mut select = matching(
        db.get_database_backend(),
        &by_name,
        &municipalities,
        Plan::InOrder,
    );
    if let Some((sort_key, id)) = after {
        // Scoped: the trait's `max` would shadow `Ord::max` in the rest of the file.
        use sea_orm::sea_query::ExprTrait;
        select = select.filter(
            Expr::tuple([
                Expr::col((company::Entity, company::Column::SortKey)),
                Expr::col((company::Entity, company::Column::Id)),
            ])
            .gt(Expr::tuple([Expr::val(sort_key), Expr::val(id)])),
        );
    }
    let rows = select.limit(limit).all(db).await?;
    let next = match rows.last() {
        Some(last) if rows.len() as u64 == limit => Some((last.sort_key.clone(), last.id)),
        _ => None,
    };
    let items = rows
        .into_iter()
        .map(|row| summary(row, &municipalities))
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok((items, next))
}

/// The published companies a query matches, in its order. Text is found through the full
/// text index of `search_text` (migration 13): each word typed must start a word there.
fn matching(
    backend: DbBackend,
    query: &CompanyQuery,
    municipalities: &[municipality::Model],
    plan: Plan,
) -> Select<company::Entity> {
    let mut condition = Condition::all().add(published());
    if let Some(slug) = &query.municipality {
        // An unknown municipality matches nothing rather than everything.
        let id = municipalities
            .iter()
            .find(|m| &m.slug == slug)
            .map_or(-1, |m| m.id);
        condition = condition.add(company::Column::MunicipalityId.eq(id));
    }
    if let Some(purpose) = query.purpose {
        condition = condition.add(company::Column::Purpose.eq(purpose.code()));
    }
    if let Some(form) = query.legal_form {
        condition = condition.add(company::Column::LegalForm.eq(form.code()));
    }
    if let Some(group) = query.target_group {
        condition = condition.add(employing(group));
    }
    if query.checked {
        condition = condition.add(company::Column::RsvCheckedAt.is_not_null());
    }
    if query.employs {
        condition = condition.add(company::Column::TargetGroupEmployees.gt(0));
    }
    if let Some(text) = &query.q {
        let terms = search_terms(text);
        let words: Vec<&str> = terms.split(' ').filter(|w| !w.is_empty()).collect();
        // Text without a letter or digit ("%", "&&") matches nothing rather than everything.
        condition = condition.add(match words.is_empty() {
            true => Expr::cust("1 = 0"),
            false => full_text(backend, &words, plan),
        });
    }
    let select = company::Entity::find().filter(condition);
    let key = |column: &str| -> SimpleExpr {
        let plain = format!("\"company\".\"{column}\"");
        match (plan, backend) {
            (Plan::TextFirst, DbBackend::Postgres) if column == "sort_key" => {
                Expr::cust(format!("({plain} || '')"))
            }
            (Plan::TextFirst, DbBackend::Postgres) => {
                Expr::cust(format!("({plain} + INTERVAL '0 seconds')"))
            }
            (Plan::TextFirst, _) => Expr::cust(format!("+{plain}")),
            _ => Expr::cust(plain),
        }
    };
    match query.sort {
        Sort::Name => select
            .order_by(key("sort_key"), Order::Asc)
            .order_by_asc(company::Column::Id),
        Sort::Newest => select
            .order_by_with_nulls(key("listed_at"), Order::Desc, NullOrdering::Last)
            .order_by_desc(company::Column::Id),
        Sort::Checked => select
            .order_by_with_nulls(key("rsv_checked_at"), Order::Desc, NullOrdering::Last)
            .order_by_desc(company::Column::Id),
    }
}

/// Every word, as a prefix. The words are letters and digits only (`search_terms`), and go
/// to the database as a bound value.
fn full_text(backend: DbBackend, words: &[&str], plan: Plan) -> SimpleExpr {
    match backend {
        DbBackend::Postgres => {
            let query: Vec<String> = words.iter().map(|w| format!("{w}:*")).collect();
            Expr::cust_with_values(
                "\"company\".\"search_vector\" @@ to_tsquery('simple', $1)",
                [query.join(" & ")],
            )
        }
        _ => {
            let query: Vec<String> = words.iter().map(|w| format!("\"{w}\"*")).collect();
            let id = match plan {
                Plan::InOrder => "+\"company\".\"id\"",
                _ => "\"company\".\"id\"",
            };
            Expr::cust_with_values(
                format!("{id} IN (SELECT rowid FROM company_search WHERE company_search MATCH ?)"),
                [query.join(" ")],
            )
        }
    }
}

fn summary(
    row: company::Model,
    municipalities: &[municipality::Model],
) -> Result<CompanySummary, AppError> {
    Ok(CompanySummary {
        legal_form: legal_form(&row)?,
        purpose: purpose(&row)?,
        municipality: municipalities
            .iter()
            .find(|m| m.id == row.municipality_id)
            .map(|m| m.name.clone())
            .unwrap_or_default(),
        rsv_status: rsv_status(&row)?,
        checked_on: row.rsv_checked_at.map(|t| t.date_naive().to_string()),
        listed_on: row.listed_at.map(|t| t.date_naive().to_string()),
        target_groups: TargetGroup::split(&row.target_groups),
        cvr: row.cvr,
        name: row.name,
        city: row.city,
        description_da: row.description_da,
        description_en: row.description_en,
        products: row.products,
        website: row.website,
        employees: row.employees,
        target_group_employees: row.target_group_employees,
    })
}

/// Every municipality of the installation, for the registry's filter.
pub async fn list_municipalities(
    db: &impl ConnectionTrait,
) -> Result<Vec<MunicipalityOption>, AppError> {
    let rows = municipality::Entity::find()
        .order_by_asc(municipality::Column::Name)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|m| MunicipalityOption {
            slug: m.slug,
            name: m.name,
        })
        .collect())
}

/// The municipality a form chose by its slug; an unknown one is the field's error.
pub async fn chosen_municipality(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<municipality::Model, AppError> {
    municipality::Entity::find()
        .filter(municipality::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or_else(|| AppError::invalid("municipality", crate::i18n::Msg::ErrorChoose))
}

/// One published company by CVR number, with the public part of its history (`site_url`
/// is the server function's to fill).
pub async fn get_company(db: &impl ConnectionTrait, cvr: &str) -> Result<CompanyDetail, AppError> {
    let (row, municipality) = company::Entity::find()
        .filter(company::Column::Cvr.eq(cvr))
        .filter(published())
        .find_also_related(municipality::Entity)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let events = company_event::Entity::find()
        .filter(company_event::Column::CompanyId.eq(row.id))
        .order_by_desc(company_event::Column::CreatedAt)
        .order_by_desc(company_event::Column::Id)
        .all(db)
        .await?;
    let history = events
        .into_iter()
        .filter_map(|e| {
            let step = Step::from_code(&e.step).filter(|s| s.is_public())?;
            Some(PublicEvent {
                on: e.created_at.date_naive().to_string(),
                step,
                reason: e.reason,
            })
        })
        .collect();
    let today = chrono::Utc::now().date_naive();
    // When the logo last changed, not the picture: the page links to it.
    let logo: Option<chrono::DateTime<chrono::Utc>> = company_logo::Entity::find_by_id(row.id)
        .select_only()
        .column(company_logo::Column::UpdatedAt)
        .into_tuple()
        .one(db)
        .await?;
    Ok(CompanyDetail {
        logo: logo.map(|at| format!("/logo/{}.png?v={}", row.cvr, at.timestamp_micros())),
        legal_form: legal_form(&row)?,
        purpose: purpose(&row)?,
        rsv_status: rsv_status(&row)?,
        municipality: municipality.map(|m| m.name).unwrap_or_default(),
        check: row.rsv_checked_at.map(|at| RsvCheck {
            on: at.date_naive().to_string(),
            source: row.rsv_check_source.clone(),
            stale: check_is_stale(at.date_naive(), today),
        }),
        listed_on: row.listed_at.map(|t| t.date_naive().to_string()),
        target_groups: TargetGroup::split(&row.target_groups),
        history,
        site_url: String::new(),
        cvr: row.cvr,
        name: row.name,
        description_da: row.description_da,
        description_en: row.description_en,
        street: row.street,
        postcode: row.postcode,
        city: row.city,
        website: row.website,
        email: row.email,
        phone: row.phone,
        founded_year: row.founded_year,
        employees: row.employees,
        products: row.products,
        target_group_employees: row.target_group_employees,
    })
}

/// Employs people from `group`. The codes are stored comma-separated; no code is part of
/// another.
pub(super) fn employing(group: TargetGroup) -> SimpleExpr {
    let pattern = LikeExpr::new(format!("%{}%", like_escape(group.code()))).escape('\\');
    company::Column::TargetGroups.like(pattern)
}

/// Only published entries are public.
pub(super) fn published() -> Condition {
    Condition::all().add(company::Column::Status.eq(ListingStatus::Published.code()))
}

// Codes are written only by this app; an unknown one means the data was edited by hand.
fn legal_form(row: &company::Model) -> Result<LegalForm, AppError> {
    LegalForm::from_code(&row.legal_form).ok_or_else(|| {
        tracing::error!(cvr = %row.cvr, code = %row.legal_form, "unknown legal form in database");
        AppError::Internal
    })
}

fn purpose(row: &company::Model) -> Result<Purpose, AppError> {
    Purpose::from_code(&row.purpose).ok_or_else(|| {
        tracing::error!(cvr = %row.cvr, code = %row.purpose, "unknown purpose in database");
        AppError::Internal
    })
}

fn rsv_status(row: &company::Model) -> Result<RsvStatus, AppError> {
    RsvStatus::from_code(&row.rsv_status).ok_or_else(|| {
        tracing::error!(cvr = %row.cvr, code = %row.rsv_status, "unknown RSV status in database");
        AppError::Internal
    })
}
