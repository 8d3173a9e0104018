//! The wizard's questions, as data: each step's fields with label, help text and kind. The
//! step page renders them; the names are those `form::parse_draft` reads.
use super::api::Step;
use crate::i18n::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One of several, as radio buttons: (value, label).
    Choice(&'static [(&'static str, Msg)]),
    YesNo,
    /// Kroner as typed, Danish or English notation.
    Amount,
    Percent,
    Date,
    /// Any of several, as checkboxes named `<name>_<value>`.
    Checks(&'static [(&'static str, Msg)]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub name: &'static str,
    pub label: Msg,
    pub help: Msg,
    pub kind: Kind,
}

const LEGAL_FORMS: &[(&str, Msg)] = &[
    ("aps", Msg::FormAps),
    ("as", Msg::FormAs),
    ("ps", Msg::FormPs),
    ("amba", Msg::FormAmba),
    ("fmba", Msg::FormFmba),
    ("ks", Msg::FormKs),
    ("is", Msg::FormIs),
    ("forening", Msg::FormForening),
    ("erhvervsdrivende_fond", Msg::FormFond),
    ("selvejende_institution", Msg::FormSelvejende),
    ("enkeltmandsvirksomhed", Msg::FormEnkeltmand),
    ("pmv", Msg::FormPmv),
    ("sameje", Msg::FormSameje),
];

const AIMS: &[(&str, Msg)] = &[
    ("social", Msg::PurposeSocial),
    ("employment", Msg::PurposeEmployment),
    ("health", Msg::PurposeHealth),
    ("environmental", Msg::PurposeEnvironmental),
    ("cultural", Msg::PurposeCultural),
    ("other", Msg::AimOther),
];

const STAKEHOLDERS: &[(&str, Msg)] = &[
    ("employees", Msg::StakeholderEmployees),
    ("customers", Msg::StakeholderCustomers),
    ("partners", Msg::StakeholderPartners),
    ("users", Msg::StakeholderUsers),
    ("volunteers", Msg::StakeholderVolunteers),
    ("local_community", Msg::StakeholderLocalCommunity),
];

const fn q(name: &'static str, label: Msg, help: Msg, kind: Kind) -> Question {
    Question {
        name,
        label,
        help,
        kind,
    }
}

const LEGAL_FORM: &[Question] = &[q(
    "legal_form",
    Msg::QLegalForm,
    Msg::HelpLegalForm,
    Kind::Choice(LEGAL_FORMS),
)];

const PURPOSE: &[Question] = &[
    q(
        "primary_aim",
        Msg::QPrimaryAim,
        Msg::HelpPrimaryAim,
        Kind::Choice(AIMS),
    ),
    q(
        "in_statutes",
        Msg::QInStatutes,
        Msg::HelpInStatutes,
        Kind::YesNo,
    ),
];

const COMMERCIAL: &[Question] = &[
    q(
        "sales_revenue",
        Msg::QSalesRevenue,
        Msg::HelpSalesRevenue,
        Kind::Amount,
    ),
    q(
        "total_revenue",
        Msg::QTotalRevenue,
        Msg::HelpTotalRevenue,
        Kind::Amount,
    ),
];

const INDEPENDENCE: &[Question] = &[
    q(
        "public_ownership_pct",
        Msg::QPublicOwnership,
        Msg::HelpPublicOwnership,
        Kind::Percent,
    ),
    q(
        "public_appointed_board_pct",
        Msg::QPublicBoard,
        Msg::HelpPublicBoard,
        Kind::Percent,
    ),
    q(
        "public_votes_pct",
        Msg::QPublicVotes,
        Msg::HelpPublicVotes,
        Kind::Percent,
    ),
    q(
        "public_control_otherwise",
        Msg::QPublicControl,
        Msg::HelpPublicControl,
        Kind::YesNo,
    ),
];

const GOVERNANCE: &[Question] = &[
    q(
        "involves",
        Msg::QInvolves,
        Msg::HelpInvolves,
        Kind::Checks(STAKEHOLDERS),
    ),
    q(
        "ethical_guidelines",
        Msg::QEthicalGuidelines,
        Msg::HelpEthicalGuidelines,
        Kind::YesNo,
    ),
];

