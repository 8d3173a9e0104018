//! Words for the domain's vocabulary, shared by pages and reasons.
use super::Msg;
use crate::domain::company::Purpose;

pub fn purpose_msg(purpose: Purpose) -> Msg {
    match purpose {
        Purpose::Social => Msg::PurposeSocial,
        Purpose::Employment => Msg::PurposeEmployment,
        Purpose::Health => Msg::PurposeHealth,
        Purpose::Environmental => Msg::PurposeEnvironmental,
        Purpose::Cultural => Msg::PurposeCultural,
    }
}
