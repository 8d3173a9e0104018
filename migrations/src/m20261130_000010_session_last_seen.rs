//! A session also ends after a while unused (`SESSION_IDLE_MINUTES`): each session keeps
//! when it was last used. Sessions open at the upgrade count from their start.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffSession {
    Table,
    LastSeenAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffSession::Table)
                    .add_column(
                        ColumnDef::new(StaffSession::LastSeenAt)
                            .timestamp_with_time_zone()
                            .not_null()
                            // SQLite adds a column only with a constant default.
                            .default("1970-01-01 00:00:00+00:00"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared("UPDATE staff_session SET last_seen_at = created_at")
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffSession::Table)
                    .drop_column(StaffSession::LastSeenAt)
                    .to_owned(),
            )
            .await
    }
}
