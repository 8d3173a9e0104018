//! Vocabulary shared by the registry and the self-assessment: company forms and purposes.
use serde::{Deserialize, Serialize};

/// Company forms (selskabsformer). The stable codes are the JSON API's and the database's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    Aps,
    As,
    Ps,
    Amba,
    Fmba,
    Ks,
    Is,
    Forening,
    ErhvervsdrivendeFond,
    SelvejendeInstitution,
    Enkeltmandsvirksomhed,
    Pmv,
    Sameje,
}

impl LegalForm {
    pub const ALL: [LegalForm; 13] = [
        Self::Aps,
        Self::As,
        Self::Ps,
        Self::Amba,
        Self::Fmba,
        Self::Ks,
        Self::Is,
        Self::Forening,
        Self::ErhvervsdrivendeFond,
        Self::SelvejendeInstitution,
        Self::Enkeltmandsvirksomhed,
        Self::Pmv,
        Self::Sameje,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Aps => "aps",
            Self::As => "as",
            Self::Ps => "ps",
            Self::Amba => "amba",
            Self::Fmba => "fmba",
            Self::Ks => "ks",
            Self::Is => "is",
            Self::Forening => "forening",
            Self::ErhvervsdrivendeFond => "erhvervsdrivende_fond",
            Self::SelvejendeInstitution => "selvejende_institution",
            Self::Enkeltmandsvirksomhed => "enkeltmandsvirksomhed",
            Self::Pmv => "pmv",
            Self::Sameje => "sameje",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The abbreviation Danes write after a company name; the same in both languages.
    pub fn abbreviation(self) -> &'static str {
        match self {
            Self::Aps => "ApS",
            Self::As => "A/S",
            Self::Ps => "P/S",
            Self::Amba => "A.m.b.A.",
            Self::Fmba => "F.m.b.A.",
            Self::Ks => "K/S",
            Self::Is => "I/S",
            Self::Forening => "Forening",
            Self::ErhvervsdrivendeFond => "Erhvervsdrivende fond",
            Self::SelvejendeInstitution => "Selvejende institution",
            Self::Enkeltmandsvirksomhed => "Enkeltmandsvirksomhed",
            Self::Pmv => "PMV",
            Self::Sameje => "Sameje",
        }
    }
}

/// The primary aim of a social-economy enterprise (Act no. 711 of 2014, § 5(1)(1)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    Social,
    Employment,
    Health,
    Environmental,
    Cultural,
}

impl Purpose {
    pub const ALL: [Purpose; 5] = [
        Self::Social,
        Self::Employment,
        Self::Health,
        Self::Environmental,
        Self::Cultural,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Social => "social",
            Self::Employment => "employment",
            Self::Health => "health",
            Self::Environmental => "environmental",
            Self::Cultural => "cultural",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_match_serde() {
        for form in LegalForm::ALL {
            assert_eq!(LegalForm::from_code(form.code()), Some(form));
            assert_eq!(
                serde_json::to_string(&form).unwrap(),
                format!("\"{}\"", form.code())
            );
        }
        for purpose in Purpose::ALL {
            assert_eq!(Purpose::from_code(purpose.code()), Some(purpose));
            assert_eq!(
                serde_json::to_string(&purpose).unwrap(),
                format!("\"{}\"", purpose.code())
            );
        }
        assert_eq!(LegalForm::from_code("gmbh"), None);
    }
}
