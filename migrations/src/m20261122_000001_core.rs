//! The core of the model: municipalities (several share one installation), their staff and
//! the companies in the public registry. Everything later (assessments, enquiries, mentors,
//! events) hangs off these three by foreign key, so it adds tables rather than columns here.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Municipality {
    Table,
    Id,
    Code,
    Slug,
    Name,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
    MunicipalityId,
    Email,
    DisplayName,
    Role,
    PasswordHash,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Company {
    Table,
    Id,
    MunicipalityId,
    Cvr,
    Name,
    LegalForm,
    Purpose,
    DescriptionDa,
    DescriptionEn,
    Street,
    Postcode,
    City,
    Website,
    Email,
    Phone,
    FoundedYear,
    Employees,
    RsvRegistered,
    VerifiedAt,
    Published,
    SearchText,
    SortKey,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Municipality::Table)
                    .if_not_exists()
                    .col(pk_auto(Municipality::Id))
                    // The official four-digit municipality code, e.g. "0813" (Frederikshavn).
                    .col(string_len_uniq(Municipality::Code, 4))
                    .col(string_len_uniq(Municipality::Slug, 64))
                    .col(string_len(Municipality::Name, 128))
                    .col(timestamp_with_time_zone(Municipality::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffUser::Table)
                    .if_not_exists()
                    .col(pk_auto(StaffUser::Id))
                    .col(integer(StaffUser::MunicipalityId))
                    .col(string_len_uniq(StaffUser::Email, 254))
                    .col(string_len(StaffUser::DisplayName, 128))
                    // contact | colleague | admin
                    .col(string_len(StaffUser::Role, 16))
                    // argon2id PHC string; null until the user has set a password.
                    .col(string_null(StaffUser::PasswordHash))
                    .col(boolean(StaffUser::Active).default(true))
                    .col(timestamp_with_time_zone(StaffUser::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_staff_user_municipality")
                            .from(StaffUser::Table, StaffUser::MunicipalityId)
                            .to(Municipality::Table, Municipality::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Company::Table)
                    .if_not_exists()
                    .col(pk_auto(Company::Id))
                    .col(integer(Company::MunicipalityId))
                    // CVR is unique per installation: a company is listed once, under the
                    // municipality where it is based.
                    .col(string_len_uniq(Company::Cvr, 8))
                    .col(string_len(Company::Name, 200))
                    .col(string_len(Company::LegalForm, 32))
                    .col(string_len(Company::Purpose, 32))
                    .col(text(Company::DescriptionDa))
                    .col(text_null(Company::DescriptionEn))
                    .col(string_len(Company::Street, 200))
                    .col(string_len(Company::Postcode, 4))
                    .col(string_len(Company::City, 100))
                    .col(string_len_null(Company::Website, 300))
                    .col(string_len_null(Company::Email, 254))
                    .col(string_len_null(Company::Phone, 32))
                    .col(integer_null(Company::FoundedYear))
                    .col(integer_null(Company::Employees))
                    // The company says it is registered as RSV with the Business Authority.
                    .col(boolean(Company::RsvRegistered).default(false))
                    // When staff last checked that status in the CVR register.
                    .col(timestamp_with_time_zone_null(Company::VerifiedAt))
                    .col(boolean(Company::Published).default(true))
                    // Lower-cased name, city and descriptions, built in Rust: SQLite's
                    // lower() only folds ASCII, and search must find "Æblehaven" as "æble".
                    .col(text(Company::SearchText))
                    // Danish alphabetical order as a digit string (æ, ø, å after z), built in
                    // Rust so both databases sort alike whatever their collation.
                    .col(string_len(Company::SortKey, 400))
                    .col(timestamp_with_time_zone(Company::CreatedAt))
                    .col(timestamp_with_time_zone(Company::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_municipality")
                            .from(Company::Table, Company::MunicipalityId)
                            .to(Municipality::Table, Municipality::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("idx_company_municipality_sort")
                    .table(Company::Table)
                    .col(Company::MunicipalityId)
                    .col(Company::SortKey)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_company_sort")
                    .table(Company::Table)
                    .col(Company::SortKey)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_staff_user_municipality")
                    .table(StaffUser::Table)
                    .col(StaffUser::MunicipalityId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Company::Table.into_iden(),
            StaffUser::Table.into_iden(),
            Municipality::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
