//! The mentor scheme (issue 12), second part: the mentorships between mentors and
//! enterprises' requests (migration 18), their logged meetings and the evaluations asked
//! for at the end.
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
enum Mentor {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum MentorRequest {
    Table,
    Id,
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
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
