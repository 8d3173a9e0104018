//! The criteria, one boundary at a time.
use super::answers::*;
use super::dividend::DividendInput;
use super::evaluate::*;
use super::money::{Dkk, Percent};
use super::rates::known_rates;
use crate::domain::company::LegalForm;
use crate::i18n::{Lang, Msg};
use chrono::NaiveDate;

/// The example from the issue: eligible on every count.
fn good() -> Answers {
    Answers {
        legal_form: Some(LegalForm::Aps),
        purpose: Some(PurposeAnswers {
            primary_aim: Aim::Social,
            in_statutes: true,
        }),
        commercial: Some(CommercialAnswers {
            sales_revenue: Dkk::from_kroner(900_000),
            total_revenue: Dkk::from_kroner(1_000_000),
        }),
        independence: Some(IndependenceAnswers {
            public_ownership_pct: Percent(0),
            public_appointed_board_pct: Percent(0),
            public_votes_pct: Percent(0),
            public_control_otherwise: false,
        }),
        governance: Some(GovernanceAnswers {
            involves: vec![Stakeholder::Employees, Stakeholder::Customers],
            ethical_guidelines: true,
        }),
        profit: Some(DividendInput {
            paid_in_capital: Dkk::from_kroner(500_000),
            profit_after_tax: Dkk::from_kroner(200_000),
            dividend: Dkk::from_kroner(60_000),
            decided_on: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
        }),
        earlier_years: Vec::new(),
    }
}

fn run(answers: &Answers) -> Evaluation {
    evaluate(answers, &known_rates(), &Settings::default())
}

fn status(answers: &Answers, id: CriterionId) -> Status {
    run(answers)
        .criteria
        .iter()
        .find(|c| c.id == id)
        .unwrap()
        .status
}

fn reasons(answers: &Answers, id: CriterionId) -> Vec<Msg> {
    let evaluation = run(answers);
    let criterion = evaluation.criteria.iter().find(|c| c.id == id).unwrap();
    criterion.reasons.iter().map(|r| r.msg).collect()
}

#[test]
fn the_issue_example_is_eligible_with_every_criterion_in_order() {
    let evaluation = run(&good());
    assert_eq!(evaluation.overall, Overall::Eligible);
    let ids: Vec<CriterionId> = evaluation.criteria.iter().map(|c| c.id).collect();
    assert_eq!(ids, CriterionId::ALL);
    assert!(
        evaluation
            .criteria
            .iter()
            .all(|c| c.status == Status::Met && !c.reasons.is_empty())
    );
    assert_eq!(
        evaluation.dividend.unwrap().max_dividend,
        Dkk::from_kroner(70_000)
    );
}

#[test]
fn nothing_answered_needs_review_everywhere() {
    let evaluation = run(&Answers::default());
    assert_eq!(evaluation.overall, Overall::NeedsReview);
    for c in &evaluation.criteria {
        assert_eq!(c.status, Status::NeedsReview);
        assert_eq!(c.reasons[0].msg, Msg::ReasonMissingAnswer);
    }
}

#[test]
fn one_unmet_criterion_makes_the_whole_not_eligible() {
    let mut a = good();
    a.legal_form = Some(LegalForm::Enkeltmandsvirksomhed);
    a.purpose = None;
    assert_eq!(run(&a).overall, Overall::NotEligible);
}

#[test]
fn legal_forms() {
    let mut a = good();
    for form in LegalForm::ALL {
        a.legal_form = Some(form);
        let expected = match form {
            LegalForm::Enkeltmandsvirksomhed | LegalForm::Pmv | LegalForm::Sameje => Status::NotMet,
            LegalForm::Is => Status::NeedsReview,
            _ => Status::Met,
        };
        assert_eq!(status(&a, CriterionId::LegalForm), expected, "{form:?}");
    }
}

