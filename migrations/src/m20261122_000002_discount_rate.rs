//! Danmarks Nationalbank's discount rate by effective date, for the dividend cap. Reference
//! data, not demo data: the rows DOMAIN.md gives are written here so every installation
//! starts with them; staff add and correct rows afterwards.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DiscountRate {
    Table,
    Id,
    EffectiveFrom,
    RateUnits,
    Confidence,
    DateApproximate,
    Note,
    CreatedAt,
    UpdatedAt,
}

/// (effective from, rate in hundredths of a percent, confidence, date approximate, note)
const ROWS: [(&str, i64, &str, bool, &str); 18] = [
    ("2012-07-06", 0, "confirmed", false, ""),
    ("2022-09-09", 65, "confirmed", false, ""),
    (
        "2022-10-28",
        125,
        "inferred",
        false,
        "inferred from the current-account rate",
    ),
    ("2022-12-16", 175, "inferred", false, ""),
    ("2023-02-03", 210, "inferred", false, ""),
    (
        "2023-03-17",
        260,
        "confirmed",
        false,
        "confirmed by press quote",
    ),
    ("2023-05-08", 285, "confirmed", false, ""),
    ("2023-06-16", 310, "inferred", false, ""),
    ("2023-08-04", 335, "inferred", true, ""),
    (
        "2023-09-15",
        360,
        "confirmed",
        true,
        "confirmed value, date approximate",
    ),
    ("2024-06-07", 335, "inferred", false, ""),
    ("2024-09-13", 310, "inferred", false, ""),
    ("2024-10-18", 285, "inferred", false, ""),
    ("2024-12-13", 260, "inferred", false, ""),
    ("2025-01-31", 235, "inferred", false, ""),
    ("2025-03-07", 210, "inferred", false, ""),
    ("2025-04-18", 185, "inferred", true, ""),
    ("2025-06-06", 160, "inferred", false, ""),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DiscountRate::Table)
                    .if_not_exists()
                    .col(pk_auto(DiscountRate::Id))
                    .col(date(DiscountRate::EffectiveFrom).unique_key())
                    // In 1/10 000 of a percentage point: 1.60 % is 16 000.
                    .col(big_integer(DiscountRate::RateUnits))
                    // confirmed | inferred
                    .col(string_len(DiscountRate::Confidence, 16))
                    .col(boolean(DiscountRate::DateApproximate).default(false))
                    .col(text_null(DiscountRate::Note))
                    .col(timestamp_with_time_zone(DiscountRate::CreatedAt))
                    .col(timestamp_with_time_zone(DiscountRate::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table(DiscountRate::Table)
            .columns([
                DiscountRate::EffectiveFrom,
                DiscountRate::RateUnits,
                DiscountRate::Confidence,
                DiscountRate::DateApproximate,
                DiscountRate::Note,
                DiscountRate::CreatedAt,
                DiscountRate::UpdatedAt,
            ])
            .to_owned();
        // PostgreSQL needs the text cast to a date; SQLite stores dates as ISO text, and its
        // CAST(… AS DATE) would turn '2012-07-06' into the number 2012.
        let postgres = manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres;
        for (from, hundredths, confidence, approximate, note) in ROWS {
            let day = if postgres {
                Expr::val(from).cast_as("DATE")
            } else {
                Expr::val(from)
            };
            insert.values_panic([
                day,
                (hundredths * 100).into(),
                confidence.into(),
                approximate.into(),
                (!note.is_empty()).then_some(note).into(),
                Expr::current_timestamp(),
                Expr::current_timestamp(),
            ]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DiscountRate::Table).to_owned())
            .await
    }
}
