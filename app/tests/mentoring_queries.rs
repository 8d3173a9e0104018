//! The mentor scheme's repository on both databases: suggestions for a request read the
//! mentors' stored codes and their open mentorships, and stay in the request's municipality.
#![cfg(feature = "test-support")]
use app::db_test;
use app::domain::mentoring::matching::{Exclusion, Factor};
use app::entities::{mentor, mentor_request, mentorship, municipality};
use app::error::AppError;
use app::mentoring::queries::suggestions;
use app::seed::seed_demo_if_empty;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, QueryOrder, Set};

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

db_test!(
    suggestions_rank_the_mentors_and_say_who_is_left_out_and_why,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let now = Utc::now();
        let places = municipality::Entity::find()
            .order_by_asc(municipality::Column::Id)
            .all(db)
            .await
            .unwrap();
        let (here, there) = (places[0].id, places[1].id);
        let request = mentor_request::ActiveModel {
            municipality_id: Set(here),
            status: Set("open".into()),
            name: Set("Mette Madsen".into()),
            email: Set("mette@example.dk".into()),
            needs: Set("finance_funding,marketing_sales".into()),
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
        .unwrap();
        let near = add_mentor(db, here, "approved", "finance_funding,marketing_sales", 2).await;
        let far = add_mentor(db, there, "approved", "finance_funding", 2).await;
        let paused = add_mentor(db, here, "paused", "finance_funding", 2).await;
        let full = add_mentor(db, here, "approved", "finance_funding", 1).await;
        let pending = add_mentor(db, here, "pending", "finance_funding", 1).await;
        mentorship::ActiveModel {
            municipality_id: Set(here),
            mentor_id: Set(full.id),
            request_id: Set(request.id),
            status: Set("active".into()),
            period_from: Set(now.date_naive()),
            goals: Set("Et budget.".into()),
            mentor_token_hash: Set("m".repeat(64)),
            enterprise_token_hash: Set("e".repeat(64)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();

        let ranking = suggestions(db, here, request.id).await.unwrap();
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
            vec![
                (paused.id, Exclusion::Paused),
                (full.id, Exclusion::Full),
                (pending.id, Exclusion::NotApproved),
            ]
        );

        // Another municipality's staff cannot read this request's suggestions.
        assert!(matches!(
            suggestions(db, there, request.id).await,
            Err(AppError::NotFound)
        ));
    }
);
