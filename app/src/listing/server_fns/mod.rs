//! The listings' server functions, one per file: the applicant's (public, or behind the
//! emailed links) and the staff's (contacts and admins of the listing's municipality).
mod answer_listing;
mod application_status;
mod confirm_listing;
mod edit_listing;
mod listing_for_review;
mod listing_form_data;
mod review_queue;
mod submit_listing;
mod take_listing_step;

pub use answer_listing::{AnswerListing, answer_listing};
pub use application_status::{ApplicationStatusFn, application_status};
pub use confirm_listing::{ConfirmListing, confirm_listing};
pub use edit_listing::{EditListing, edit_listing};
pub use listing_for_review::{ListingForReviewFn, listing_for_review};
pub use listing_form_data::{ListingFormDataFn, listing_form_data};
pub use review_queue::{ReviewQueueFn, review_queue};
pub use submit_listing::{SubmitListing, submit_listing};
pub use take_listing_step::{TakeListingStep, take_listing_step};