#[test]
fn social_purpose_needs_a_named_aim_written_in_the_statutes() {
    let mut a = good();
    for aim in [
        Aim::Employment,
        Aim::Health,
        Aim::Environmental,
        Aim::Cultural,
    ] {
        a.purpose = Some(PurposeAnswers {
            primary_aim: aim,
            in_statutes: true,
        });
        assert_eq!(status(&a, CriterionId::SocialPurpose), Status::Met);
    }
    a.purpose = Some(PurposeAnswers {
        primary_aim: Aim::Other,
        in_statutes: false,
    });
    assert_eq!(status(&a, CriterionId::SocialPurpose), Status::NotMet);
    assert_eq!(
        reasons(&a, CriterionId::SocialPurpose),
        [Msg::ReasonPurposeOther, Msg::ReasonPurposeNotInStatutes]
    );
}

fn commercial(sales: i64, total: i64) -> Answers {
    Answers {
        commercial: Some(CommercialAnswers {
            sales_revenue: Dkk(sales),
            total_revenue: Dkk(total),
        }),
        ..good()
    }
}

#[test]
fn commercial_share_against_the_guidance_threshold() {
    assert_eq!(
        status(&commercial(0, 1_000), CriterionId::CommercialActivity),
        Status::NotMet
    );
    // Exactly 10 % meets the guidance; a hair below needs review.
    assert_eq!(
        status(&commercial(100, 1_000), CriterionId::CommercialActivity),
        Status::Met
    );
    assert_eq!(
        status(
            &commercial(99_999, 1_000_000),
            CriterionId::CommercialActivity
        ),
        Status::NeedsReview
    );
    assert_eq!(
        status(&commercial(2_000, 1_000), CriterionId::CommercialActivity),
        Status::NeedsReview
    );
    let settings = Settings {
        commercial_share_guidance: Percent::from_points(25),
    };
    let evaluation = evaluate(&commercial(200, 1_000), &known_rates(), &settings);
    assert_eq!(evaluation.criteria[2].status, Status::NeedsReview);
}

#[test]
fn the_share_is_shown_in_the_reason() {
    let evaluation = run(&commercial(90_000_000, 100_000_000));
    let reason = &evaluation.criteria[2].reasons[0];
    assert_eq!(
        reason.text(Lang::Da),
        "Salg udgør 90 % af omsætningen (900.000,00 kr. af 1.000.000,00 kr.)."
    );
    assert_eq!(
        reason.text(Lang::En),
        "Sales make up 90% of revenue (DKK 900,000.00 of DKK 1,000,000.00)."
    );
}

fn independence(own: i64, board: i64, votes: i64, other: bool) -> Answers {
    Answers {
        independence: Some(IndependenceAnswers {
            public_ownership_pct: Percent(own),
            public_appointed_board_pct: Percent(board),
            public_votes_pct: Percent(votes),
            public_control_otherwise: other,
        }),
        ..good()
    }
}

#[test]
fn independence_breaks_at_half() {
    let just_under = 499_999;
    let half = 500_000;
    assert_eq!(
        status(
            &independence(just_under, just_under, just_under, false),
            CriterionId::Independence
        ),
        Status::Met
    );
    assert_eq!(
        status(&independence(half, 0, 0, false), CriterionId::Independence),
        Status::NotMet
    );
    assert_eq!(
        status(&independence(0, half, 0, false), CriterionId::Independence),
        Status::NotMet
    );
    assert_eq!(
        status(&independence(0, 0, half, false), CriterionId::Independence),
        Status::NotMet
    );
    assert_eq!(
        status(&independence(0, 0, 0, true), CriterionId::Independence),
        Status::NotMet
    );
    assert_eq!(
        reasons(
            &independence(half, half, 0, true),
            CriterionId::Independence
        ),
        [
            Msg::ReasonPublicOwnership,
            Msg::ReasonPublicBoard,
            Msg::ReasonPublicControlOtherwise
        ]
    );
    // Public customers and grants are explained as fine.
    assert!(reasons(&good(), CriterionId::Independence).contains(&Msg::ReasonPublicCustomersFine));
}

#[test]
fn governance_needs_someone_involved() {
    let mut a = good();
    a.governance = Some(GovernanceAnswers {
        involves: vec![],
        ethical_guidelines: true,
    });
    assert_eq!(status(&a, CriterionId::Governance), Status::NotMet);
    a.governance = Some(GovernanceAnswers {
        involves: vec![Stakeholder::Volunteers],
        ethical_guidelines: false,
    });
    assert_eq!(status(&a, CriterionId::Governance), Status::NeedsReview);
}

