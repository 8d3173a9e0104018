//! The mentor scheme's tables (migration 18) on both databases: a mentor, a request, the
//! mentorship between them, its meetings and evaluations; one evaluation per side, and a
//! mentorship's meetings and evaluations go with it.
#![cfg(feature = "test-support")]
use app::db_test;
use app::domain::mentoring::mentorship::MentorshipStatus;
use app::entities::{
    mentor, mentor_request, mentorship, mentorship_evaluation, mentorship_meeting, municipality,
};
use app::seed::seed_demo_if_empty;
use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

db_test!(
    a_mentorship_keeps_its_meetings_and_one_evaluation_per_side,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        let now = Utc::now();
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let place = municipality::Entity::find().one(db).await.unwrap().unwrap();
        let mentor = mentor::ActiveModel {
            municipality_id: Set(place.id),
            status: Set("approved".into()),
            name: Set("Lone Berg".into()),
            organisation: Set("Berg Revision".into()),
            role: Set("Partner".into()),
            email: Set("lone@example.dk".into()),
            expertise: Set("business_planning,finance_funding".into()),
            sectors: Set("food_hospitality".into()),
            languages: Set("da,en".into()),
            capacity: Set(2),
            available_from: Set(Some(day(1))),
            introduction: Set("Revisor i 20 år.".into()),
            consent_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        let request = mentor_request::ActiveModel {
            municipality_id: Set(place.id),
            status: Set("open".into()),
            name: Set("Mette Madsen".into()),
            email: Set("mette@example.dk".into()),
            needs: Set("finance_funding".into()),
            details: Set("Vi skal finde penge til en ny ovn.".into()),
            source: Set("form".into()),
            consent_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        let pair = mentorship::ActiveModel {
            municipality_id: Set(place.id),
            mentor_id: Set(mentor.id),
            request_id: Set(request.id),
            status: Set(MentorshipStatus::Active.code().into()),
            period_from: Set(day(1)),
            goals: Set("En budgetplan for 2027.".into()),
            mentor_token_hash: Set("m".repeat(64)),
            enterprise_token_hash: Set("e".repeat(64)),
            active_since: Set(Some(day(2))),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        mentorship_meeting::ActiveModel {
            mentorship_id: Set(pair.id),
            met_on: Set(day(3)),
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
