//! Database schema, one file per change. Never edit a migration that has shipped: add one.
pub use sea_orm_migration::prelude::*;

mod m20261122_000001_core;
mod m20261122_000002_discount_rate;
mod m20261122_000003_assessment_draft;
mod m20261122_000004_staff_auth;
mod m20261122_000005_outbox;
mod m20261122_000006_enquiry;
mod m20261122_000007_routing_rule;
mod m20261130_000008_form_retry_values_only;
mod m20261130_000009_job_run;
mod m20261130_000010_session_last_seen;
mod m20261130_000011_foreign_keys;
mod m20261130_000012_company_life;
mod m20261130_000013_company_search;
mod m20261201_000014_newest_first_indexes;
mod m20261201_000015_company_logo;
mod m20261201_000016_registry_version;
mod m20261201_000017_registry_version_profile;
mod m20261201_000018_mentor_scheme;
mod m20261201_000019_mentorships;
mod m20261201_000020_events;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_core::Migration),
            Box::new(m20261122_000002_discount_rate::Migration),
            Box::new(m20261122_000003_assessment_draft::Migration),
            Box::new(m20261122_000004_staff_auth::Migration),
            Box::new(m20261122_000005_outbox::Migration),
            Box::new(m20261122_000006_enquiry::Migration),
            Box::new(m20261122_000007_routing_rule::Migration),
            Box::new(m20261130_000008_form_retry_values_only::Migration),
            Box::new(m20261130_000009_job_run::Migration),
            Box::new(m20261130_000010_session_last_seen::Migration),
            Box::new(m20261130_000011_foreign_keys::Migration),
            Box::new(m20261130_000012_company_life::Migration),
            Box::new(m20261130_000013_company_search::Migration),
            Box::new(m20261201_000014_newest_first_indexes::Migration),
            Box::new(m20261201_000015_company_logo::Migration),
            Box::new(m20261201_000016_registry_version::Migration),
            Box::new(m20261201_000017_registry_version_profile::Migration),
            Box::new(m20261201_000018_mentor_scheme::Migration),
            Box::new(m20261201_000019_mentorships::Migration),
            Box::new(m20261201_000020_events::Migration),
        ]
    }
}

/// An index of `columns` on `table`, named `name` (the mentor scheme's migrations).
pub(crate) async fn create_index<const N: usize>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    columns: [DynIden; N],
) -> Result<(), DbErr> {
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(column);
    }
    manager.create_index(index.to_owned()).await
}
