//! The mentor scheme's demo data: a dozen mentors from local businesses with varied
//! expertise, trades and capacity — one waiting for the contact's decision, one paused, one
//! full with an active mentorship — enterprises waiting for one, and mentorships in every
//! status with meetings and evaluations (`seed/mentorships.rs`).
use super::mentorships::{DemoMentorship, MENTORSHIPS, OPEN_REQUESTS};
use crate::domain::mentoring::matching::MentorStatus;
use crate::domain::mentoring::mentorship::MentorshipStatus;
use crate::entities::mentor;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

struct DemoMentor {
    /// 0: Frederikshavn, 1: Hjørring.
    place: usize,
    name: &'static str,
    organisation: &'static str,
    role: &'static str,
    expertise: &'static str,
    sectors: &'static str,
    languages: &'static str,
    capacity: i32,
    status: MentorStatus,
    introduction: &'static str,
}

const MENTORS: [DemoMentor; 12] = [
    DemoMentor {
        place: 0,
        name: "Lene Kristensen",
        organisation: "Sæby Revision",
        role: "Statsautoriseret revisor",
        expertise: "finance_funding,legal_company_form",
        sectors: "food_hospitality,retail_second_hand",
        languages: "da,en",
        capacity: 2,
        status: MentorStatus::Approved,
        introduction: "Revisor i 20 år; hjælper gerne med budget, likviditet og fondsansøgninger.",
    },
    DemoMentor {
        place: 0,
        name: "Morten Holm",
        organisation: "Nordhavn Marine A/S",
        role: "Salgsdirektør",
        expertise: "marketing_sales,business_planning",
        sectors: "crafts_production",
        languages: "da,en,de",
        capacity: 1,
        status: MentorStatus::Approved,
        introduction: "Har bygget salg op fra bunden i en produktionsvirksomhed.",
    },
    DemoMentor {
        place: 0,
        name: "Sofie Andersen",
        organisation: "Frederikshavn Handel",
        role: "Butikschef",
        expertise: "marketing_sales,local_network",
        sectors: "retail_second_hand,food_hospitality",
        languages: "da",
        capacity: 3,
        status: MentorStatus::Approved,
        introduction: "Kender handelslivet i byen og ved, hvordan en butik bliver set.",
    },
    DemoMentor {
        place: 0,
        name: "Peter Mikkelsen",
        organisation: "Mikkelsen Byg ApS",
        role: "Indehaver",
        expertise: "production_operations,management_hr",
        sectors: "crafts_production,green_recycling",
        languages: "da",
        capacity: 2,
        status: MentorStatus::Approved,
        introduction: "Driver en byggevirksomhed med 25 ansatte, flere i fleksjob.",
    },
    DemoMentor {
        place: 0,
        name: "Hanne Jeppesen",
        organisation: "Kystens Hotel",
        role: "Direktør",
        expertise: "business_planning,management_hr",
        sectors: "food_hospitality,culture_leisure",
        languages: "da,en",
        capacity: 1,
        status: MentorStatus::Paused,
        introduction: "Hotel og restaurant; holder pause i højsæsonen.",
    },
    DemoMentor {
        place: 0,
        name: "Jonas Brandt",
        organisation: "Digital Nord",
        role: "Partner",
        expertise: "marketing_sales,business_planning",
        sectors: "services_digital",
        languages: "da,en,de",
        capacity: 2,
        status: MentorStatus::Approved,
        introduction: "Hjemmesider, sociale medier og webshop for små virksomheder.",
    },
    DemoMentor {
        place: 0,
        name: "Birgitte Lund",
        organisation: "Lund Advokater",
        role: "Advokat",
        expertise: "legal_company_form",
        sectors: "other",
        languages: "da",
        capacity: 2,
        status: MentorStatus::Pending,
        introduction: "Selskabsret og vedtægter, også for socialøkonomiske virksomheder.",
    },
    DemoMentor {
        place: 1,
        name: "Anders Nygaard",
        organisation: "Hjørring Sparekasse",
        role: "Erhvervsrådgiver",
        expertise: "finance_funding,business_planning",
        sectors: "retail_second_hand,crafts_production",
        languages: "da",
        capacity: 3,
        status: MentorStatus::Approved,
        introduction: "Lån, kassekredit og forretningsplaner, som en bank vil læse dem.",
    },
    DemoMentor {
        place: 1,
        name: "Maria Sørensen",
        organisation: "Vendsyssel Catering",
        role: "Køkkenchef og ejer",
        expertise: "production_operations,management_hr",
        sectors: "food_hospitality",
        languages: "da,en",
        capacity: 1,
        status: MentorStatus::Approved,
        introduction: "Storkøkken med elever og ansatte på særlige vilkår.",
    },
    DemoMentor {
        place: 1,
        name: "Thomas Vestergaard",
        organisation: "Genbrugsvæksten",
        role: "Driftsleder",
        expertise: "production_operations,local_network",
        sectors: "green_recycling,retail_second_hand",
        languages: "da",
        capacity: 2,
        status: MentorStatus::Approved,
        introduction: "Genbrug og reparation i stor skala; kender kommunens affaldsordninger.",
    },
    DemoMentor {
        place: 1,
        name: "Ida Poulsen",
        organisation: "Poulsen HR",
        role: "HR-konsulent",
        expertise: "management_hr",
        sectors: "care_health,services_digital",
        languages: "da,en",
        capacity: 2,
        status: MentorStatus::Approved,
        introduction: "Ansættelse, fastholdelse og trivsel, også i fleksjob og løntilskud.",
    },
    DemoMentor {
        place: 1,
        name: "Klaus Winther",
        organisation: "Kulturhuset Vrå",
        role: "Leder",
        expertise: "local_network,business_planning",
        sectors: "culture_leisure",
        languages: "da,de",
        capacity: 1,
        status: MentorStatus::Approved,
        introduction: "Frivillige, foreninger og kulturliv i Vendsyssel.",
    },
];

