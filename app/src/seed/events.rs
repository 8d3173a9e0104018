//! The network's demo events in Frederikshavn: the policy's two first events recreated as
//! past ones (an inspiration day with a programme of talks, a network day where registered
//! social-economy enterprises had stands), and upcoming ones — a workshop with seats left,
//! a network day that is full with a waitlist, and an inspiration day past its
//! registration deadline — plus a draft. Registrations are written with counters that
//! match them, as registration keeps them.
use crate::domain::events::{EventKind, EventStatus, RegistrationStatus};
use crate::domain::listing::RsvStatus;
use crate::entities::{company, event, event_programme_item, event_registration};
use crate::token;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

struct DemoEvent {
    kind: EventKind,
    status: EventStatus,
    title: &'static str,
    description: &'static str,
    /// Days from today to the start (negative: past), and the hour it starts (UTC).
    in_days: i64,
    hour: i64,
    hours: i64,
    /// Days before the start that registration closes.
    deadline_before: i64,
    venue: &'static str,
    address: &'static str,
    capacity: i32,
    stands: i32,
    /// Registrations: confirmed first, then on the waitlist.
    confirmed: usize,
    waiting: usize,
    programme: &'static [(i64, &'static str, &'static str, &'static str)],
}

const EVENTS: &[DemoEvent] = &[
    DemoEvent {
        kind: EventKind::InspirationDay,
        status: EventStatus::Published,
        title: "Inspirationsdag: socialøkonomi i Frederikshavn",
        description: "En dag med oplæg om at starte og drive socialøkonomiske virksomheder, og om hvordan kommunen kan hjælpe.",
        in_days: -250,
        hour: 8,
        hours: 7,
        deadline_before: 7,
        venue: "Frederikshavn Kulturhus",
        address: "Rådhus Allé 100, 9900 Frederikshavn",
        capacity: 100,
        stands: 0,
        confirmed: 14,
        waiting: 0,
        programme: &[
            (
                0,
                "Velkomst",
                "Borgmesteren",
                "Byder velkommen på kommunens vegne.",
            ),
            (
                30,
                "Hvad er en registreret socialøkonomisk virksomhed?",
                "Lene Kristensen",
                "Revisor med 20 års erfaring med foreninger og fonde.",
            ),
            (
                90,
                "Fra idé til virksomhed: tre iværksættere fortæller",
                "Morten Holm",
                "Leder af Havnens Værksted.",
            ),
            (
                180,
                "Kommunen som samarbejdspartner",
                "Erhvervsafdelingen",
                "Om udbud, partnerskaber og mentorordningen.",
            ),
        ],
    },
    DemoEvent {
        kind: EventKind::NetworkDay,
        status: EventStatus::Published,
        title: "Netværksdag med stande",
        description: "Socialøkonomiske virksomheder viser deres produkter, og lokale virksomheder og foreninger møder dem.",
        in_days: -120,
        hour: 9,
        hours: 5,
        deadline_before: 5,
        venue: "Havnehuset",
        address: "Havnepladsen 1, 9900 Frederikshavn",
        capacity: 60,
        stands: 4,
        confirmed: 10,
        waiting: 0,
        programme: &[
            (0, "Standene åbner", "", ""),
            (120, "Speed-dating mellem virksomheder", "", ""),
        ],
    },
    DemoEvent {
        kind: EventKind::Workshop,
        status: EventStatus::Published,
        title: "Workshop: budget og fondsansøgninger",
        description: "To timer med hænderne i jeres eget budget. Medbring computer.",
        in_days: 20,
        hour: 14,
        hours: 2,
        deadline_before: 3,
        venue: "Iværksætterhuset",
        address: "Danmarksgade 48, 9900 Frederikshavn",
        capacity: 25,
        stands: 0,
        confirmed: 6,
        waiting: 0,
        programme: &[],
    },
    DemoEvent {
        kind: EventKind::NetworkDay,
        status: EventStatus::Published,
        title: "Netværksdag 2027",
        description: "Årets netværksdag: stande, oplæg og frokost. Der er venteliste.",
        in_days: 35,
        hour: 9,
        hours: 6,
        deadline_before: 7,
        venue: "Havnehuset",
        address: "Havnepladsen 1, 9900 Frederikshavn",
        capacity: 8,
        stands: 3,
        confirmed: 8,
        waiting: 3,
        programme: &[(0, "Velkomst og standene åbner", "", "")],
    },
    DemoEvent {
        kind: EventKind::InspirationDay,
        status: EventStatus::Published,
        title: "Inspirationsmøde: grøn omstilling",
        description: "Genbrug, reparation og deleøkonomi som forretning.",
        in_days: 3,
        hour: 16,
        hours: 2,
        deadline_before: 4,
        venue: "Biblioteket",
        address: "Parallelvej 14, 9900 Frederikshavn",
        capacity: 40,
        stands: 0,
        confirmed: 9,
        waiting: 0,
        programme: &[],
    },
    DemoEvent {
        kind: EventKind::Other,
        status: EventStatus::Draft,
        title: "Julemarked for socialøkonomiske virksomheder",
        description: "Udkast: dato og sted er ikke endelige.",
        in_days: 60,
        hour: 10,
        hours: 6,
        deadline_before: 10,
        venue: "Torvet",
        address: "Rådhus Allé, 9900 Frederikshavn",
        capacity: 30,
        stands: 12,
        confirmed: 0,
        waiting: 0,
        programme: &[],
    },
];