const PROFIT: &[Question] = &[
    q(
        "paid_in_capital",
        Msg::QPaidInCapital,
        Msg::HelpPaidInCapital,
        Kind::Amount,
    ),
    q(
        "profit_after_tax",
        Msg::QProfitAfterTax,
        Msg::HelpProfitAfterTax,
        Kind::Amount,
    ),
    q("dividend", Msg::QDividend, Msg::HelpDividend, Kind::Amount),
    q(
        "decided_on",
        Msg::QDecidedOn,
        Msg::HelpDecidedOn,
        Kind::Date,
    ),
];

pub fn questions(step: Step) -> &'static [Question] {
    match step {
        Step::LegalForm => LEGAL_FORM,
        Step::Purpose => PURPOSE,
        Step::Commercial => COMMERCIAL,
        Step::Independence => INDEPENDENCE,
        Step::Governance => GOVERNANCE,
        Step::Profit => PROFIT,
    }
}

/// The step a criterion is asked on.
pub fn step_title(step: Step) -> Msg {
    match step {
        Step::LegalForm => Msg::StepTitleLegalForm,
        Step::Purpose => Msg::StepTitlePurpose,
        Step::Commercial => Msg::StepTitleCommercial,
        Step::Independence => Msg::StepTitleIndependence,
        Step::Governance => Msg::StepTitleGovernance,
        Step::Profit => Msg::StepTitleProfit,
    }
}

pub fn step_intro(step: Step) -> Msg {
    match step {
        Step::LegalForm => Msg::StepIntroLegalForm,
        Step::Purpose => Msg::StepIntroPurpose,
        Step::Commercial => Msg::StepIntroCommercial,
        Step::Independence => Msg::StepIntroIndependence,
        Step::Governance => Msg::StepIntroGovernance,
        Step::Profit => Msg::StepIntroProfit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::api::DraftAnswers;
    use crate::assessment::form::{
        AIMS as FORM_AIMS, STAKEHOLDERS as FORM_STAKEHOLDERS, parse_draft,
    };
    use crate::domain::company::LegalForm;

    /// Every choice the page offers is one the parser accepts, and the other way round.
    #[test]
    fn the_questions_offer_exactly_what_the_parser_reads() {
        assert_eq!(LEGAL_FORMS.len(), LegalForm::ALL.len());
        for (code, _) in LEGAL_FORMS {
            assert!(LegalForm::from_code(code).is_some(), "{code}");
        }
        let aims: Vec<&str> = AIMS.iter().map(|(c, _)| *c).collect();
        let parser_aims: Vec<&str> = FORM_AIMS.iter().map(|(_, c)| *c).collect();
        assert_eq!(aims, parser_aims);
        let groups: Vec<&str> = STAKEHOLDERS.iter().map(|(c, _)| *c).collect();
        let parser_groups: Vec<&str> = FORM_STAKEHOLDERS.iter().map(|(_, c)| *c).collect();
        assert_eq!(groups, parser_groups);
    }

    /// Answering every question of a step with a valid value leaves no error and fills the
    /// step's section of the answers.
    #[test]
    fn every_step_is_complete_when_its_questions_are_answered() {
        for step in Step::ALL {
            let mut values = std::collections::BTreeMap::new();
            for question in questions(step) {
                let value = match question.kind {
                    Kind::Choice(options) => options[0].0.to_owned(),
                    Kind::YesNo => "yes".to_owned(),
                    Kind::Amount => "1000".to_owned(),
                    Kind::Percent => "0".to_owned(),
                    Kind::Date => "2025-09-01".to_owned(),
                    Kind::Checks(options) => {
                        values.insert(format!("{}_{}", question.name, options[0].0), "on".into());
                        continue;
                    }
                };
                values.insert(question.name.to_owned(), value);
            }
            let mut draft = DraftAnswers::default();
            draft.steps.insert(step, values);
            let parsed = parse_draft(&draft);
            assert!(parsed.errors.is_empty(), "{step:?}: {:?}", parsed.errors);
            let a = &parsed.answers;
            let filled = match step {
                Step::LegalForm => a.legal_form.is_some(),
                Step::Purpose => a.purpose.is_some(),
                Step::Commercial => a.commercial.is_some(),
                Step::Independence => a.independence.is_some(),
                Step::Governance => a.governance.is_some(),
                Step::Profit => a.profit.is_some(),
            };
            assert!(filled, "{step:?}");
        }
    }
}
