//! Synthetic companies for measuring the registry at scale (`server synthetic-companies N`
//! and the registry benchmark): published, spread over the existing municipalities, with
//! valid CVR numbers, made from word lists so a search has common and rare words. One word,
//! "kaffe", is in about two companies in five; "zanzibar" in one in 20 000.
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::cvr::Cvr;
use crate::domain::listing::{ListingStatus, RsvStatus, TargetGroup};
use crate::entities::{company, municipality};
use chrono::{Duration, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};

const FIRST: [&str; 12] = [
    "Grøn", "Fælles", "Nordlys", "Kyst", "Åben", "Lokal", "Social", "Hjerte", "Fjord", "Byens",
    "Ærlig", "Vækst",
];
const SECOND: [&str; 10] = [
    "Værksted",
    "Køkken",
    "Have",
    "Cykler",
    "Genbrug",
    "Bageri",
    "Trykkeri",
    "Café",
    "Tekstil",
    "Montage",
];
const PRODUCTS: [&str; 8] = [
    "kaffe og kage",
    "reparation af cykler",
    "catering",
    "genbrugstøj",
    "grøntsager",
    "tryksager",
    "rengøring",
    "møbelpolstring",
];
const CITIES: [&str; 8] = [
    "Aalborg",
    "Hjørring",
    "Frederikshavn",
    "Brønderslev",
    "Skagen",
    "Sæby",
    "Vrå",
    "Løkken",
];

/// The common and the rare word of the benchmark's searches.
pub const COMMON_WORD: &str = "kaffe";
pub const RARE_WORD: &str = "zanzibar";

/// Adds `n` published companies after the ones there are; returns how many were added.
pub async fn add_synthetic_companies(db: &DatabaseConnection, n: usize) -> Result<usize, DbErr> {
    let municipalities = municipality::Entity::find().all(db).await?;
    if municipalities.is_empty() {
        return Err(DbErr::Custom(
            "no municipality: seed the demo data first".into(),
        ));
    }
    let now = Utc::now();
    let txn = db.begin().await?;
    let mut made = 0;
    // After the synthetic companies already there: their CVR numbers go up from 90000001.
    let last = company::Entity::find()
        .filter(company::Column::Cvr.starts_with("9"))
        .order_by_desc(company::Column::Cvr)
        .one(&txn)
        .await?;
    let mut number: u32 = last
        .and_then(|c| c.cvr.get(..7)?.parse::<u32>().ok())
        .map_or(0, |prefix| prefix.saturating_sub(9_000_000));
    let first = number as usize;
    // 200 rows a statement stays under SQLite's limit on bound values.
    while made < n {
        let mut rows = Vec::with_capacity(200);
        while rows.len() < 200 && made + rows.len() < n {
            number += 1;
            let Some(cvr) = synthetic_cvr(number) else {
                continue;
            };
            rows.push(row(first + made + rows.len(), cvr, &municipalities, now));
        }
        made += rows.len();
        company::Entity::insert_many(rows).exec(&txn).await?;
    }
    txn.commit().await?;
    // Fresh statistics for the query planners (and PostgreSQL's visibility map, for
    // index-only counts), as autovacuum and SQLite's `PRAGMA optimize` would after a load.
    let analyse = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => "VACUUM ANALYZE company",
        _ => "ANALYZE company",
    };
    db.execute_unprepared(analyse).await?;
    Ok(made)
}

/// A valid CVR number in the 9xxxxxxx range, which the demo companies do not use; `None`
/// when no check digit completes the prefix.
fn synthetic_cvr(number: u32) -> Option<Cvr> {
    let prefix = 9_000_000 + number;
    let digits: Vec<u8> = format!("{prefix:07}").bytes().map(|b| b - b'0').collect();
    let seven: [u8; 7] = digits.try_into().ok()?;
    let check = Cvr::check_digit(&seven)?;
    Cvr::parse(&format!("{prefix:07}{check}")).ok()
}

fn row(
    i: usize,
    cvr: Cvr,
    municipalities: &[municipality::Model],
    now: chrono::DateTime<Utc>,
) -> company::ActiveModel {
    let pick = |list: &[&'static str], salt: usize| list[(i / salt + i * 7) % list.len()];
    let name = format!("{} {} {i}", pick(&FIRST, 1), pick(&SECOND, 3));
    let city = pick(&CITIES, 5);
    let products = format!(
        "{}, {}",
        if i.is_multiple_of(4) {
            "kaffe"
        } else {
            pick(&PRODUCTS, 2)
        },
        if i % 20_000 == 7 {
            RARE_WORD
        } else {
            pick(&PRODUCTS, 11)
        }
    );
    let description = format!(
        "Socialøkonomisk virksomhed i {city}, der skaber job for mennesker på kanten af arbejdsmarkedet gennem {products}."
    );
    let (search_text, sort_key) =
        company::derived_columns(&name, city, &products, &description, None);
    let checked = (!i.is_multiple_of(3)).then(|| now - Duration::days((i % 700) as i64));
    let groups: Vec<TargetGroup> = TargetGroup::ALL
        .into_iter()
        .enumerate()
        .filter(|(g, _)| (i + g).is_multiple_of(3))
        .map(|(_, g)| g)
        .collect();
    company::ActiveModel {
        municipality_id: Set(municipalities[i % municipalities.len()].id),
        cvr: Set(cvr.to_string()),
        name: Set(name),
        legal_form: Set(LegalForm::ALL[i % LegalForm::ALL.len()].code().to_owned()),
        purpose: Set(Purpose::ALL[i % Purpose::ALL.len()].code().to_owned()),
        description_da: Set(description),
        description_en: Set(None),
        street: Set(format!("Vestergade {}", i % 200 + 1)),
        postcode: Set("9800".to_owned()),
        city: Set(city.to_owned()),
        website: Set(None),
        email: Set(None),
        phone: Set(None),
        founded_year: Set(Some(1990 + (i % 35) as i32)),
        employees: Set(Some((i % 40) as i32)),
        status: Set(ListingStatus::Published.code().to_owned()),
        rsv_status: Set(RsvStatus::ALL[i % 3].code().to_owned()),
        rsv_checked_at: Set(checked),
        rsv_check_source: Set(checked.map(|_| "cvr".to_owned())),
        products: Set(products),
        target_groups: Set(TargetGroup::join(&groups)),
        target_group_employees: Set(Some((i % 5) as i32)),
        year_end: Set(Some("12-31".to_owned())),
        listed_at: Set(Some(now - Duration::days((i % 1500) as i64))),
        search_text: Set(search_text),
        sort_key: Set(sort_key),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}
