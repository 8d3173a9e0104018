//! The mentor scheme's demo requests and mentorships: enterprises waiting for a mentor in
//! both demo municipalities, and mentorships proposed (one side has agreed), paused,
//! completed this year and last (with meetings and both sides' evaluations) and cancelled.
use crate::domain::mentoring::mentorship::{MentorshipStatus, Side};
use crate::entities::{mentor_request, mentorship, mentorship_evaluation, mentorship_meeting};
use crate::token;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

/// An enterprise waiting for a mentor.
pub struct DemoRequest {
    /// 0: Frederikshavn, 1: Hjørring.
    place: usize,
    company: &'static str,
    name: &'static str,
    email: &'static str,
    needs: &'static str,
    sector: &'static str,
    language: &'static str,
    details: &'static str,
    asked_days_ago: i64,
}

pub const OPEN_REQUESTS: &[DemoRequest] = &[
    DemoRequest {
        place: 0,
        company: "Grønt Cykelværksted",
        name: "Jens Holt",
        email: "jens@cykelvaerksted.example.dk",
        needs: "business_planning,finance_funding",
        sector: "green_recycling",
        language: "da",
        details: "Vi vil ansætte to i løntilskud og mangler et budget, der holder.",
        asked_days_ago: 12,
    },
    DemoRequest {
        place: 0,
        company: "Café Fællesskab",
        name: "Amira Haddad",
        email: "amira@cafe-faellesskab.example.dk",
        needs: "marketing_sales",
        sector: "food_hospitality",
        language: "en",
        details: "We want more lunch guests from the offices nearby.",
        asked_days_ago: 3,
    },
    DemoRequest {
        place: 1,
        company: "Hjørring Genbrug",
        name: "Lise Bech",
        email: "lise@hjoerring-genbrug.example.dk",
        needs: "management_hr,local_network",
        sector: "retail_second_hand",
        language: "da",
        details: "Mange frivillige, få faste: hvordan leder vi det?",
        asked_days_ago: 20,
    },
];

impl DemoRequest {
    pub async fn write(
        &self,
        db: &impl ConnectionTrait,
        places: [i32; 2],
        now: DateTime<Utc>,
    ) -> Result<(), DbErr> {
        let asked = now - Duration::days(self.asked_days_ago);
        mentor_request::ActiveModel {
            municipality_id: Set(places[self.place]),
            status: Set("open".to_owned()),
            name: Set(self.name.to_owned()),
            email: Set(self.email.to_owned()),
            company_name: Set(Some(self.company.to_owned())),
            needs: Set(self.needs.to_owned()),
            sector: Set(Some(self.sector.to_owned())),
            language: Set(Some(self.language.to_owned())),
            details: Set(self.details.to_owned()),
            source: Set("form".to_owned()),
            consent_at: Set(asked),
            created_at: Set(asked),
            updated_at: Set(asked),
            ..Default::default()
        }
        .insert(db)
        .await?;
        Ok(())
    }
}

/// A mentorship of Frederikshavn with its request: `mentor` indexes the demo mentors;
/// meetings are (days after the start, notes); ratings are the mentor's and the
/// enterprise's.
pub struct DemoMentorship {
    pub mentor: usize,
    pub company: &'static str,
    pub name: &'static str,
    pub asker: &'static str,
    pub needs: &'static str,
    pub asked_days_ago: i64,
    pub matched_after: i64,
    pub status: MentorshipStatus,
    pub goals: &'static str,
    pub meetings: &'static [(i64, &'static str)],
    pub ratings: &'static [(u8, &'static str)],
}

