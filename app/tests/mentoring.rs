//! The mentor scheme on both databases: its tables (migrations 18 and 19) — a mentorship's
//! meetings and evaluations go with it, each side is asked once — and the repository's
//! suggestions, which read the mentors' stored codes and open mentorships and stay in the
//! request's municipality.
#![cfg(feature = "test-support")]
use app::db_test;
use app::domain::mentoring::matching::{Exclusion, Factor};
use app::domain::mentoring::mentorship::MentorshipStatus;
use app::entities::{
    mentor, mentor_request, mentorship, mentorship_evaluation, mentorship_meeting, municipality,
};
use app::error::AppError;
use app::mentoring::queries::suggestions;
use app::seed::seed_demo_if_empty;
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

/// An approved-or-otherwise mentor of `municipality_id` in the food trade, speaking Danish.
async fn add_mentor(
    db: &DatabaseConnection,
    municipality_id: i32,
    status: &str,
    expertise: &str,
    capacity: i32,
) -> mentor::Model {
    let now = Utc::now();
    mentor::ActiveModel {
        municipality_id: Set(municipality_id),
        status: Set(status.into()),
        name: Set(format!("Mentor {status} {expertise}")),
        organisation: Set("Lokal Virksomhed A/S".into()),
        role: Set("Direktør".into()),
        email: Set(format!("{status}.{municipality_id}@example.dk")),
        expertise: Set(expertise.into()),
        sectors: Set("food_hospitality".into()),
        languages: Set("da".into()),
        capacity: Set(capacity),
        introduction: Set("Hjælper gerne.".into()),
        consent_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
}

/// An open request of `municipality_id` for help with `needs`, in the food trade.
async fn add_request(
    db: &DatabaseConnection,
    municipality_id: i32,
    needs: &str,
) -> mentor_request::Model {
    let now = Utc::now();
    mentor_request::ActiveModel {
        municipality_id: Set(municipality_id),
        status: Set("open".into()),
        name: Set("Mette Madsen".into()),
        email: Set("mette@example.dk".into()),
        needs: Set(needs.into()),
        sector: Set(Some("food_hospitality".into())),
        details: Set("Hjælp til finansiering.".into()),
        source: Set("form".into()),
        consent_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
}

/// An active mentorship of `mentor` with `request`.
async fn add_mentorship(
    db: &DatabaseConnection,
    mentor: &mentor::Model,
    request: &mentor_request::Model,
) -> mentorship::Model {
    let now = Utc::now();
    mentorship::ActiveModel {
        municipality_id: Set(request.municipality_id),
        mentor_id: Set(mentor.id),
        request_id: Set(request.id),
        status: Set(MentorshipStatus::Active.code().into()),
        period_from: Set(now.date_naive()),
        goals: Set("En budgetplan for 2027.".into()),
        mentor_token_hash: Set("m".repeat(64)),
        enterprise_token_hash: Set("e".repeat(64)),
        active_since: Set(Some(now.date_naive())),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
}

/// The demo municipalities, in the order of their ids.
async fn municipalities(db: &DatabaseConnection) -> Vec<i32> {
    seed_demo_if_empty(db).await.unwrap();
    municipality::Entity::find()
        .order_by_asc(municipality::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.id)
        .collect()
}

db_test!(
    a_mentorship_keeps_its_meetings_and_one_evaluation_per_side,
    |db| {
        let here = municipalities(db).await[0];
        let now = Utc::now();
        let mentor = add_mentor(db, here, "approved", "business_planning,finance_funding", 2).await;
        let request = add_request(db, here, "finance_funding").await;
        let pair = add_mentorship(db, &mentor, &request).await;
        mentorship_meeting::ActiveModel {
            mentorship_id: Set(pair.id),
            met_on: Set(NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()),
            notes: Set("Gennemgik regnskabet.".into()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        let evaluation = |side: &str, token: char| mentorship_evaluation::ActiveModel {
            mentorship_id: Set(pair.id),
            side: Set(side.into()),
            token_hash: Set(token.to_string().repeat(64)),
            created_at: Set(now),
            ..Default::default()
        };
        evaluation("mentor", 'a').insert(db).await.unwrap();
        evaluation("enterprise", 'b').insert(db).await.unwrap();
        assert!(
            evaluation("mentor", 'c').insert(db).await.is_err(),
            "one evaluation per side"
        );

        mentorship::Entity::delete_by_id(pair.id)
            .exec(db)
            .await
            .unwrap();
        let meetings = mentorship_meeting::Entity::find()
            .filter(mentorship_meeting::Column::MentorshipId.eq(pair.id))
            .count(db)
            .await
            .unwrap();
        let evaluations = mentorship_evaluation::Entity::find()
            .filter(mentorship_evaluation::Column::MentorshipId.eq(pair.id))
            .count(db)
            .await
            .unwrap();
        assert_eq!((meetings, evaluations), (0, 0), "gone with the mentorship");
        // The mentor and the request stay.
        assert!(
            mentor::Entity::find_by_id(mentor.id)
                .one(db)
                .await
                .unwrap()
                .is_some()
        );
        assert!(
            mentor_request::Entity::find_by_id(request.id)
                .one(db)
                .await
                .unwrap()
                .is_some()
        );
    }
);

db_test!(
    suggestions_rank_the_mentors_and_say_who_is_left_out_and_why,
    |db| {
        let places = municipalities(db).await;
        let (here, there) = (places[0], places[1]);
        let request = add_request(db, here, "finance_funding,marketing_sales").await;
        let near = add_mentor(db, here, "approved", "finance_funding,marketing_sales", 2).await;
        let far = add_mentor(db, there, "approved", "finance_funding", 2).await;
        let paused = add_mentor(db, here, "paused", "finance_funding", 2).await;
        let full = add_mentor(db, here, "approved", "finance_funding", 1).await;
        let pending = add_mentor(db, here, "pending", "finance_funding", 1).await;
        add_mentorship(db, &full, &request).await;

        // The demo's own mentors are weighed too; this test follows its own.
        let mine = [near.id, far.id, paused.id, full.id, pending.id];
        let mut ranking = suggestions(db, here, request.id).await.unwrap();
        ranking.suggestions.retain(|s| mine.contains(&s.mentor_id));
        ranking.excluded.retain(|e| mine.contains(&e.mentor_id));
        let order: Vec<i32> = ranking.suggestions.iter().map(|s| s.mentor_id).collect();
        assert_eq!(order, vec![near.id, far.id]);
        let best = &ranking.suggestions[0];
        assert_eq!(best.score, 100, "{best:?}");
        let second = &ranking.suggestions[1];
        let part = |f| second.parts.iter().find(|p| p.factor == f).unwrap().points;
        assert_eq!(part(Factor::Needs), 20, "one of two needs");
        assert_eq!(part(Factor::Municipality), 0, "another municipality");
        let mut left_out: Vec<(i32, Exclusion)> = ranking
            .excluded
            .iter()
            .map(|e| (e.mentor_id, e.reason))
            .collect();
        left_out.sort_by_key(|(id, _)| *id);
        assert_eq!(
            left_out,
            vec![(paused.id, Exclusion::Paused), (full.id, Exclusion::Full)],
            "a sign-up not approved is not weighed at all (nor named to other municipalities)"
        );

        // Another municipality's staff cannot read this request's suggestions.
        assert!(matches!(
            suggestions(db, there, request.id).await,
            Err(AppError::NotFound)
        ));
    }
);