const NAMES: [&str; 16] = [
    "Anna Berg",
    "Bo Dahl",
    "Camilla Eriksen",
    "Dennis Friis",
    "Emma Gade",
    "Frederik Hansen",
    "Gitte Iversen",
    "Henrik Juhl",
    "Ida Krogh",
    "Jakob Lund",
    "Karin Munk",
    "Lars Nørgaard",
    "Maja Olsen",
    "Niels Pedersen",
    "Olivia Quist",
    "Peter Riis",
];

/// Writes the demo events of Frederikshavn (`place`); stands at the network days go to
/// the first of its registered social-economy enterprises.
pub async fn seed_events(
    db: &impl ConnectionTrait,
    place: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let exhibitors: Vec<(i32, String, String)> = company::Entity::find()
        .select_only()
        .columns([
            company::Column::Id,
            company::Column::Name,
            company::Column::Cvr,
        ])
        .filter(company::Column::MunicipalityId.eq(place))
        .filter(company::Column::RsvStatus.eq(RsvStatus::Registered.code()))
        .filter(company::Column::RsvCheckedAt.is_not_null())
        .order_by_asc(company::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let today = now
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .and_utc();
    for demo in EVENTS {
        let starts = today + Duration::days(demo.in_days) + Duration::hours(demo.hour);
        let row = event::ActiveModel {
            municipality_id: Set(place),
            kind: Set(demo.kind.code().to_owned()),
            status: Set(demo.status.code().to_owned()),
            title: Set(demo.title.to_owned()),
            description: Set(demo.description.to_owned()),
            starts_at: Set(starts),
            ends_at: Set(starts + Duration::hours(demo.hours)),
            venue: Set(demo.venue.to_owned()),
            address: Set(demo.address.to_owned()),
            capacity: Set(demo.capacity),
            registration_deadline: Set(starts - Duration::days(demo.deadline_before)),
            stands: Set(demo.stands),
            confirmed: Set(i32::try_from(demo.confirmed).unwrap_or(0)),
            waiting: Set(i32::try_from(demo.waiting).unwrap_or(0)),
            created_at: Set(starts - Duration::days(60)),
            updated_at: Set(starts - Duration::days(60)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for (minutes, title, speaker, bio) in demo.programme {
            let optional = |text: &str| Some(text.to_owned()).filter(|t| !t.is_empty());
            event_programme_item::ActiveModel {
                event_id: Set(row.id),
                starts_at: Set(starts + Duration::minutes(*minutes)),
                title: Set((*title).to_owned()),
                speaker: Set(optional(speaker)),
                bio: Set(optional(bio)),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        let past = demo.in_days < 0;
        for n in 0..demo.confirmed + demo.waiting {
            let status = match n < demo.confirmed {
                true => RegistrationStatus::Confirmed,
                false => RegistrationStatus::Waitlisted,
            };
            // At a network day, the first registrations are enterprises with a stand.
            let stand = (n < usize::try_from(demo.stands).unwrap_or(0))
                .then(|| exhibitors.get(n))
                .flatten()
                .filter(|_| status == RegistrationStatus::Confirmed);
            let name = NAMES[n % NAMES.len()];
            let asked =
                starts - Duration::days(40) + Duration::hours(i64::try_from(n).unwrap_or(0));
            event_registration::ActiveModel {
                event_id: Set(row.id),
                status: Set(status.code().to_owned()),
                name: Set(name.to_owned()),
                email: Set(format!("deltager{}.{}@example.dk", n + 1, row.id)),
                organisation: Set(stand.map(|(_, company, _)| company.clone())),
                cvr: Set(stand.map(|(_, _, cvr)| cvr.clone())),
                company_id: Set(stand.map(|(id, _, _)| *id)),
                needs: Set((n % 5 == 2).then(|| "Vegetarisk".to_owned())),
                stand_wanted: Set(stand.is_some()),
                stand_note: Set(
                    stand.map(|_| "Vi viser vores produkter og fortæller om arbejdet.".to_owned())
                ),
                stand_status: Set(if stand.is_some() { "confirmed" } else { "none" }.to_owned()),
                cancel_token_hash: Set(token::hash(&token::new_token().unwrap_or_default())),
                // Most came to the past events.
                checked_in_at: Set((past && n % 6 != 5).then_some(starts + Duration::minutes(10))),
                reminded_at: Set(past.then_some(starts - Duration::days(2))),
                consent_at: Set(asked),
                created_at: Set(asked),
                updated_at: Set(asked),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}
