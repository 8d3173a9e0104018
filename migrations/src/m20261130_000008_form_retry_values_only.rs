//! A form posted without JavaScript comes back with its errors in the URL (`fe=`), like
//! every other form; `form_retry` keeps only the values that must not sit in a URL.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum FormRetry {
    Table,
    Errors,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(FormRetry::Table)
                    .drop_column(FormRetry::Errors)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(FormRetry::Table)
                    .add_column(
                        ColumnDef::new(FormRetry::Errors)
                            .text()
                            .not_null()
                            .default("[]"),
                    )
                    .to_owned(),
            )
            .await
    }
}
