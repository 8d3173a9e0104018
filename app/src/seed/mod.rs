//! Realistic, fictional demo data, written on the first start of an empty database when
//! asked for (`SEED_DEMO=true`, which `make run` and the browser tests set). Server only.
mod applications;
mod companies;
mod events;
mod mentors;
mod mentorships;
pub mod synthetic;

use crate::account::api::Role;
use crate::account::create_staff_user;
use crate::domain::cvr::Cvr;
use crate::domain::listing::{ListingStatus, RsvStatus, Step, TargetGroup, owed_report};
use crate::entities::{company, company_event, municipality, staff_user};
use chrono::{Datelike, Duration, Months, NaiveDate, TimeZone, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};

pub use companies::DEMO_COMPANIES;

/// Company rows the demo data writes: the listed companies and the applications.
pub const DEMO_COMPANY_ROWS: usize = DEMO_COMPANIES.len() + applications::APPLICATIONS.len();
/// Companies the demo registry shows: every listed one but the one deregistered.
pub const DEMO_LISTED: usize = DEMO_COMPANIES.len() - 1;

/// (code, slug, name)
pub const DEMO_MUNICIPALITIES: [(&str, &str, &str); 4] = [
    ("0813", "frederikshavn", "Frederikshavn Kommune"),
    ("0860", "hjoerring", "Hjørring Kommune"),
    ("0851", "aalborg", "Aalborg Kommune"),
    ("0810", "broenderslev", "Brønderslev Kommune"),
];

