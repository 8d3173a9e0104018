//! A company's life in the registry (issue 10): a status instead of a published flag, every
//! change a row of its history, the RSV status as the company states it kept apart from the
//! municipality's check of it, the applicant's links, and the facts the public form asks.
//! Existing companies keep what they had: published or not, registered or not, checked
//! when they were; their history starts with one row saying the entry was carried over.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Company {
    Table,
    Id,
    Status,
    RsvStatus,
    RsvCheckedAt,
    RsvCheckSource,
    Products,
    TargetGroups,
    TargetGroupEmployees,
    YearEnd,
    ReportedThrough,
    ReminderSentFor,
    ContactName,
    ContactEmail,
    ConfirmTokenHash,
    ApplicantTokenHash,
    AssessmentSummary,
    ListedAt,
    Published,
    RsvRegistered,
    VerifiedAt,
}

#[derive(DeriveIden)]
enum CompanyEvent {
    Table,
    Id,
    CompanyId,
    Actor,
    StaffUserId,
    Step,
    FromStatus,
    ToStatus,
    Reason,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement, each with a constant default.
        let columns = [
            string_len(Company::Status, 24)
                .default("published")
                .to_owned(),
            string_len(Company::RsvStatus, 16)
                .default("not_registered")
                .to_owned(),
            timestamp_with_time_zone_null(Company::RsvCheckedAt),
            string_len_null(Company::RsvCheckSource, 200),
            text(Company::Products).default("").to_owned(),
            // Target-group codes separated by commas (`domain::listing::TargetGroup::join`).
            string_len(Company::TargetGroups, 200)
                .default("")
                .to_owned(),
            integer_null(Company::TargetGroupEmployees),
            // `MM-DD`: the last day of the financial year.
            string_len_null(Company::YearEnd, 5),
            // The calendar year in which the last reported financial year ended.
            integer_null(Company::ReportedThrough),
            // The due date whose reminder was sent: claimed before sending, so once.
            date_null(Company::ReminderSentFor),
            string_len_null(Company::ContactName, 200),
            string_len_null(Company::ContactEmail, 254),
            string_len_null(Company::ConfirmTokenHash, 64),
            string_len_null(Company::ApplicantTokenHash, 64),
            // JSON: the attached self-assessment's verdicts, kept after its draft is gone.
            text_null(Company::AssessmentSummary),
            // First published: "newest" and listings per year.
            timestamp_with_time_zone_null(Company::ListedAt),
        ];
        for column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(Company::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        let db = manager.get_connection();
        // Who checked: a reference (SQLite takes one in ADD COLUMN when it defaults to null).
        db.execute_unprepared(
            "ALTER TABLE company ADD COLUMN rsv_checked_by integer NULL \
             REFERENCES staff_user (id) ON DELETE SET NULL",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE company SET \
             status = CASE WHEN published THEN 'published' ELSE 'unpublished' END, \
             rsv_status = CASE WHEN rsv_registered THEN 'registered' ELSE 'not_registered' END, \
             rsv_checked_at = verified_at, \
             rsv_check_source = CASE WHEN verified_at IS NULL THEN NULL ELSE 'cvr' END, \
             listed_at = created_at",
        )
        .await?;
        for old in [
            Company::Published,
            Company::RsvRegistered,
            Company::VerifiedAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Company::Table)
                        .drop_column(old)
                        .to_owned(),
                )
                .await?;
        }
        for (name, column) in [
            ("idx_company_confirm_token", Company::ConfirmTokenHash),
            ("idx_company_applicant_token", Company::ApplicantTokenHash),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Company::Table)
                        .col(column)
                        .unique()
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_company_status")
                    .table(Company::Table)
                    .col(Company::Status)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CompanyEvent::Table)
                    .if_not_exists()
                    .col(pk_auto(CompanyEvent::Id))
                    .col(integer(CompanyEvent::CompanyId))
                    // `applicant`, `staff` or `system` (carried over, a job).
                    .col(string_len(CompanyEvent::Actor, 16))
                    .col(integer_null(CompanyEvent::StaffUserId))
                    // A `domain::listing::Step` code, or `carried_over`, `edit`.
                    .col(string_len(CompanyEvent::Step, 24))
                    .col(string_len_null(CompanyEvent::FromStatus, 24))
                    .col(string_len(CompanyEvent::ToStatus, 24))
                    .col(text_null(CompanyEvent::Reason))
                    .col(timestamp_with_time_zone(CompanyEvent::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_event_company")
                            .from(CompanyEvent::Table, CompanyEvent::CompanyId)
                            .to(Company::Table, Company::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_event_staff_user")
                            .from(CompanyEvent::Table, CompanyEvent::StaffUserId)
                            .to(Alias::new("staff_user"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_company_event_company")
                    .table(CompanyEvent::Table)
                    .col(CompanyEvent::CompanyId)
                    .col(CompanyEvent::CreatedAt)
                    .to_owned(),
            )
            .await?;
        db.execute_unprepared(
            "INSERT INTO company_event (company_id, actor, step, to_status, created_at) \
             SELECT id, 'system', 'carried_over', status, created_at FROM company",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration(
            "the company's history cannot be folded back into a flag; restore a backup".into(),
        ))
    }
}
