use sea_orm::entity::prelude::*;

/// A background job's next run: claimed by the instance that moves `due_at` forward
/// (`jobs::claim`), so each run happens on one instance only.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "job_run")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    pub due_at: DateTimeUtc,
    pub last_started_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
