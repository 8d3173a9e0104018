//! The listings' server functions, one per file: the applicant's (public, or behind the
//! emailed links) and the staff's (contacts and admins of the listing's municipality).
mod answer_listing;
mod application_status;
mod change_listing_logo;
mod change_logo;
mod confirm_listing;
mod edit_listing;
mod listing_for_review;
mod listing_form_data;
mod review_queue;
mod submit_listing;
mod take_listing_step;

pub use answer_listing::{AnswerListing, answer_listing};
pub use application_status::{ApplicationStatusFn, application_status};
pub use change_listing_logo::{ChangeListingLogo, change_listing_logo};
pub use change_logo::{ChangeLogo, change_logo};
pub use confirm_listing::{ConfirmListing, confirm_listing};
pub use edit_listing::{EditListing, edit_listing};
pub use listing_for_review::{ListingForReviewFn, listing_for_review};
pub use listing_form_data::{ListingFormDataFn, listing_form_data};
pub use review_queue::{ReviewQueueFn, review_queue};
pub use submit_listing::{SubmitListing, submit_listing};
pub use take_listing_step::{TakeListingStep, take_listing_step};

/// The logo form's fields, its file read up to the logo's limit (a larger one is refused
/// as soon as it passes it).
#[cfg(feature = "ssr")]
async fn read_logo_form(
    data: leptos::server_fn::codec::MultipartData,
) -> Result<crate::form::upload::Upload, crate::error::AppError> {
    use crate::listing::logo::MAX_BYTES;
    let upload = crate::form::upload::read(data, "logo", MAX_BYTES).await?;
    if upload.too_large {
        return Err(crate::error::AppError::invalid(
            "logo",
            crate::i18n::Msg::ErrorLogoTooLarge,
        ));
    }
    Ok(upload)
}

/// `remove` pressed: the logo taken away; else the chosen file.
#[cfg(feature = "ssr")]
fn logo_change(upload: crate::form::upload::Upload) -> crate::listing::queries::LogoChange {
    use crate::listing::queries::LogoChange;
    match upload.field("remove") {
        Some(_) => LogoChange::Remove,
        None => LogoChange::Upload(upload.file),
    }
}