fn dividend(paid_in: i64, profit: i64, dividend: i64, decided_on: (i32, u32, u32)) -> Answers {
    Answers {
        profit: Some(DividendInput {
            paid_in_capital: Dkk::from_kroner(paid_in),
            profit_after_tax: Dkk::from_kroner(profit),
            dividend: Dkk::from_kroner(dividend),
            decided_on: NaiveDate::from_ymd_opt(decided_on.0, decided_on.1, decided_on.2).unwrap(),
        }),
        ..good()
    }
}

#[test]
fn profit_handling_follows_the_dividend_cap() {
    let day = (2025, 9, 1);
    assert_eq!(
        status(&dividend(0, -5, 0, day), CriterionId::ProfitHandling),
        Status::Met
    );
    assert_eq!(
        status(
            &dividend(500_000, 200_000, 70_000, day),
            CriterionId::ProfitHandling
        ),
        Status::Met
    );
    assert_eq!(
        reasons(
            &dividend(500_000, 200_000, 70_001, day),
            CriterionId::ProfitHandling
        ),
        [Msg::ReasonPayoutAboveCap]
    );
    assert_eq!(
        reasons(
            &dividend(100_000, 1_000_000, 20_000, day),
            CriterionId::ProfitHandling
        ),
        [Msg::ReasonReturnAboveCap]
    );
    assert_eq!(
        reasons(&dividend(100_000, -1, 1, day), CriterionId::ProfitHandling),
        [Msg::ReasonDividendLossYear]
    );
    assert_eq!(
        reasons(&dividend(0, 100_000, 1, day), CriterionId::ProfitHandling),
        [Msg::ReasonDividendNoCapital]
    );
    assert_eq!(
        status(
            &dividend(100_000, 100_000, 1, (2011, 1, 1)),
            CriterionId::ProfitHandling
        ),
        Status::NeedsReview
    );
}

#[test]
fn the_breach_reason_names_both_limits_the_rate_row_and_the_largest_dividend() {
    let a = dividend(100_000, 1_000_000, 20_000, (2025, 9, 1));
    let evaluation = run(&a);
    let reason = &evaluation.criteria[5].reasons[0];
    assert_eq!(
        reason.text(Lang::Da),
        "Afkastet på den indskudte kapital er 20 %, over grænsen på 16,6 % (diskontoen 1,6 % fra 6.6.2025 plus 15 procentpoint). Højst 16.600,00 kr. kan udbetales."
    );
    assert_eq!(
        reason.text(Lang::En),
        "The return on paid-in capital is 20%, above the limit of 16.6% (the discount rate of 1.6% from 6 June 2025 plus 15 percentage points). At most DKK 16,600.00 can be paid."
    );
}

#[test]
fn every_reason_fills_every_placeholder_in_both_languages() {
    let cases = [
        good(),
        Answers::default(),
        commercial(1, 1_000),
        commercial(2, 1),
        independence(600_000, 600_000, 600_000, true),
        dividend(100_000, 1_000, 90_000, (2025, 9, 1)),
        dividend(100_000, 100_000, 1, (2011, 1, 1)),
        dividend(0, -1, 1, (2025, 9, 1)),
    ];
    for answers in &cases {
        for criterion in run(answers).criteria {
            for reason in criterion.reasons {
                for lang in [Lang::Da, Lang::En] {
                    let text = reason.text(lang);
                    assert!(
                        !text.contains('{'),
                        "{:?} left a placeholder: {text}",
                        reason.msg
                    );
                }
            }
        }
    }
}

#[test]
fn references_name_the_sections_of_the_act() {
    assert_eq!(
        CriterionId::ProfitHandling.reference(),
        "§ 5, stk. 1, nr. 5, og stk. 2"
    );
    assert_eq!(CriterionId::SocialPurpose.reference(), "§ 5, stk. 1, nr. 1");
}
