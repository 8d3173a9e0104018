//! What a company states about itself: its RSV status and whom it employs.
use serde::{Deserialize, Serialize};

/// The company's RSV status with the Danish Business Authority, as the company states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RsvStatus {
    Registered,
    Applied,
    NotRegistered,
}

impl RsvStatus {
    pub const ALL: [RsvStatus; 3] = [Self::Registered, Self::Applied, Self::NotRegistered];

    pub fn code(self) -> &'static str {
        match self {
            Self::Registered => "registered",
            Self::Applied => "applied",
            Self::NotRegistered => "not_registered",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The people at the edge of the labour market a company may employ (DOMAIN.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    /// Early retirement pension, sheltered employment included.
    EarlyRetirement,
    ResourceProgramme,
    FlexJob,
    CashBenefit,
    /// Outside the system: homeless, people with addiction.
    Vulnerable,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 5] = [
        Self::EarlyRetirement,
        Self::ResourceProgramme,
        Self::FlexJob,
        Self::CashBenefit,
        Self::Vulnerable,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::EarlyRetirement => "early_retirement",
            Self::ResourceProgramme => "resource_programme",
            Self::FlexJob => "flex_job",
            Self::CashBenefit => "cash_benefit",
            Self::Vulnerable => "vulnerable",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }

    /// The database's form: codes separated by commas, in `ALL`'s order.
    pub fn join(groups: &[TargetGroup]) -> String {
        Self::ALL
            .into_iter()
            .filter(|g| groups.contains(g))
            .map(Self::code)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads `join`'s form; unknown codes are skipped.
    pub fn split(codes: &str) -> Vec<TargetGroup> {
        codes.split(',').filter_map(Self::from_code).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back() {
        for s in RsvStatus::ALL {
            assert_eq!(RsvStatus::from_code(s.code()), Some(s));
        }
        let groups = [TargetGroup::Vulnerable, TargetGroup::FlexJob];
        assert_eq!(TargetGroup::join(&groups), "flex_job,vulnerable");
        assert_eq!(
            TargetGroup::split("flex_job,nonsense,vulnerable"),
            [TargetGroup::FlexJob, TargetGroup::Vulnerable]
        );
        assert_eq!(TargetGroup::split(""), []);
    }
}
