//! SeaORM entities: the database tables as Rust types. Server only.
pub mod assessment_draft;
pub mod audit_log;
pub mod company;
pub mod company_event;
pub mod company_logo;
pub mod discount_rate;
pub mod enquiry;
pub mod enquiry_event;
pub mod form_retry;
pub mod job_run;
pub mod municipality;
pub mod outbox_email;
pub mod password_reset;
pub mod routing_rule;
pub mod staff_session;
pub mod staff_user;
