//! CVR numbers (the Danish company register's identifier): eight digits whose weighted sum
//! with weights 2,7,6,5,4,3,2,1 is divisible by 11. A valid checksum does not prove that
//! the company exists.
use serde::{Deserialize, Serialize};
use std::fmt;

const WEIGHTS: [u32; 8] = [2, 7, 6, 5, 4, 3, 2, 1];

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Cvr(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CvrError {
    #[error("a CVR number has exactly eight digits")]
    Format,
    #[error("the CVR number's check digit does not match")]
    Checksum,
}

impl Cvr {
    /// Accepts "13748136", "1374 8136" and "DK13748136": people copy CVR numbers from
    /// invoices, where spaces and the VAT prefix are common.
    pub fn parse(input: &str) -> Result<Self, CvrError> {
        let trimmed = input.trim();
        let without_prefix = trimmed
            .strip_prefix("DK")
            .or_else(|| trimmed.strip_prefix("dk"))
            .unwrap_or(trimmed);
        let digits: String = without_prefix
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CvrError::Format);
        }
        if !weighted_sum(digits.as_bytes()).is_multiple_of(11) {
            return Err(CvrError::Checksum);
        }
        Ok(Self(digits))
    }

    /// The check digit that completes seven digits, or `None` where no digit can (the
    /// remainder would need a "10"); such numbers are never issued.
    pub fn check_digit(first_seven: &[u8; 7]) -> Option<u8> {
        let sum: u32 = first_seven
            .iter()
            .zip(WEIGHTS)
            .map(|(d, w)| u32::from(*d) * w)
            .sum();
        let digit = (11 - sum % 11) % 11;
        (digit < 10).then_some(digit as u8)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn weighted_sum(ascii_digits: &[u8]) -> u32 {
    ascii_digits
        .iter()
        .zip(WEIGHTS)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum()
}

impl fmt::Display for Cvr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Cvr {
    type Error = CvrError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Cvr> for String {
    fn from(value: Cvr) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_business_authoritys_example() {
        assert_eq!(Cvr::parse("13748136").unwrap().as_str(), "13748136");
    }

    #[test]
    fn rejects_a_wrong_check_digit() {
        assert_eq!(Cvr::parse("10000000"), Err(CvrError::Checksum));
        assert_eq!(Cvr::parse("13748137"), Err(CvrError::Checksum));
    }

    #[test]
    fn rejects_wrong_length_and_letters() {
        for bad in ["", "1374813", "137481360", "1374813a", "１３７４８１３６"] {
            assert_eq!(Cvr::parse(bad), Err(CvrError::Format), "{bad:?}");
        }
    }

    #[test]
    fn tolerates_spaces_and_the_vat_prefix() {
        assert_eq!(Cvr::parse(" DK 1374 8136 ").unwrap().as_str(), "13748136");
        assert_eq!(Cvr::parse("dk13748136").unwrap().as_str(), "13748136");
    }

    #[test]
    fn check_digit_completes_a_valid_number() {
        assert_eq!(Cvr::check_digit(&[1, 3, 7, 4, 8, 1, 3]), Some(6));
        // 1000000: weighted sum 2, remainder needs 9.
        assert_eq!(Cvr::check_digit(&[1, 0, 0, 0, 0, 0, 0]), Some(9));
        assert!(Cvr::parse("10000009").is_ok());
        assert_eq!(Cvr::check_digit(&[0, 0, 0, 0, 0, 0, 0]), Some(0));
        // 6 * 2 = 12, remainder 1: only a "10" would complete it.
        assert_eq!(Cvr::check_digit(&[6, 0, 0, 0, 0, 0, 0]), None);
    }

    #[test]
    fn serde_round_trip_validates() {
        let cvr: Cvr = serde_json::from_str("\"13748136\"").unwrap();
        assert_eq!(serde_json::to_string(&cvr).unwrap(), "\"13748136\"");
        assert!(serde_json::from_str::<Cvr>("\"10000000\"").is_err());
    }
}
