//! Demo applications to the registry, so the contact's review queue shows its work: some
//! waiting, one with changes requested, one rejected, and one listed company deregistered,
//! each with its history. Fictional.
use super::demo_cvr;
use crate::domain::company::{LegalForm, Purpose};
use crate::domain::listing::{ListingStatus, RsvStatus, Step, TargetGroup};
use crate::entities::{company, staff_user};
use crate::listing::queries::record;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

pub struct DemoApplication {
    name: &'static str,
    purpose: Purpose,
    products: &'static str,
    description: &'static str,
    city: &'static str,
    postcode: &'static str,
    contact: (&'static str, &'static str),
    /// The steps after applying: (step, by the contact?, reason).
    steps: &'static [(Step, bool, Option<&'static str>)],
    days_ago: i64,
}

const CONFIRMED: (Step, bool, Option<&str>) = (Step::Confirm, false, None);

pub const APPLICATIONS: [DemoApplication; 5] = [
    DemoApplication {
        name: "Sæby Strikkecafé",
        purpose: Purpose::Social,
        products: "Strikkede huer og tæpper; strikkeaftener",
        description: "Et mødested, hvor ensomme ældre og unge i ressourceforløb strikker og sælger.",
        city: "Sæby",
        postcode: "9300",
        contact: ("Inge Iversen", "inge@saeby-strik.example.dk"),
        steps: &[CONFIRMED],
        days_ago: 9,
    },
    DemoApplication {
        name: "Frederikshavn Genbrugs-IT",
        purpose: Purpose::Environmental,
        products: "Istandsatte computere og telefoner; sletning af data",
        description: "Gør brugte computere klar til nye ejere og oplærer folk i fleksjob i IT-support.",
        city: "Frederikshavn",
        postcode: "9900",
        contact: ("Bo Bech", "bo@genbrugs-it.example.dk"),
        steps: &[CONFIRMED],
        days_ago: 4,
    },
    DemoApplication {
        name: "Ålbæk Røgeri og Café",
        purpose: Purpose::Employment,
        products: "Røget fisk, frokost og kaffe",
        description: "Sæsonarbejde i røgeri og café for folk på kanten af arbejdsmarkedet.",
        city: "Ålbæk",
        postcode: "9982",
        contact: ("Lise Lund", "lise@aalbaek-roegeri.example.dk"),
        steps: &[CONFIRMED],
        days_ago: 1,
    },
    DemoApplication {
        name: "Bangsbo Naturpleje",
        purpose: Purpose::Environmental,
        products: "Naturpleje, hegning og slåning for lodsejere",
        description: "Plejer naturarealer med hold af ledige og folk i ressourceforløb.",
        city: "Frederikshavn",
        postcode: "9900",
        contact: ("Per Poulsen", "per@bangsbo-natur.example.dk"),
        steps: &[
            CONFIRMED,
            (
                Step::RequestChanges,
                true,
                Some("Skriv venligst, hvor mange af jeres ansatte der kommer fra målgrupperne."),
            ),
        ],
        days_ago: 12,
    },
    DemoApplication {
        name: "Nordstjernen Holding",
        purpose: Purpose::Employment,
        products: "Investering i ejendomme",
        description: "Holdingselskab med udbytte til ejerne.",
        city: "Frederikshavn",
        postcode: "9900",
        contact: ("Niels Nørgaard", "niels@nordstjernen.example.dk"),
        steps: &[
            CONFIRMED,
            (
                Step::Reject,
                true,
                Some("Virksomheden har ikke et socialt formål og udbetaler overskud til ejerne."),
            ),
        ],
        days_ago: 30,
    },
];

/// Writes the applications into Frederikshavn (`municipality_id`), the contact acting,
/// and deregisters the listed company `deregistered_cvr` with its reason.
pub async fn seed_applications(
    db: &impl ConnectionTrait,
    municipality_id: i32,
    deregistered_cvr: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let contact = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq("kontakt@frederikshavn.demo.dk"))
        .one(db)
        .await?
        .ok_or_else(|| DbErr::Custom("no demo contact".into()))?;
    for (index, demo) in APPLICATIONS.iter().enumerate() {
        let mut at = now - Duration::days(demo.days_ago);
        let row = company::ActiveModel {
            municipality_id: Set(municipality_id),
            cvr: Set(demo_cvr(100 + index).to_string()),
            name: Set(demo.name.to_owned()),
            legal_form: Set(LegalForm::Aps.code().to_owned()),
            purpose: Set(demo.purpose.code().to_owned()),
            description_da: Set(demo.description.to_owned()),
            description_en: Set(None),
            products: Set(demo.products.to_owned()),
            street: Set("Havnegade 1".to_owned()),
            postcode: Set(demo.postcode.to_owned()),
            city: Set(demo.city.to_owned()),
            employees: Set(Some(8)),
            target_groups: Set(TargetGroup::join(&[TargetGroup::ResourceProgramme])),
            status: Set(ListingStatus::AwaitingConfirmation.code().to_owned()),
            rsv_status: Set(RsvStatus::Applied.code().to_owned()),
            contact_name: Set(Some(demo.contact.0.to_owned())),
            contact_email: Set(Some(demo.contact.1.to_owned())),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let mut status = ListingStatus::AwaitingConfirmation;
        record(db, row.id, None, Step::Apply, None, status, None, at)
            .await
            .map_err(written)?;
        for &(step, by_contact, reason) in demo.steps {
            at += Duration::hours(20);
            let by = if by_contact {
                crate::domain::listing::By::Staff
            } else {
                crate::domain::listing::By::Applicant
            };
            let next = status
                .after(step, by)
                .map_err(|_| DbErr::Custom(format!("demo step {step:?} from {status:?}")))?;
            let staff = by_contact.then_some(contact.id);
            record(db, row.id, staff, step, Some(status), next, reason, at)
                .await
                .map_err(written)?;
            status = next;
        }
        settle(db, row.id, status, at).await?;
    }
    let gone = company::Entity::find()
        .filter(company::Column::Cvr.eq(deregistered_cvr))
        .one(db)
        .await?
        .ok_or_else(|| DbErr::Custom("no company to deregister".into()))?;
    let reason = "Virksomheden er ophørt og har selv bedt om at blive fjernet.";
    let from = ListingStatus::Published;
    let at = now - Duration::days(20);
    record(
        db,
        gone.id,
        Some(contact.id),
        Step::Deregister,
        Some(from),
        ListingStatus::Deregistered,
        Some(reason),
        at,
    )
    .await
    .map_err(written)?;
    settle(db, gone.id, ListingStatus::Deregistered, at).await
}

fn written(err: crate::error::AppError) -> DbErr {
    DbErr::Custom(format!("demo history: {err}"))
}

/// The listing's status after its history, last moved `at` (what the queue orders by).
async fn settle(
    db: &impl ConnectionTrait,
    company_id: i32,
    status: ListingStatus,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    company::Entity::update_many()
        .col_expr(company::Column::Status, Expr::value(status.code()))
        .col_expr(company::Column::UpdatedAt, Expr::value(at))
        .filter(company::Column::Id.eq(company_id))
        .exec(db)
        .await?;
    Ok(())
}
