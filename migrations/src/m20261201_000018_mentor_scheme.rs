//! The mentor scheme (issue 12), first part: mentors who signed up and enterprises'
//! requests for one (the mentorships between them are migration 19). Lists of codes (expertise, sectors, languages, needs) are stored comma-separated, as the
//! registry stores a company's target groups; `domain::mentoring` reads them.
use crate::create_index as index;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Municipality {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Company {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Mentor {
    Table,
    Id,
    MunicipalityId,
    Status,
    Name,
    Organisation,
    Role,
    Email,
    Phone,
    Expertise,
    Sectors,
    Languages,
    Capacity,
    AvailableFrom,
    AvailableTo,
    Introduction,
    ConsentAt,
    ConfirmTokenHash,
    EmailConfirmedAt,
    PrivateTokenHash,
    DecidedAt,
    DecidedBy,
    DecisionReason,
    AnonymisedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MentorRequest {
    Table,
    Id,
    MunicipalityId,
    Status,
    Name,
    Email,
    CompanyName,
    Cvr,
    CompanyId,
    Needs,
    Sector,
    Language,
    Details,
    Source,
    ConsentAt,
    AnonymisedAt,
    CreatedAt,
    MatchedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Mentor::Table)
                    .if_not_exists()
                    .col(pk_auto(Mentor::Id))
                    .col(integer(Mentor::MunicipalityId))
                    // unconfirmed | pending | approved | paused | declined | left
                    .col(string_len(Mentor::Status, 16))
                    .col(string_len(Mentor::Name, 200))
                    .col(string_len(Mentor::Organisation, 200))
                    .col(string_len(Mentor::Role, 200))
                    .col(string_len(Mentor::Email, 254))
                    .col(string_len_null(Mentor::Phone, 32))
                    .col(string_len(Mentor::Expertise, 400))
                    .col(string_len(Mentor::Sectors, 400))
                    .col(string_len(Mentor::Languages, 100))
                    .col(integer(Mentor::Capacity))
                    .col(date_null(Mentor::AvailableFrom))
                    .col(date_null(Mentor::AvailableTo))
                    .col(text(Mentor::Introduction))
                    .col(timestamp_with_time_zone(Mentor::ConsentAt))
                    // The single-use link that confirms the email; cleared when used.
                    .col(string_len_null(Mentor::ConfirmTokenHash, 64).unique_key())
                    .col(timestamp_with_time_zone_null(Mentor::EmailConfirmedAt))
                    // The approved mentor's private link (availability, pause, leave, meetings).
                    .col(string_len_null(Mentor::PrivateTokenHash, 64).unique_key())
                    .col(timestamp_with_time_zone_null(Mentor::DecidedAt))
                    .col(integer_null(Mentor::DecidedBy))
                    .col(text_null(Mentor::DecisionReason))
                    .col(timestamp_with_time_zone_null(Mentor::AnonymisedAt))
                    .col(timestamp_with_time_zone(Mentor::CreatedAt))
                    .col(timestamp_with_time_zone(Mentor::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Mentor::Table, Mentor::MunicipalityId)
                            .to(Municipality::Table, Municipality::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Mentor::Table, Mentor::DecidedBy)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_mentor_municipality_status",
            Mentor::Table,
            [
                Mentor::MunicipalityId.into_iden(),
                Mentor::Status.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_mentor_email",
            Mentor::Table,
            [Mentor::Email.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MentorRequest::Table)
                    .if_not_exists()
                    .col(pk_auto(MentorRequest::Id))
                    .col(integer(MentorRequest::MunicipalityId))
                    // open | matched | withdrawn | closed
                    .col(string_len(MentorRequest::Status, 16))
                    .col(string_len(MentorRequest::Name, 200))
                    .col(string_len(MentorRequest::Email, 254))
                    .col(string_len_null(MentorRequest::CompanyName, 200))
                    .col(string_len_null(MentorRequest::Cvr, 8))
                    // The registry's entry when the CVR is one of its companies.
                    .col(integer_null(MentorRequest::CompanyId))
                    .col(string_len(MentorRequest::Needs, 400))
                    .col(string_len_null(MentorRequest::Sector, 32))
                    .col(string_len_null(MentorRequest::Language, 8))
                    .col(text(MentorRequest::Details))
                    // registry | assessment | enquiry | form: where the request was made
                    .col(string_len(MentorRequest::Source, 16))
                    .col(timestamp_with_time_zone(MentorRequest::ConsentAt))
                    .col(timestamp_with_time_zone_null(MentorRequest::AnonymisedAt))
                    .col(timestamp_with_time_zone(MentorRequest::CreatedAt))
                    .col(timestamp_with_time_zone_null(MentorRequest::MatchedAt))
                    .col(timestamp_with_time_zone(MentorRequest::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MentorRequest::Table, MentorRequest::MunicipalityId)
                            .to(Municipality::Table, Municipality::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MentorRequest::Table, MentorRequest::CompanyId)
                            .to(Company::Table, Company::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_mentor_request_queue",
            MentorRequest::Table,
            [
                MentorRequest::MunicipalityId.into_iden(),
                MentorRequest::Status.into_iden(),
                MentorRequest::CreatedAt.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_mentor_request_email",
            MentorRequest::Table,
            [MentorRequest::Email.into_iden()],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [MentorRequest::Table.into_iden(), Mentor::Table.into_iden()] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
