use crate::error::AppError;
use crate::mentoring::api::EvaluationPage;
use leptos::prelude::*;

/// Public to whoever holds a side's evaluation link: whose mentorship, whether it is
/// answered, and the form (`retry`: as typed when a post without JavaScript came back).
#[server(
    MentorshipEvaluationFn,
    prefix = "/api",
    endpoint = "mentorships/evaluation"
)]
pub async fn mentorship_evaluation(
    token: String,
    #[server(default)] retry: Option<String>,
) -> Result<EvaluationPage, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let kept = match retry {
                Some(retry) => {
                    let key = super::evaluation_retry(&token);
                    crate::form::retry::take(&db, &key, &retry, chrono::Utc::now()).await?
                }
                None => None,
            };
            crate::mentoring::queries::evaluation_page(&db, &token, kept).await
        }
        .await,
    )
}
