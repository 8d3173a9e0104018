//! Enquiries: what a requester writes to the municipality, its events (status changes,
//! replies, internal notes), and short-lived copies of forms posted with errors, so a
//! browser without JavaScript gets back everything it typed.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Enquiry {
    Table,
    Id,
    MunicipalityId,
    Reference,
    StatusTokenHash,
    Name,
    Email,
    Phone,
    Organisation,
    Cvr,
    Topic,
    Message,
    AssessmentSummary,
    Status,
    AssigneeId,
    SubmittedAt,
    DueOn,
    FirstAnsweredAt,
    ClosedAt,
    AnonymisedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EnquiryEvent {
    Table,
    Id,
    EnquiryId,
    ActorId,
    Kind,
    Body,
    ForRequester,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FormRetry {
    Table,
    Id,
    TokenHash,
    Form,
    Values,
    Errors,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Enquiry::Table)
                    .if_not_exists()
                    .col(pk_auto(Enquiry::Id))
                    .col(integer(Enquiry::MunicipalityId))
                    .col(string_len_uniq(Enquiry::Reference, 20))
                    .col(string_len_uniq(Enquiry::StatusTokenHash, 64))
                    .col(string_len(Enquiry::Name, 200))
                    .col(string_len(Enquiry::Email, 254))
                    .col(string_len_null(Enquiry::Phone, 32))
                    .col(string_len_null(Enquiry::Organisation, 200))
                    .col(string_len_null(Enquiry::Cvr, 8))
                    .col(string_len(Enquiry::Topic, 32))
                    .col(text(Enquiry::Message))
                    // JSON: the attached self-assessment's verdicts and its result link.
                    .col(text_null(Enquiry::AssessmentSummary))
                    .col(string_len(Enquiry::Status, 24))
                    .col(integer_null(Enquiry::AssigneeId))
                    .col(timestamp_with_time_zone(Enquiry::SubmittedAt))
                    .col(date(Enquiry::DueOn))
                    .col(timestamp_with_time_zone_null(Enquiry::FirstAnsweredAt))
                    .col(timestamp_with_time_zone_null(Enquiry::ClosedAt))
                    .col(timestamp_with_time_zone_null(Enquiry::AnonymisedAt))
                    .col(timestamp_with_time_zone(Enquiry::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_enquiry_municipality_status")
                    .table(Enquiry::Table)
                    .col(Enquiry::MunicipalityId)
                    .col(Enquiry::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_enquiry_email")
                    .table(Enquiry::Table)
                    .col(Enquiry::Email)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EnquiryEvent::Table)
                    .if_not_exists()
                    .col(pk_auto(EnquiryEvent::Id))
                    .col(integer(EnquiryEvent::EnquiryId))
                    .col(integer_null(EnquiryEvent::ActorId))
                    // created | assigned | status | note | reply
                    .col(string_len(EnquiryEvent::Kind, 24))
                    .col(text_null(EnquiryEvent::Body))
                    .col(boolean(EnquiryEvent::ForRequester).default(false))
                    .col(timestamp_with_time_zone(EnquiryEvent::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EnquiryEvent::Table, EnquiryEvent::EnquiryId)
                            .to(Enquiry::Table, Enquiry::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_enquiry_event_enquiry")
                    .table(EnquiryEvent::Table)
                    .col(EnquiryEvent::EnquiryId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FormRetry::Table)
                    .if_not_exists()
                    .col(pk_auto(FormRetry::Id))
                    .col(string_len_uniq(FormRetry::TokenHash, 64))
                    .col(string_len(FormRetry::Form, 32))
                    .col(text(FormRetry::Values))
                    .col(text(FormRetry::Errors))
                    .col(timestamp_with_time_zone(FormRetry::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            FormRetry::Table.into_iden(),
            EnquiryEvent::Table.into_iden(),
            Enquiry::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
