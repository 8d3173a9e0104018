//! One row per background job: when its next run is due. An instance runs a job only after
//! moving `due_at` forward with a conditional update, so with several server instances on
//! one database each run happens once, and a restart does not repeat a daily job.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum JobRun {
    Table,
    Name,
    DueAt,
    LastStartedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(JobRun::Table)
                    .if_not_exists()
                    .col(string_len(JobRun::Name, 64).primary_key())
                    .col(timestamp_with_time_zone(JobRun::DueAt))
                    .col(timestamp_with_time_zone_null(JobRun::LastStartedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(JobRun::Table).to_owned())
            .await
    }
}
