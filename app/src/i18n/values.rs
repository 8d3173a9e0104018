//! Values written the reader's way: money, percentages and dates in Danish or English
//! notation, for the placeholders of a message.
use super::{Lang, Msg};
use crate::domain::eligibility::money::{Dkk, Percent};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A value in a message, formatted for the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    Money(Dkk),
    Percent(Percent),
    Date(NaiveDate),
    Text(String),
    Word(Msg),
}

impl Arg {
    pub fn format(&self, lang: Lang) -> String {
        let danish = lang == Lang::Da;
        match self {
            Arg::Money(amount) if danish => format!("{} kr.", amount.format(true)),
            Arg::Money(amount) => format!("DKK {}", amount.format(false)),
            Arg::Percent(pct) if danish => format!("{} %", pct.format(true, 2)),
            Arg::Percent(pct) => format!("{}%", pct.format(false, 2)),
            Arg::Date(day) => lang.date(*day),
            Arg::Text(text) => text.clone(),
            Arg::Word(msg) => lang.t(*msg).to_owned(),
        }
    }
}