/// Writes the demo mentors of the first two demo municipalities (`places`), enterprises
/// waiting for a mentor, and mentorships in every status. The second mentor is full: one
/// active mentorship with a matched request.
pub async fn seed_mentors(
    db: &impl ConnectionTrait,
    places: [i32; 2],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut ids = Vec::new();
    for (index, demo) in MENTORS.iter().enumerate() {
        let signed_up = now - Duration::days(200 - 12 * index as i64);
        let decided = demo.status != MentorStatus::Pending;
        let row = mentor::ActiveModel {
            municipality_id: Set(places[demo.place]),
            status: Set(demo.status.code().to_owned()),
            name: Set(demo.name.to_owned()),
            organisation: Set(demo.organisation.to_owned()),
            role: Set(demo.role.to_owned()),
            email: Set(format!("mentor{}@example.dk", index + 1)),
            expertise: Set(demo.expertise.to_owned()),
            sectors: Set(demo.sectors.to_owned()),
            languages: Set(demo.languages.to_owned()),
            capacity: Set(demo.capacity),
            introduction: Set(demo.introduction.to_owned()),
            consent_at: Set(signed_up),
            email_confirmed_at: Set(Some(signed_up)),
            decided_at: Set(decided.then_some(signed_up + Duration::days(3))),
            created_at: Set(signed_up),
            updated_at: Set(signed_up),
            ..Default::default()
        }
        .insert(db)
        .await?;
        ids.push(row.id);
    }
    let active = DemoMentorship {
        mentor: 1,
        company: "Havnens Værksted",
        name: "Mette Madsen",
        asker: "mette@havnens-vaerksted.example.dk",
        needs: "marketing_sales",
        asked_days_ago: 40,
        matched_after: 6,
        status: MentorshipStatus::Active,
        goals: "En salgsplan for vinteren og tre faste kunder.",
        meetings: &[],
        ratings: &[],
    };
    // The active one has no meeting yet: the contact's quiet-spell reminder is near.
    for demo in [active].iter().chain(MENTORSHIPS) {
        demo.write(db, places[0], &ids, now).await?;
    }
    for demo in OPEN_REQUESTS {
        demo.write(db, places, now).await?;
    }
    Ok(())
}
