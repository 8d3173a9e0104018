//! A company's logo (issue 10): the picture as the server re-encoded it (PNG, bounded size,
//! no metadata), one per company, in the database so every server instance serves the
//! same one. Gone with its company.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CompanyLogo {
    Table,
    CompanyId,
    Png,
    Width,
    Height,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CompanyLogo::Table)
                    .if_not_exists()
                    .col(integer(CompanyLogo::CompanyId).primary_key())
                    .col(blob(CompanyLogo::Png))
                    .col(integer(CompanyLogo::Width))
                    .col(integer(CompanyLogo::Height))
                    .col(timestamp_with_time_zone(CompanyLogo::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_company_logo_company")
                            .from(CompanyLogo::Table, CompanyLogo::CompanyId)
                            .to(Alias::new("company"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CompanyLogo::Table).to_owned())
            .await
    }
}
