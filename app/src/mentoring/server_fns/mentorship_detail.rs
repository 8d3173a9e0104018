use crate::error::AppError;
use crate::mentoring::api::MentorshipDetail;
use leptos::prelude::*;

/// Contacts and admins of the mentorship's municipality: the mentorship with its meetings
/// and the sides' evaluations (`retry`: the meeting form as typed when a post without
/// JavaScript came back; `reason_retry`: a cancellation's reason likewise).
#[server(MentorshipDetailFn, prefix = "/api", endpoint = "staff/mentorship")]
pub async fn mentorship_detail(
    id: i32,
    #[server(default)] retry: Option<String>,
    #[server(default)] reason_retry: Option<String>,
) -> Result<MentorshipDetail, AppError> {
    use crate::account::api::Role;
    crate::form::respond(
        async {
            let user = crate::account::auth::require(&Role::REVIEWERS).await?;
            let db = crate::db::use_db()?;
            // Read (and the user's right to it checked) before what was typed is taken.
            let mut detail = crate::mentoring::queries::mentorship_detail(&db, &user, id).await?;
            if let Some(token) = retry {
                let key = super::meeting_retry(id);
                if let Some(typed) =
                    crate::form::retry::take(&db, &key, &token, chrono::Utc::now()).await?
                {
                    detail.meeting_form = typed;
                }
            }
            if let Some(token) = reason_retry {
                let key = super::cancel_retry(id);
                let kept: Option<crate::mentoring::api::CancelForm> =
                    crate::form::retry::take(&db, &key, &token, chrono::Utc::now()).await?;
                detail.cancel_reason_typed = kept.map(|k| k.reason).unwrap_or_default();
            }
            Ok(detail)
        }
        .await,
    )
}
