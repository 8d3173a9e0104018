//! How long one full self-assessment takes (budget: microseconds). The same code runs in the
//! browser as the calculator updates while the entrepreneur types.
use app::assessment::reason_text;
use app::domain::company::LegalForm;
use app::domain::eligibility::answers::*;
use app::domain::eligibility::dividend::{DividendInput, check_dividend};
use app::domain::eligibility::money::{Dkk, Percent};
use app::domain::eligibility::rates::known_rates;
use app::domain::eligibility::{Settings, evaluate};
use app::i18n::Lang;
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn answers() -> Answers {
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
            public_appointed_board_pct: Percent::from_points(20),
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

fn benches(c: &mut Criterion) {
    let rates = known_rates();
    let settings = Settings::default();
    let answers = answers();
    c.bench_function("evaluate: six criteria", |b| {
        b.iter(|| evaluate(black_box(&answers), black_box(&rates), black_box(&settings)))
    });
    c.bench_function("evaluate + every reason rendered in Danish", |b| {
        b.iter(|| {
            let evaluation = evaluate(black_box(&answers), &rates, &settings);
            evaluation
                .criteria
                .iter()
                .flat_map(|c| c.reasons.iter().map(|r| reason_text(r, Lang::Da)))
                .map(|t| t.len())
                .sum::<usize>()
        })
    });
    let profit = answers.profit.clone().unwrap();
    c.bench_function("dividend cap alone", |b| {
        b.iter(|| check_dividend(black_box(&profit), black_box(&rates)))
    });
}

criterion_group!(eligibility, benches);
criterion_main!(eligibility);
