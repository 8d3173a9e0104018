use crate::error::AppError;
use crate::mentoring::api::MyMentorPage;
use leptos::prelude::*;

/// Public to whoever holds the mentor's private link: their entry and availability (or,
/// `retry`, the availability as typed in a form posted without JavaScript that had errors);
/// their mentorships with their meetings (`meeting_retry`: a meeting form likewise).
#[server(MyMentorPageFn, prefix = "/api", endpoint = "mentors/me")]
pub async fn my_mentor_page(
    token: String,
    #[server(default)] retry: Option<String>,
    #[server(default)] meeting_retry: Option<String>,
) -> Result<MyMentorPage, AppError> {
    crate::form::respond(
        async {
            let db = crate::db::use_db()?;
            let now = chrono::Utc::now();
            // The link checked before anything typed is taken.
            let mut page = crate::mentoring::queries::my_page(&db, &token, None).await?;
            if let Some(retry) = meeting_retry {
                let key = super::my_meeting_retry(&token);
                let kept: Option<super::KeptMeeting> =
                    crate::form::retry::take(&db, &key, &retry, now).await?;
                page.meeting_form = kept.map(|k| (k.mentorship, k.form));
            }
            if let Some(retry) = retry {
                let key = super::availability_retry(&token);
                if let Some(typed) = crate::form::retry::take(&db, &key, &retry, now).await? {
                    page.availability = typed;
                }
            }
            Ok(page)
        }
        .await,
    )
}
