//! The mentor scheme's rules (issue 12): what mentors offer and enterprises ask for, the
//! suggestion of mentors for a request with the reasons for each (`matching`), and a
//! mentorship's life (`mentorship`). Pure: no I/O, no presentation.
pub mod matching;
pub mod mentor;
pub mod mentorship;
pub mod results;

#[cfg(test)]
mod tests;

/// Kinds of help a mentor offers and an enterprise asks for.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Expertise {
    BusinessPlanning,
    MarketingSales,
    FinanceFunding,
    LegalCompanyForm,
    LocalNetwork,
    ManagementHr,
    ProductionOperations,
}

impl Expertise {
    pub const ALL: [Expertise; 7] = [
        Self::BusinessPlanning,
        Self::MarketingSales,
        Self::FinanceFunding,
        Self::LegalCompanyForm,
        Self::LocalNetwork,
        Self::ManagementHr,
        Self::ProductionOperations,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::BusinessPlanning => "business_planning",
            Self::MarketingSales => "marketing_sales",
            Self::FinanceFunding => "finance_funding",
            Self::LegalCompanyForm => "legal_company_form",
            Self::LocalNetwork => "local_network",
            Self::ManagementHr => "management_hr",
            Self::ProductionOperations => "production_operations",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.code() == code)
    }
}

/// The trade an enterprise is in, and the trades a mentor knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sector {
    FoodHospitality,
    RetailSecondHand,
    CraftsProduction,
    CareHealth,
    CultureLeisure,
    GreenRecycling,
    ServicesDigital,
    Other,
}

impl Sector {
    pub const ALL: [Sector; 8] = [
        Self::FoodHospitality,
        Self::RetailSecondHand,
        Self::CraftsProduction,
        Self::CareHealth,
        Self::CultureLeisure,
        Self::GreenRecycling,
        Self::ServicesDigital,
        Self::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::FoodHospitality => "food_hospitality",
            Self::RetailSecondHand => "retail_second_hand",
            Self::CraftsProduction => "crafts_production",
            Self::CareHealth => "care_health",
            Self::CultureLeisure => "culture_leisure",
            Self::GreenRecycling => "green_recycling",
            Self::ServicesDigital => "services_digital",
            Self::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Codes in a stored list (`"a,b"`), unknown ones dropped, order and repeats kept out.
pub fn split_codes<T: Ord>(stored: &str, from_code: impl Fn(&str) -> Option<T>) -> Vec<T> {
    let mut items: Vec<T> = stored
        .split(',')
        .filter_map(|code| from_code(code.trim()))
        .collect();
    items.sort();
    items.dedup();
    items
}
