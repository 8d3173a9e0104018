//! The registry's figures, counted by the database: the published companies by purpose,
//! municipality, company form and target group, their employees, and listings per year.
//! Server only.
use super::api::{Count, Statistics};
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::listing::TargetGroup;
use crate::entities::{company, municipality};
use crate::error::AppError;
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Select,
};

#[derive(FromQueryResult)]
struct ByText {
    key: String,
    count: i64,
}

#[derive(FromQueryResult)]
struct ByNumber {
    key: Option<i32>,
    count: i64,
}

#[derive(FromQueryResult)]
struct Sums {
    employees: Option<i64>,
    target_group_employees: Option<i64>,
}

fn published() -> Select<company::Entity> {
    company::Entity::find().filter(super::queries::published())
}

pub async fn statistics(db: &impl ConnectionTrait) -> Result<Statistics, AppError> {
    let total = published().count(db).await?;
    let by_text = |column: company::Column| {
        published()
            .select_only()
            .column_as(column, "key")
            .column_as(company::Column::Id.count(), "count")
            .group_by(column)
            .into_model::<ByText>()
    };
    let purposes = by_text(company::Column::Purpose).all(db).await?;
    let forms = by_text(company::Column::LegalForm).all(db).await?;
    // In the types' own order, every value shown even when none has it.
    let of = |rows: &[ByText], code: &str| {
        rows.iter()
            .find(|r| r.key == code)
            .map_or(0, |r| r.count as u64)
    };
    let by_purpose = Purpose::ALL
        .into_iter()
        .map(|p| count(p.code(), of(&purposes, p.code())))
        .collect();
    let by_legal_form = LegalForm::ALL
        .into_iter()
        .map(|f| count(f.code(), of(&forms, f.code())))
        .filter(|c| c.count > 0)
        .collect();

    let municipalities = municipality::Entity::find()
        .order_by_asc(municipality::Column::Name)
        .all(db)
        .await?;
    let per_municipality = published()
        .select_only()
        .column_as(company::Column::MunicipalityId, "key")
        .column_as(company::Column::Id.count(), "count")
        .group_by(company::Column::MunicipalityId)
        .into_model::<ByNumber>()
        .all(db)
        .await?;
    let by_municipality = municipalities
        .iter()
        .map(|m| {
            let n = per_municipality
                .iter()
                .find(|r| r.key == Some(m.id))
                .map_or(0, |r| r.count as u64);
            count(&m.name, n)
        })
        .collect();

    let mut by_target_group = Vec::new();
    for group in TargetGroup::ALL {
        let n = published()
            .filter(super::queries::employing(group))
            .count(db)
            .await?;
        by_target_group.push(count(group.code(), n));
    }

    let sums = published()
        .select_only()
        .column_as(
            Expr::from(Func::sum(Expr::col(company::Column::Employees))),
            "employees",
        )
        .column_as(
            Expr::from(Func::sum(Expr::col(company::Column::TargetGroupEmployees))),
            "target_group_employees",
        )
        .into_model::<Sums>()
        .one(db)
        .await?;

    let year = match db.get_database_backend() {
        DbBackend::Postgres => "CAST(EXTRACT(YEAR FROM listed_at) AS INTEGER)",
        _ => "CAST(strftime('%Y', listed_at) AS INTEGER)",
    };
    let per_year = published()
        .filter(company::Column::ListedAt.is_not_null())
        .select_only()
        .column_as(Expr::cust(year), "key")
        .column_as(company::Column::Id.count(), "count")
        .group_by(Expr::cust(year))
        .order_by_asc(Expr::cust(year))
        .into_model::<ByNumber>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| Some(count(&r.key?.to_string(), r.count as u64)))
        .collect();

    let (employees, target_group_employees) = sums
        .map(|s| {
            (
                s.employees.unwrap_or(0),
                s.target_group_employees.unwrap_or(0),
            )
        })
        .unwrap_or((0, 0));
    Ok(Statistics {
        total,
        by_purpose,
        by_municipality,
        by_legal_form,
        by_target_group,
        employees: employees.max(0) as u64,
        target_group_employees: target_group_employees.max(0) as u64,
        per_year,
    })
}

fn count(key: &str, count: u64) -> Count {
    Count {
        key: key.to_owned(),
        count,
    }
}
