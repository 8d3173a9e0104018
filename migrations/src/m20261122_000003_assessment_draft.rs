//! Self-assessment drafts: the answers an entrepreneur has given so far, kept behind a
//! private resume link so no account is needed. Only a hash of the link's token is stored,
//! so reading the database does not reveal working links.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AssessmentDraft {
    Table,
    Id,
    TokenHash,
    Answers,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AssessmentDraft::Table)
                    .if_not_exists()
                    .col(pk_auto(AssessmentDraft::Id))
                    // SHA-256 of the resume token, hex.
                    .col(string_len_uniq(AssessmentDraft::TokenHash, 64))
                    // JSON: the raw form values per step, as typed.
                    .col(text(AssessmentDraft::Answers))
                    .col(timestamp_with_time_zone(AssessmentDraft::CreatedAt))
                    .col(timestamp_with_time_zone(AssessmentDraft::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        // Old drafts are deleted by age.
        manager
            .create_index(
                Index::create()
                    .name("idx_assessment_draft_updated_at")
                    .table(AssessmentDraft::Table)
                    .col(AssessmentDraft::UpdatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AssessmentDraft::Table).to_owned())
            .await
    }
}