/// Writes the demo data when the database has no municipality yet. Returns whether it did.
pub async fn seed_demo_if_empty(db: &DatabaseConnection) -> Result<bool, DbErr> {
    if municipality::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    let txn = db.begin().await?;
    let now = Utc::now();
    let mut ids = Vec::new();
    for (code, slug, name) in DEMO_MUNICIPALITIES {
        let row = municipality::ActiveModel {
            code: Set(code.to_owned()),
            slug: Set(slug.to_owned()),
            name: Set(name.to_owned()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        ids.push((code, row.id));
    }
    for (index, demo) in DEMO_COMPANIES.iter().enumerate() {
        let municipality_id = ids
            .iter()
            .find(|(code, _)| *code == demo.municipality_code)
            .map(|(_, id)| *id)
            .ok_or_else(|| {
                DbErr::Custom(format!("no demo municipality {}", demo.municipality_code))
            })?;
        let checked_at = demo
            .verified_on
            .and_then(|(y, m, d)| Utc.with_ymd_and_hms(y, m, d, 9, 0, 0).single());
        // Listed a month before the check, or spread over the last two years.
        let listed_at = checked_at.unwrap_or(now) - Duration::days(30 + 20 * index as i64);
        let rsv_status = match demo.rsv_registered {
            true => RsvStatus::Registered,
            false => RsvStatus::NotRegistered,
        };
        let (year_end, reported_through) = demo_reports(
            index,
            demo.year_end,
            listed_at.date_naive(),
            now.date_naive(),
        );
        let row = company::ActiveModel {
            municipality_id: Set(municipality_id),
            cvr: Set(demo_cvr(index).to_string()),
            name: Set(demo.name.to_owned()),
            legal_form: Set(demo.legal_form.code().to_owned()),
            purpose: Set(demo.purpose.code().to_owned()),
            description_da: Set(demo.description_da.to_owned()),
            description_en: Set(demo.description_en.map(str::to_owned)),
            street: Set(demo.street.to_owned()),
            postcode: Set(demo.postcode.to_owned()),
            city: Set(demo.city.to_owned()),
            website: Set(demo.website.map(str::to_owned)),
            email: Set(demo.email.map(str::to_owned)),
            phone: Set(demo.phone.map(str::to_owned)),
            founded_year: Set(Some(demo.founded_year)),
            employees: Set(Some(demo.employees)),
            status: Set(ListingStatus::Published.code().to_owned()),
            rsv_status: Set(rsv_status.code().to_owned()),
            rsv_checked_at: Set(checked_at),
            rsv_check_source: Set(checked_at.map(|_| "cvr".to_owned())),
            products: Set(demo.products.to_owned()),
            target_groups: Set(TargetGroup::join(demo.target_groups)),
            target_group_employees: Set(Some(demo.target_group_employees)),
            year_end: Set(Some(year_end.clone())),
            reported_through: Set(reported_through),
            listed_at: Set(Some(listed_at)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        company_event::ActiveModel {
            company_id: Set(row.id),
            actor: Set("staff".to_owned()),
            step: Set(Step::Approve.code().to_owned()),
            from_status: Set(Some(ListingStatus::Submitted.code().to_owned())),
            to_status: Set(ListingStatus::Published.code().to_owned()),
            created_at: Set(listed_at),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    for (email, name, role, code) in DEMO_STAFF {
        let municipality_id = ids
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, id)| *id)
            .ok_or_else(|| DbErr::Custom(format!("no demo municipality {code}")))?;
        create_staff_user(
            &txn,
            municipality_id,
            email,
            name,
            role,
            Some(DEMO_STAFF_PASSWORD),
            None,
        )
        .await
        .map_err(|err| DbErr::Custom(format!("demo staff {email}: {err}")))?;
    }
    let frederikshavn = ids[0].1;
    // The last of Frederikshavn's listed companies has closed down.
    let (closed, _) = DEMO_COMPANIES
        .iter()
        .enumerate()
        .rfind(|(_, c)| c.municipality_code == DEMO_MUNICIPALITIES[0].0)
        .ok_or_else(|| DbErr::Custom("no demo company in Frederikshavn".into()))?;
    let closed = demo_cvr(closed).to_string();
    applications::seed_applications(&txn, frederikshavn, &closed, now).await?;
    mentors::seed_mentors(&txn, [frederikshavn, ids[1].1], now).await?;
    events::seed_events(&txn, frederikshavn, now).await?;
    txn.commit().await?;
    Ok(true)
}

/// Demo staff accounts, written only with the demo data (never in production, where the
/// first admin comes from `server create-admin`). Listed in README.
pub const DEMO_STAFF: [(&str, &str, Role, &str); 6] = [
    (
        "admin@demo.socialokonomi.dk",
        "Anne Admin",
        Role::SuperAdmin,
        "0813",
    ),
    (
        "kontakt@frederikshavn.demo.dk",
        "Karen Kontakt",
        Role::Contact,
        "0813",
    ),
    (
        "jobcenter@frederikshavn.demo.dk",
        "Jens Jobcenter",
        Role::Colleague,
        "0813",
    ),
    (
        "kontakt@hjoerring.demo.dk",
        "Hans Hjørring",
        Role::Contact,
        "0860",
    ),
    (
        "jobcenter@hjoerring.demo.dk",
        "Hanne Hald",
        Role::Colleague,
        "0860",
    ),
    (
        "jobcenter@aalborg.demo.dk",
        "Asger Aalborg",
        Role::Colleague,
        "0851",
    ),
];
pub const DEMO_STAFF_PASSWORD: &str = "demo-adgang-2026";

/// The demo accounts this database holds, by email: the server refuses to serve them over
/// https, since README publishes their password.
pub async fn demo_accounts(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let emails = DEMO_STAFF.map(|(email, ..)| email);
    let found = staff_user::Entity::find()
        .filter(staff_user::Column::Email.is_in(emails))
        .order_by_asc(staff_user::Column::Email)
        .all(db)
        .await?;
    Ok(found.into_iter().map(|user| user.email).collect())
}

/// The demo's annual reports, relative to the day it is seeded: two companies' reports
/// fall due within 30 and 60 days (their financial year made to end so), one has been
/// overdue since the year after it was listed, and the rest have reported every year
/// whose report is past due.
fn demo_reports(
    index: usize,
    year_end: &str,
    listed_on: NaiveDate,
    today: NaiveDate,
) -> (String, Option<i32>) {
    let soon = |days: u64| {
        let due = today + chrono::Days::new(days);
        // The year ends six months before its report is due; 29 February is avoided.
        let end = due - Months::new(6);
        let end = if end.month() == 2 && end.day() == 29 {
            end - chrono::Days::new(1)
        } else {
            end
        };
        format!("{:02}-{:02}", end.month(), end.day())
    };
    let year_end = match index {
        i if i == DEMO_REPORTS_DUE_SOON[0] => soon(20),
        i if i == DEMO_REPORTS_DUE_SOON[1] => soon(45),
        _ => year_end.to_owned(),
    };
    if index == DEMO_OVERDUE_REPORT {
        return (year_end, None);
    }
    // Every report already due is in.
    let mut reported = None;
    while let Some((end, due)) = owed_report(Some(&year_end), reported, listed_on)
        && due < today
    {
        reported = Some(end.year());
    }
    (year_end, reported)
}

/// The demo company whose annual report is overdue: listed nearly two years ago.
pub const DEMO_OVERDUE_REPORT: usize = 32;
/// The demo companies whose reports fall due in 20 and 45 days: listed long enough ago
/// that the financial year ending so is theirs to report.
pub const DEMO_REPORTS_DUE_SOON: [usize; 2] = [9, 17];

/// A fixed, checksum-valid CVR number for the demo company at `index`, so demo links are
/// stable across restarts. Fictional: a valid checksum does not make a real company.
pub fn demo_cvr(index: usize) -> Cvr {
    let mut prefix = 3_912_000 + index as u32 * 37;
    loop {
        let digits: Vec<u8> = format!("{prefix:07}").bytes().map(|b| b - b'0').collect();
        let seven: [u8; 7] = digits.try_into().expect("seven digits");
        if let Some(check) = Cvr::check_digit(&seven) {
            let text = format!("{prefix:07}{check}");
            return Cvr::parse(&text).expect("constructed with a valid check digit");
        }
        // No digit completes this prefix; the next prefix is far from the next index's.
        prefix += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn demo_cvrs_are_valid_and_distinct() {
        let cvrs: HashSet<String> = (0..DEMO_COMPANIES.len())
            .map(|i| demo_cvr(i).to_string())
            .collect();
        assert_eq!(cvrs.len(), DEMO_COMPANIES.len());
        for cvr in &cvrs {
            assert!(Cvr::parse(cvr).is_ok(), "{cvr}");
        }
    }

    #[test]
    fn demo_data_spans_municipalities_and_purposes() {
        assert!(DEMO_COMPANIES.len() >= 24, "a few dozen companies");
        for (code, _, _) in DEMO_MUNICIPALITIES {
            assert!(
                DEMO_COMPANIES.iter().any(|c| c.municipality_code == code),
                "{code}"
            );
        }
        for purpose in crate::domain::company::Purpose::ALL {
            assert!(
                DEMO_COMPANIES.iter().any(|c| c.purpose == purpose),
                "{purpose:?}"
            );
        }
    }
}
