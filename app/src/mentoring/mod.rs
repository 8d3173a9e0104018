//! The mentor scheme (issue 12): mentors from local businesses, enterprises' requests for
//! one, suggestions with reasons, mentorships followed to their evaluation. Built in steps:
//! so far the repository's reads for suggestions (`queries`); pages, server functions and
//! jobs follow the other features' shape.
#[cfg(feature = "ssr")]
pub mod queries;
