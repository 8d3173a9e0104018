//! The mentor scheme (issue 12): mentors who signed up, enterprises' requests for one, the
//! mentorships between them, their logged meetings and the evaluations asked for at the end.
//! Lists of codes (expertise, sectors, languages, needs) are stored comma-separated, as the
//! registry stores a company's target groups; `domain::mentoring` reads them.
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

#[derive(DeriveIden)]
enum Mentorship {
    Table,
    Id,
    MunicipalityId,
    MentorId,
    RequestId,
    Status,
    PeriodFrom,
    PeriodTo,
    Goals,
    MentorTokenHash,
    EnterpriseTokenHash,
    MentorConfirmedAt,
    EnterpriseConfirmedAt,
    ActiveSince,
    CancelReason,
    EndedAt,
    QuietRemindedAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MentorshipMeeting {
    Table,
    Id,
    MentorshipId,
    MetOn,
    Notes,
    NextStep,
    LoggedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MentorshipEvaluation {
    Table,
    Id,
    MentorshipId,
    Side,
    TokenHash,
    Rating,
    Comment,
    AnsweredAt,
    CreatedAt,
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

        manager
            .create_table(
                Table::create()
                    .table(Mentorship::Table)
                    .if_not_exists()
                    .col(pk_auto(Mentorship::Id))
                    .col(integer(Mentorship::MunicipalityId))
                    .col(integer(Mentorship::MentorId))
                    .col(integer(Mentorship::RequestId))
                    // proposed | active | paused | completed | cancelled
                    .col(string_len(Mentorship::Status, 16))
                    .col(date(Mentorship::PeriodFrom))
                    .col(date_null(Mentorship::PeriodTo))
                    .col(text(Mentorship::Goals))
                    // Each side's link: confirm the confidentiality agreement, then evaluate.
                    .col(string_len_uniq(Mentorship::MentorTokenHash, 64))
                    .col(string_len_uniq(Mentorship::EnterpriseTokenHash, 64))
                    .col(timestamp_with_time_zone_null(Mentorship::MentorConfirmedAt))
                    .col(timestamp_with_time_zone_null(
                        Mentorship::EnterpriseConfirmedAt,
                    ))
                    .col(date_null(Mentorship::ActiveSince))
                    .col(text_null(Mentorship::CancelReason))
                    .col(timestamp_with_time_zone_null(Mentorship::EndedAt))
                    // The quiet-spell reminder last sent (`domain::mentoring::mentorship`).
                    .col(timestamp_with_time_zone_null(Mentorship::QuietRemindedAt))
                    .col(integer_null(Mentorship::CreatedBy))
                    .col(timestamp_with_time_zone(Mentorship::CreatedAt))
                    .col(timestamp_with_time_zone(Mentorship::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Mentorship::Table, Mentorship::MunicipalityId)
                            .to(Municipality::Table, Municipality::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Mentorship::Table, Mentorship::MentorId)
                            .to(Mentor::Table, Mentor::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Mentorship::Table, Mentorship::RequestId)
                            .to(MentorRequest::Table, MentorRequest::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Mentorship::Table, Mentorship::CreatedBy)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_mentorship_mentor_status",
            Mentorship::Table,
            [
                Mentorship::MentorId.into_iden(),
                Mentorship::Status.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_mentorship_municipality_status",
            Mentorship::Table,
            [
                Mentorship::MunicipalityId.into_iden(),
                Mentorship::Status.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_mentorship_request",
            Mentorship::Table,
            [Mentorship::RequestId.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MentorshipMeeting::Table)
                    .if_not_exists()
                    .col(pk_auto(MentorshipMeeting::Id))
                    .col(integer(MentorshipMeeting::MentorshipId))
                    .col(date(MentorshipMeeting::MetOn))
                    .col(text(MentorshipMeeting::Notes))
                    .col(text_null(MentorshipMeeting::NextStep))
                    // A member of staff's id; none: the mentor, through the private link.
                    .col(integer_null(MentorshipMeeting::LoggedBy))
                    .col(timestamp_with_time_zone(MentorshipMeeting::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MentorshipMeeting::Table, MentorshipMeeting::MentorshipId)
                            .to(Mentorship::Table, Mentorship::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MentorshipMeeting::Table, MentorshipMeeting::LoggedBy)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_mentorship_meeting_mentorship",
            MentorshipMeeting::Table,
            [
                MentorshipMeeting::MentorshipId.into_iden(),
                MentorshipMeeting::MetOn.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MentorshipEvaluation::Table)
                    .if_not_exists()
                    .col(pk_auto(MentorshipEvaluation::Id))
                    .col(integer(MentorshipEvaluation::MentorshipId))
                    // mentor | enterprise
                    .col(string_len(MentorshipEvaluation::Side, 16))
                    .col(string_len_uniq(MentorshipEvaluation::TokenHash, 64))
                    // 1–5 once answered.
                    .col(small_integer_null(MentorshipEvaluation::Rating))
                    .col(text_null(MentorshipEvaluation::Comment))
                    .col(timestamp_with_time_zone_null(
                        MentorshipEvaluation::AnsweredAt,
                    ))
                    .col(timestamp_with_time_zone(MentorshipEvaluation::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                MentorshipEvaluation::Table,
                                MentorshipEvaluation::MentorshipId,
                            )
                            .to(Mentorship::Table, Mentorship::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One evaluation asked of each side.
        manager
            .create_index(
                Index::create()
                    .name("idx_mentorship_evaluation_side")
                    .table(MentorshipEvaluation::Table)
                    .col(MentorshipEvaluation::MentorshipId)
                    .col(MentorshipEvaluation::Side)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            MentorshipEvaluation::Table.into_iden(),
            MentorshipMeeting::Table.into_iden(),
            Mentorship::Table.into_iden(),
            MentorRequest::Table.into_iden(),
            Mentor::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

async fn index<const N: usize>(
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
