//! Outgoing email, written before any attempt to send it: nothing the app sends can
//! silently disappear. A worker sends pending rows (SMTP, or the development outbox
//! folder), retrying failures with backoff; admins see every row.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum OutboxEmail {
    Table,
    Id,
    MunicipalityId,
    ToAddress,
    Subject,
    BodyText,
    Status,
    Attempts,
    LastError,
    NextAttemptAt,
    CreatedAt,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OutboxEmail::Table)
                    .if_not_exists()
                    .col(pk_auto(OutboxEmail::Id))
                    .col(integer_null(OutboxEmail::MunicipalityId))
                    .col(string_len(OutboxEmail::ToAddress, 254))
                    .col(string_len(OutboxEmail::Subject, 200))
                    .col(text(OutboxEmail::BodyText))
                    // pending | sent | failed (gave up after the last retry)
                    .col(string_len(OutboxEmail::Status, 16))
                    .col(integer(OutboxEmail::Attempts).default(0))
                    .col(text_null(OutboxEmail::LastError))
                    .col(timestamp_with_time_zone(OutboxEmail::NextAttemptAt))
                    .col(timestamp_with_time_zone(OutboxEmail::CreatedAt))
                    .col(timestamp_with_time_zone_null(OutboxEmail::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_email_status_next")
                    .table(OutboxEmail::Table)
                    .col(OutboxEmail::Status)
                    .col(OutboxEmail::NextAttemptAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OutboxEmail::Table).to_owned())
            .await
    }
}
