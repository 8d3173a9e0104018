//! Pure rules: no I/O, no framework. Compiled into both the WASM bundle and the server, so
//! the browser and the server always agree.
pub mod anonymised;
pub mod business_days;
pub mod company;
pub mod cvr;
pub mod dates;
pub mod eligibility;
pub mod enquiry;
pub mod events;
pub mod listing;
pub mod mentoring;
pub mod text;
