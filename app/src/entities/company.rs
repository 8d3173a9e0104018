use sea_orm::{Set, entity::prelude::*};

/// A company in the public registry.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "company")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub municipality_id: i32,
    #[sea_orm(unique)]
    pub cvr: String,
    pub name: String,
    /// A `LegalForm` code.
    pub legal_form: String,
    /// A `Purpose` code.
    pub purpose: String,
    #[sea_orm(column_type = "Text")]
    pub description_da: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub description_en: Option<String>,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub founded_year: Option<i32>,
    pub employees: Option<i32>,
    pub rsv_registered: bool,
    pub verified_at: Option<DateTimeUtc>,
    pub published: bool,
    /// See `domain::text::fold`; maintained by `registry::queries::derived_columns`.
    #[sea_orm(column_type = "Text")]
    pub search_text: String,
    /// See `domain::text::danish_sort_key`.
    pub sort_key: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    #[sea_orm(belongs_to, from = "municipality_id", to = "id")]
    pub municipality: HasOne<super::municipality::Entity>,
}

/// The model keeps its derived columns and timestamps itself, so no caller can forget them.
#[async_trait::async_trait]
impl ActiveModelBehavior for ActiveModel {
    async fn before_save<C>(mut self, _db: &C, insert: bool) -> Result<Self, DbErr>
    where
        C: ConnectionTrait,
    {
        if let (Some(name), Some(city), Some(da), Some(en)) = (
            self.name.try_as_ref(),
            self.city.try_as_ref(),
            self.description_da.try_as_ref(),
            self.description_en.try_as_ref(),
        ) {
            let (search_text, sort_key) = derived_columns(name, city, da, en.as_deref());
            self.search_text = Set(search_text);
            self.sort_key = Set(sort_key);
        }
        let now = chrono::Utc::now();
        if insert {
            self.created_at = Set(now);
        }
        self.updated_at = Set(now);
        Ok(self)
    }
}

/// `(search_text, sort_key)` for a company.
pub fn derived_columns(
    name: &str,
    city: &str,
    description_da: &str,
    description_en: Option<&str>,
) -> (String, String) {
    use crate::domain::text::{danish_sort_key, fold};
    let search_text = fold(&format!(
        "{name} {city} {description_da} {}",
        description_en.unwrap_or_default()
    ));
    (search_text, danish_sort_key(name))
}
