//! Admins: the discount-rate table, one server function per file.
mod list_discount_rates;
mod save_discount_rate;

pub use list_discount_rates::{ListDiscountRates, list_discount_rates};
pub use save_discount_rate::{SaveDiscountRate, save_discount_rate};
