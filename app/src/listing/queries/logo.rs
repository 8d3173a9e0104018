//! A listing's logo: put or taken away by the applicant while the application is open, or
//! by a member of staff who reviews it; shown publicly once the company is listed.
use super::{by_private_token, reviewed, status_of};
use crate::account::api::CurrentUser;
use crate::audit::{self, Entry};
use crate::domain::listing::{By, ListingStatus, Step};
use crate::entities::{company, company_logo};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::listing::logo::{self, Logo, LogoError};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

/// What is done with the logo: a new picture (the uploaded file's bytes), or none.
pub enum LogoChange {
    Upload(Vec<u8>),
    Remove,
}

/// Decoding a picture takes up to 64 MB and a second of a core: one at a time, so uploads
/// can neither fill the memory nor take both cores from the pages.
static DECODING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);

/// The applicant, through the private link, while the application is open.
pub async fn change_logo_as_applicant(
    db: &impl crate::db::Transactional,
    private_token: &str,
    change: LogoChange,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    // The link and the application's state are checked before the picture is decoded, and
    // again where it is stored.
    open_application(db, private_token).await?;
    let logo = decoded(change).await?;
    crate::db::write(db, async |db| {
        let row = open_application(db, private_token).await?;
        store(db, row.id, logo, now).await
    })
    .await
}

/// A member of staff who reviews the listing, while it may be corrected; audited.
pub async fn change_logo_as_staff(
    db: &impl crate::db::Transactional,
    staff: &CurrentUser,
    company_id: i32,
    change: LogoChange,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    editable(db, staff, company_id).await?;
    let logo = decoded(change).await?;
    crate::db::write(db, async |db| {
        let row = editable(db, staff, company_id).await?;
        let size = logo.as_ref().map(|l| format!("{}x{}", l.width, l.height));
        store(db, row.id, logo, now).await?;
        audit::record(
            db,
            Entry {
                municipality_id: Some(row.municipality_id),
                actor_id: Some(staff.id),
                action: "listing.logo",
                subject: format!("company:{}", row.id),
                detail: json!({ "logo": size }),
            },
        )
        .await
    })
    .await
}

/// The application behind the private link, while it is open.
async fn open_application(
    db: &impl ConnectionTrait,
    private_token: &str,
) -> Result<company::Model, AppError> {
    let row = by_private_token(db, private_token).await?;
    match status_of(&row)?.is_open_application() {
        true => Ok(row),
        false => Err(AppError::invalid("logo", Msg::ErrorStepNotAllowed)),
    }
}

/// A listing the member of staff reviews, while it may be corrected.
async fn editable(
    db: &impl ConnectionTrait,
    staff: &CurrentUser,
    company_id: i32,
) -> Result<company::Model, AppError> {
    let row = reviewed(db, staff, company_id).await?;
    match status_of(&row)?.after(Step::Edit, By::Staff) {
        Ok(_) => Ok(row),
        Err(_) => Err(AppError::invalid("logo", Msg::ErrorStepNotAllowed)),
    }
}

/// The logo of a listed company, by CVR number: its PNG and when it last changed (for the
/// cache). Nothing for any other company.
pub async fn published_logo(
    db: &impl ConnectionTrait,
    cvr: &str,
) -> Result<Option<company_logo::Model>, AppError> {
    let Some(row) = company::Entity::find()
        .filter(company::Column::Cvr.eq(cvr))
        .filter(company::Column::Status.eq(ListingStatus::Published.code()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(company_logo::Entity::find_by_id(row.id).one(db).await?)
}

/// The logo of one company as a `data:` URL, for the private pages that show an
/// application before it is public (the applicant's, the reviewer's).
pub async fn logo_data_url(
    db: &impl ConnectionTrait,
    company_id: i32,
) -> Result<Option<String>, AppError> {
    use base64::Engine;
    Ok(company_logo::Entity::find_by_id(company_id)
        .one(db)
        .await?
        .map(|logo| {
            let data = base64::engine::general_purpose::STANDARD.encode(&logo.png);
            format!("data:image/png;base64,{data}")
        }))
}

/// Decoded outside any transaction (the picture's work holds no connection), on the
/// blocking pool (it would stall the requests sharing its thread), one at a time.
async fn decoded(change: LogoChange) -> Result<Option<Logo>, AppError> {
    let LogoChange::Upload(bytes) = change else {
        return Ok(None);
    };
    let _turn = DECODING.acquire().await.map_err(|_| AppError::Internal)?;
    tokio::task::spawn_blocking(move || logo::reencode(&bytes))
        .await
        .map_err(|_| AppError::Internal)?
        .map(Some)
        .map_err(|error| AppError::invalid("logo", logo_message(error)))
}

fn logo_message(error: LogoError) -> Msg {
    match error {
        LogoError::Missing => Msg::ErrorLogoMissing,
        LogoError::TooLarge => Msg::ErrorLogoTooLarge,
        LogoError::NotAPicture => Msg::ErrorLogoNotAPicture,
        LogoError::TooManyPixels => Msg::ErrorLogoTooManyPixels,
        LogoError::Unreadable => Msg::ErrorLogoUnreadable,
    }
}

/// Puts the logo (or takes it away). The listing's facts, and so its version and its place
/// in the review queue, stay as they are.
async fn store(
    db: &impl ConnectionTrait,
    company_id: i32,
    logo: Option<Logo>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    match logo {
        Some(logo) => {
            let model = company_logo::ActiveModel {
                company_id: Set(company_id),
                png: Set(logo.png),
                width: Set(logo.width as i32),
                height: Set(logo.height as i32),
                updated_at: Set(now),
            };
            company_logo::Entity::insert(model)
                .on_conflict(
                    OnConflict::column(company_logo::Column::CompanyId)
                        .update_columns([
                            company_logo::Column::Png,
                            company_logo::Column::Width,
                            company_logo::Column::Height,
                            company_logo::Column::UpdatedAt,
                        ])
                        .to_owned(),
                )
                .exec(db)
                .await?;
        }
        None => {
            company_logo::Entity::delete_by_id(company_id)
                .exec(db)
                .await?;
        }
    }
    Ok(())
}