pub const MENTORSHIPS: &[DemoMentorship] = &[
    DemoMentorship {
        mentor: 0,
        company: "Fjordens Bageri",
        name: "Ole Dahl",
        asker: "ole@fjordens-bageri.example.dk",
        needs: "business_planning",
        asked_days_ago: 9,
        matched_after: 5,
        status: MentorshipStatus::Proposed,
        goals: "En forretningsplan, banken kan sige ja til.",
        meetings: &[],
        ratings: &[],
    },
    DemoMentorship {
        mentor: 2,
        company: "Sæby Spisehus",
        name: "Hanne Vinther",
        asker: "hanne@saeby-spisehus.example.dk",
        needs: "marketing_sales,local_network",
        asked_days_ago: 120,
        matched_after: 8,
        status: MentorshipStatus::Paused,
        goals: "Flere gæster uden for sæsonen.",
        meetings: &[
            (7, "Første møde: målgrupper og sæson."),
            (35, "Menukort og priser gennemgået."),
        ],
        ratings: &[],
    },
    DemoMentorship {
        mentor: 3,
        company: "Bryggen Socialøkonomi",
        name: "Kim Laursen",
        asker: "kim@bryggen.example.dk",
        needs: "finance_funding",
        asked_days_ago: 200,
        matched_after: 14,
        status: MentorshipStatus::Completed,
        goals: "Søge to fonde og lægge et budget for tre år.",
        meetings: &[
            (5, "Fondsmuligheder kortlagt."),
            (30, "Første ansøgning skrevet sammen."),
            (70, "Budget for tre år lagt."),
            (110, "Afsluttende møde: begge ansøgninger sendt."),
        ],
        ratings: &[
            (5, "Engageret og velforberedt virksomhed."),
            (4, "Konkret hjælp, vi fik en bevilling."),
        ],
    },
    DemoMentorship {
        mentor: 5,
        company: "Kystens Kaffe",
        name: "Sara Friis",
        asker: "sara@kystens-kaffe.example.dk",
        needs: "legal_company_form",
        asked_days_ago: 60,
        matched_after: 4,
        status: MentorshipStatus::Cancelled,
        goals: "Vælge selskabsform før første ansættelse.",
        meetings: &[],
        ratings: &[],
    },
    DemoMentorship {
        mentor: 0,
        company: "Strandens Genbrug",
        name: "Per Thomsen",
        asker: "per@strandens-genbrug.example.dk",
        needs: "business_planning,management_hr",
        asked_days_ago: 480,
        matched_after: 21,
        status: MentorshipStatus::Completed,
        goals: "Et fast team af frivillige og en plan for butik nummer to.",
        meetings: &[
            (10, "Frivilligplan drøftet."),
            (60, "Butik nummer to: beliggenheder."),
        ],
        ratings: &[(4, "Godt forløb."), (3, "")],
    },
];

impl DemoMentorship {
    /// The request (matched), the mentorship in its status, its meetings and evaluations.
    pub async fn write(
        &self,
        db: &impl ConnectionTrait,
        place: i32,
        mentors: &[i32],
        now: DateTime<Utc>,
    ) -> Result<(), DbErr> {
        let asked = now - Duration::days(self.asked_days_ago);
        let matched = asked + Duration::days(self.matched_after);
        let started = matched + Duration::days(4);
        let status = self.status;
        let agreed = status != MentorshipStatus::Proposed && status != MentorshipStatus::Cancelled;
        let ended = match status {
            MentorshipStatus::Completed => Some(started + Duration::days(120)),
            MentorshipStatus::Cancelled => Some(matched + Duration::days(7)),
            _ => None,
        };
        let request = mentor_request::ActiveModel {
            municipality_id: Set(place),
            status: Set("matched".to_owned()),
            name: Set(self.name.to_owned()),
            email: Set(self.asker.to_owned()),
            company_name: Set(Some(self.company.to_owned())),
            needs: Set(self.needs.to_owned()),
            language: Set(Some("da".to_owned())),
            details: Set(String::new()),
            source: Set("form".to_owned()),
            consent_at: Set(asked),
            created_at: Set(asked),
            matched_at: Set(Some(matched)),
            updated_at: Set(matched),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let secret = || token::hash(&token::new_token().unwrap_or_default());
        let row = mentorship::ActiveModel {
            municipality_id: Set(place),
            mentor_id: Set(mentors[self.mentor]),
            request_id: Set(request.id),
            status: Set(status.code().to_owned()),
            period_from: Set(started.date_naive()),
            period_to: Set(Some((started + Duration::days(120)).date_naive())),
            goals: Set(self.goals.to_owned()),
            mentor_token_hash: Set(secret()),
            enterprise_token_hash: Set(secret()),
            // A proposal waits for the enterprise; the mentor has agreed.
            mentor_confirmed_at: Set(Some(matched + Duration::days(1))),
            enterprise_confirmed_at: Set(agreed.then_some(started)),
            active_since: Set(agreed.then_some(started.date_naive())),
            cancel_reason: Set((status == MentorshipStatus::Cancelled)
                .then(|| "Virksomheden fandt en revisor, der hjælper med det samme.".to_owned())),
            ended_at: Set(ended),
            created_at: Set(matched),
            updated_at: Set(ended.unwrap_or(started)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for (days, notes) in self.meetings {
            let met = started + Duration::days(*days);
            mentorship_meeting::ActiveModel {
                mentorship_id: Set(row.id),
                met_on: Set(met.date_naive()),
                notes: Set((*notes).to_owned()),
                created_at: Set(met),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        for (side, (rating, comment)) in Side::BOTH.into_iter().zip(self.ratings) {
            let answered = ended.unwrap_or(now) + Duration::days(3);
            mentorship_evaluation::ActiveModel {
                mentorship_id: Set(row.id),
                side: Set(side.code().to_owned()),
                token_hash: Set(secret()),
                rating: Set(Some(i16::from(*rating))),
                comment: Set(Some((*comment).to_owned()).filter(|c| !c.is_empty())),
                answered_at: Set(Some(answered)),
                created_at: Set(ended.unwrap_or(now)),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        Ok(())
    }
}
