use crate::error::AppError;
use crate::mentoring::api::MyMentorPage;
use leptos::prelude::*;

/// Public to whoever holds the mentor's private link: their entry and availability (or,
/// `retry`, the availability as typed in a form posted without JavaScript that had errors).
#[server(MyMentorPageFn, prefix = "/api", endpoint = "mentors/me")]
pub async fn my_mentor_page(
    token: String,
    #[server(default)] retry: Option<String>,
) -> Result<MyMentorPage, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let mut page = crate::mentoring::queries::my_page(&db, &token).await?;
            if let Some(retry) = retry {
                let key = super::availability_retry(&token);
                if let Some(typed) =
                    crate::form::retry::take(&db, &key, &retry, chrono::Utc::now()).await?
                {
                    page.availability = typed;
                }
            }
            Ok(page)
        }
        .await,
    )
}
