//! Migration 12 carries the registry's companies into the listing model: published or
//! not, registered or not, checked when they were, each with one history row.
#![cfg(feature = "test-support")]
use app::db::testing::{Backend, TestDb};
use app::entities::{company, company_event};
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};

/// The last migration before the listing model.
const BEFORE: u32 = 11;

async fn carries_companies_over(backend: Backend) {
    let test_db = TestDb::unmigrated(backend).await;
    let db = &test_db.db;
    Migrator::up(db, Some(BEFORE)).await.unwrap();
    db.execute_unprepared(
        "INSERT INTO municipality (id, code, slug, name, created_at) \
         VALUES (1, '0813', 'frederikshavn', 'Frederikshavn Kommune', '2026-01-01 09:00:00+00:00')",
    )
    .await
    .unwrap();
    for (id, cvr, published, registered, verified) in [
        (1, "13748136", "TRUE", "TRUE", "'2026-03-02 09:00:00+00:00'"),
        (2, "29403473", "FALSE", "FALSE", "NULL"),
    ] {
        db.execute_unprepared(&format!(
            "INSERT INTO company (id, municipality_id, cvr, name, legal_form, purpose, \
             description_da, street, postcode, city, rsv_registered, verified_at, published, \
             search_text, sort_key, created_at, updated_at) VALUES ({id}, 1, '{cvr}', 'Firma', \
             'aps', 'social', 'Tekst', 'Gade 1', '9900', 'By', {registered}, {verified}, \
             {published}, 'firma', '1', '2025-05-01 09:00:00+00:00', '2025-05-01 09:00:00+00:00')"
        ))
        .await
        .unwrap();
    }

    Migrator::up(db, None).await.expect("carries over");

    let rows = company::Entity::find()
        .order_by_asc(company::Column::Id)
        .all(db)
        .await
        .unwrap();
    let facts: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r.status.as_str(),
                r.rsv_status.as_str(),
                r.rsv_checked_at.map(|t| t.date_naive().to_string()),
                r.rsv_check_source.as_deref(),
                r.listed_at.map(|t| t.date_naive().to_string()),
            )
        })
        .collect();
    assert_eq!(
        facts,
        [
            (
                "published",
                "registered",
                Some("2026-03-02".to_owned()),
                Some("cvr"),
                Some("2025-05-01".to_owned())
            ),
            (
                "unpublished",
                "not_registered",
                None,
                None,
                Some("2025-05-01".to_owned())
            ),
        ]
    );
    let events = company_event::Entity::find()
        .order_by_asc(company_event::Column::CompanyId)
        .all(db)
        .await
        .unwrap();
    let steps: Vec<_> = events
        .iter()
        .map(|e| {
            (
                e.company_id,
                e.actor.as_str(),
                e.step.as_str(),
                e.to_status.as_str(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            (1, "system", "carried_over", "published"),
            (2, "system", "carried_over", "unpublished")
        ]
    );
    test_db.close().await;
}

#[tokio::test]
async fn companies_are_carried_into_the_listing_model_on_sqlite() {
    carries_companies_over(Backend::Sqlite).await;
}

#[tokio::test]
async fn companies_are_carried_into_the_listing_model_on_postgres() {
    carries_companies_over(Backend::Postgres).await;
}
