//! The registry's repository: every database read it makes. Server only.
use super::api::{
    CompanyDetail, CompanyPage, CompanyQuery, CompanySummary, MunicipalityOption, PAGE_SIZE,
    PublicEvent, RsvCheck,
};
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::listing::{ListingStatus, RsvStatus, Step, TargetGroup, check_is_stale};
use crate::domain::text::{fold, like_escape};
use crate::entities::{company, company_event, municipality};
use crate::error::AppError;
use sea_orm::sea_query::LikeExpr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

/// A page of published companies matching the query, in Danish alphabetical order.
pub async fn list_companies(
    db: &impl ConnectionTrait,
    query: &CompanyQuery,
) -> Result<CompanyPage, AppError> {
    crate::form::check(query).map_err(AppError::Invalid)?;
    let municipalities = municipality::Entity::find().all(db).await?;

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
    if let Some(text) = &query.q {
        // Every word must appear somewhere: "café hjørring" narrows, it does not widen.
        for word in fold(text).split(' ').filter(|w| !w.is_empty()) {
            let pattern = LikeExpr::new(format!("%{}%", like_escape(word))).escape('\\');
            condition = condition.add(company::Column::SearchText.like(pattern));
        }
    }

    let paginator = company::Entity::find()
        .filter(condition)
        .order_by_asc(company::Column::SortKey)
        .order_by_asc(company::Column::Id)
        .paginate(db, PAGE_SIZE);
    let total = paginator.num_items().await?;
    let page_count = total.div_ceil(PAGE_SIZE).max(1);
    let rows = paginator.fetch_page(query.page.saturating_sub(1)).await?;

    let municipality_name = |id: i32| {
        municipalities
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.name.clone())
            .unwrap_or_default()
    };
    let items = rows
        .into_iter()
        .map(|row| {
            Ok(CompanySummary {
                legal_form: legal_form(&row)?,
                purpose: purpose(&row)?,
                municipality: municipality_name(row.municipality_id),
                rsv_status: rsv_status(&row)?,
                checked: row.rsv_checked_at.is_some(),
                cvr: row.cvr,
                name: row.name,
                city: row.city,
                description_da: row.description_da,
                description_en: row.description_en,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;

    Ok(CompanyPage {
        items,
        total,
        page: query.page,
        page_count,
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
    Ok(CompanyDetail {
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

/// Only published entries are public.
fn published() -> Condition {
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
