//! Building blocks shared by every page.
mod after_press;
mod control;
mod error_notice;
mod field;
mod get_form;
mod id_param;
mod language_switch;
mod layout;
mod localized_text;
mod page_title;
mod rsv_badge;
mod set_language;

pub use control::Control;
pub use error_notice::ErrorNotice;
pub use field::{ChoiceField, Field, Label, choice, field_error};
pub use get_form::without_unnamed_button;
pub use id_param::use_id_param;
pub use language_switch::LanguageSwitch;
pub use layout::Layout;
pub use localized_text::LocalizedText;
pub use page_title::PageTitle;
pub use rsv_badge::RsvBadge;
pub use set_language::{SetLanguage, set_language};
