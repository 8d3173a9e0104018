//! Staff sign-in: lockout counters on the user, sessions kept in the database (so several
//! server instances share them), single-use password-reset tokens, and the audit log of
//! every change staff make. Tokens are stored as SHA-256 hashes only.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
    FailedLogins,
    LockedUntil,
}

#[derive(DeriveIden)]
enum StaffSession {
    Table,
    Id,
    TokenHash,
    StaffUserId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum PasswordReset {
    Table,
    Id,
    TokenHash,
    StaffUserId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    MunicipalityId,
    ActorId,
    Action,
    Subject,
    Detail,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUser::Table)
                    .add_column(integer(StaffUser::FailedLogins).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUser::Table)
                    .add_column(timestamp_with_time_zone_null(StaffUser::LockedUntil))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffSession::Table)
                    .if_not_exists()
                    .col(pk_auto(StaffSession::Id))
                    .col(string_len_uniq(StaffSession::TokenHash, 64))
                    .col(integer(StaffSession::StaffUserId))
                    .col(timestamp_with_time_zone(StaffSession::CreatedAt))
                    .col(timestamp_with_time_zone(StaffSession::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffSession::Table, StaffSession::StaffUserId)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_staff_session_expires_at")
                    .table(StaffSession::Table)
                    .col(StaffSession::ExpiresAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PasswordReset::Table)
                    .if_not_exists()
                    .col(pk_auto(PasswordReset::Id))
                    .col(string_len_uniq(PasswordReset::TokenHash, 64))
                    .col(integer(PasswordReset::StaffUserId))
                    .col(timestamp_with_time_zone(PasswordReset::CreatedAt))
                    .col(timestamp_with_time_zone(PasswordReset::ExpiresAt))
                    .col(timestamp_with_time_zone_null(PasswordReset::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PasswordReset::Table, PasswordReset::StaffUserId)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .if_not_exists()
                    .col(pk_auto(AuditLog::Id))
                    // Null for installation-wide changes (settings, discount rates).
                    .col(integer_null(AuditLog::MunicipalityId))
                    // Null for the system itself (CLI, retention job).
                    .col(integer_null(AuditLog::ActorId))
                    .col(string_len(AuditLog::Action, 64))
                    .col(string_len(AuditLog::Subject, 128))
                    // JSON: what changed, before and after.
                    .col(text(AuditLog::Detail))
                    .col(timestamp_with_time_zone(AuditLog::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_created_at")
                    .table(AuditLog::Table)
                    .col(AuditLog::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditLog::Table.into_iden(),
            PasswordReset::Table.into_iden(),
            StaffSession::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for column in [StaffUser::LockedUntil, StaffUser::FailedLogins] {
            manager
                .alter_table(
                    Table::alter()
                        .table(StaffUser::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
