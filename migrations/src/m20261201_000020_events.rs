//! Network events (issue 13): the events staff create, their programme, and the
//! registrations (confirmed or on the waitlist, with a stand asked for or not). The event
//! row holds the seat and queue counters that registration updates under the row's lock,
//! so no event is overbooked however many sign up at once, on one instance or several.
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
enum Event {
    Table,
    Id,
    MunicipalityId,
    Kind,
    Status,
    Title,
    Description,
    StartsAt,
    EndsAt,
    Venue,
    Address,
    Capacity,
    RegistrationDeadline,
    Stands,
    Confirmed,
    Waiting,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventProgrammeItem {
    Table,
    Id,
    EventId,
    StartsAt,
    Title,
    Speaker,
    Bio,
}

#[derive(DeriveIden)]
enum EventRegistration {
    Table,
    Id,
    EventId,
    Status,
    Name,
    Email,
    Organisation,
    Cvr,
    CompanyId,
    Needs,
    StandWanted,
    StandNote,
    StandStatus,
    CancelTokenHash,
    RemindedAt,
    CheckedInAt,
    ConsentAt,
    AnonymisedAt,
    CreatedAt,
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
                    .table(Event::Table)
                    .if_not_exists()
                    .col(pk_auto(Event::Id))
                    .col(integer(Event::MunicipalityId))
                    // inspiration_day | network_day | workshop | other
                    .col(string_len(Event::Kind, 32))
                    // draft | published | cancelled
                    .col(string_len(Event::Status, 16))
                    .col(string_len(Event::Title, 200))
                    .col(text(Event::Description))
                    .col(timestamp_with_time_zone(Event::StartsAt))
                    .col(timestamp_with_time_zone(Event::EndsAt))
                    .col(string_len(Event::Venue, 200))
                    .col(string_len(Event::Address, 300))
                    .col(integer(Event::Capacity))
                    .col(timestamp_with_time_zone(Event::RegistrationDeadline))
                    .col(integer(Event::Stands).default(0))
                    // Seats taken and people waiting: changed only under the row's lock.
                    .col(integer(Event::Confirmed).default(0))
                    .col(integer(Event::Waiting).default(0))
                    .col(integer_null(Event::CreatedBy))
                    .col(timestamp_with_time_zone(Event::CreatedAt))
                    .col(timestamp_with_time_zone(Event::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Event::Table, Event::MunicipalityId)
                            .to(Municipality::Table, Municipality::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Event::Table, Event::CreatedBy)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_event_status_starts",
            Event::Table,
            [Event::Status.into_iden(), Event::StartsAt.into_iden()],
        )
        .await?;
        index(
            manager,
            "idx_event_municipality_starts",
            Event::Table,
            [
                Event::MunicipalityId.into_iden(),
                Event::StartsAt.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(EventProgrammeItem::Table)
                    .if_not_exists()
                    .col(pk_auto(EventProgrammeItem::Id))
                    .col(integer(EventProgrammeItem::EventId))
                    .col(timestamp_with_time_zone(EventProgrammeItem::StartsAt))
                    .col(string_len(EventProgrammeItem::Title, 200))
                    .col(string_len_null(EventProgrammeItem::Speaker, 200))
                    .col(text_null(EventProgrammeItem::Bio))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventProgrammeItem::Table, EventProgrammeItem::EventId)
                            .to(Event::Table, Event::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_event_programme_event",
            EventProgrammeItem::Table,
            [
                EventProgrammeItem::EventId.into_iden(),
                EventProgrammeItem::StartsAt.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(EventRegistration::Table)
                    .if_not_exists()
                    .col(pk_auto(EventRegistration::Id))
                    .col(integer(EventRegistration::EventId))
                    // confirmed | waitlisted | cancelled
                    .col(string_len(EventRegistration::Status, 16))
                    .col(string_len(EventRegistration::Name, 200))
                    .col(string_len(EventRegistration::Email, 254))
                    .col(string_len_null(EventRegistration::Organisation, 200))
                    .col(string_len_null(EventRegistration::Cvr, 8))
                    // The registry's entry when the CVR matches a published one.
                    .col(integer_null(EventRegistration::CompanyId))
                    // Dietary and accessibility needs.
                    .col(text_null(EventRegistration::Needs))
                    .col(boolean(EventRegistration::StandWanted).default(false))
                    .col(text_null(EventRegistration::StandNote))
                    // none | asked | confirmed | declined
                    .col(string_len(EventRegistration::StandStatus, 16).default("none"))
                    .col(string_len_uniq(EventRegistration::CancelTokenHash, 64))
                    .col(timestamp_with_time_zone_null(EventRegistration::RemindedAt))
                    .col(timestamp_with_time_zone_null(
                        EventRegistration::CheckedInAt,
                    ))
                    .col(timestamp_with_time_zone(EventRegistration::ConsentAt))
                    .col(timestamp_with_time_zone_null(
                        EventRegistration::AnonymisedAt,
                    ))
                    .col(timestamp_with_time_zone(EventRegistration::CreatedAt))
                    .col(timestamp_with_time_zone(EventRegistration::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventRegistration::Table, EventRegistration::EventId)
                            .to(Event::Table, Event::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventRegistration::Table, EventRegistration::CompanyId)
                            .to(Company::Table, Company::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // The waitlist in order, and the attendee list.
        index(
            manager,
            "idx_event_registration_event_status",
            EventRegistration::Table,
            [
                EventRegistration::EventId.into_iden(),
                EventRegistration::Status.into_iden(),
                EventRegistration::Id.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_event_registration_email",
            EventRegistration::Table,
            [EventRegistration::Email.into_iden()],
        )
        .await?;
        // An enterprise's registrations, for its timeline and the stands.
        index(
            manager,
            "idx_event_registration_company",
            EventRegistration::Table,
            [EventRegistration::CompanyId.into_iden()],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            EventRegistration::Table.into_iden(),
            EventProgrammeItem::Table.into_iden(),
            Event::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
