//! The enquiries' public server functions, one per file.
mod enquiry_form_data;
mod enquiry_status;
mod submit_enquiry;

pub use enquiry_form_data::{EnquiryFormDataFn, enquiry_form_data};
pub use enquiry_status::{EnquiryStatusFn, enquiry_status};
pub use submit_enquiry::{SubmitEnquiry, submit_enquiry};
