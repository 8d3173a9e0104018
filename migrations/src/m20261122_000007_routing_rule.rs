//! Routing rules: which member of staff gets a municipality's enquiries on a topic by
//! default (admins edit them; the contact can still reassign).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RoutingRule {
    Table,
    Id,
    MunicipalityId,
    Topic,
    StaffUserId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RoutingRule::Table)
                    .if_not_exists()
                    .col(pk_auto(RoutingRule::Id))
                    .col(integer(RoutingRule::MunicipalityId))
                    .col(string_len(RoutingRule::Topic, 32))
                    .col(integer(RoutingRule::StaffUserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_routing_rule_municipality_topic")
                    .table(RoutingRule::Table)
                    .col(RoutingRule::MunicipalityId)
                    .col(RoutingRule::Topic)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RoutingRule::Table).to_owned())
            .await
    }
}
