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
    /// A `domain::listing::ListingStatus` code; only `published` is public.
    pub status: String,
    /// A `domain::listing::RsvStatus` code: what the company states.
    pub rsv_status: String,
    /// The municipality's check of the RSV status: when, by whom, where it looked.
    pub rsv_checked_at: Option<DateTimeUtc>,
    pub rsv_checked_by: Option<i32>,
    pub rsv_check_source: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub products: String,
    /// `domain::listing::TargetGroup::join`'s form.
    pub target_groups: String,
    pub target_group_employees: Option<i32>,
    /// `MM-DD` (`domain::listing::YearEnd`).
    pub year_end: Option<String>,
    pub reported_through: Option<i32>,
    /// The due date whose reminder was sent (claimed before sending).
    pub reminder_sent_for: Option<Date>,
    /// The applicant: not public.
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub confirm_token_hash: Option<String>,
    pub applicant_token_hash: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub assessment_summary: Option<String>,
    pub listed_at: Option<DateTimeUtc>,
    /// See `domain::text::search_terms`, indexed by full text (migration 13); maintained by `registry::queries::derived_columns`.
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
        if let (Some(name), Some(city), Some(products), Some(da), Some(en)) = (
            self.name.try_as_ref(),
            self.city.try_as_ref(),
            self.products.try_as_ref(),
            self.description_da.try_as_ref(),
            self.description_en.try_as_ref(),
        ) {
            let (search_text, sort_key) = derived_columns(name, city, products, da, en.as_deref());
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
    products: &str,
    description_da: &str,
    description_en: Option<&str>,
) -> (String, String) {
    use crate::domain::text::{danish_sort_key, search_terms};
    let search_text = search_terms(&format!(
        "{name} {city} {products} {description_da} {}",
        description_en.unwrap_or_default()
    ));
    (search_text, danish_sort_key(name))
}
