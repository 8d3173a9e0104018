//! The self-assessment's repository on both databases.
#![cfg(feature = "test-support")]
use app::admin::rates::discount_rates;
use app::db_test;
use app::domain::eligibility::rates::known_rates;

db_test!(the_migration_ships_the_known_discount_rates, |db| {
    // Exactly the table DOMAIN.md gives, row for row, confidence included.
    assert_eq!(discount_rates(db).await.unwrap(), known_rates());
});

use app::assessment::api::{MAX_VALUE_CHARS, Step};
use app::assessment::queries::{
    create_draft, delete_drafts_untouched_since, load_draft, save_step,
};
use app::entities::assessment_draft;
use app::error::AppError;
use sea_orm::EntityTrait;
use std::collections::BTreeMap;

fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

db_test!(a_draft_keeps_every_step_as_typed_behind_its_token, |db| {
    let token = create_draft(db).await.unwrap();
    assert!(load_draft(db, &token).await.unwrap().steps.is_empty());

    save_step(
        db,
        &token,
        Step::LegalForm,
        values(&[("legal_form", "aps")]),
    )
    .await
    .unwrap();
    // Invalid values are kept too: nothing typed is lost.
    let typed = values(&[
        ("sales_revenue", "ni hundrede"),
        ("total_revenue", "1.000.000"),
    ]);
    save_step(db, &token, Step::Commercial, typed.clone())
        .await
        .unwrap();
    // Saving a step again replaces it.
    save_step(
        db,
        &token,
        Step::LegalForm,
        values(&[("legal_form", "forening")]),
    )
    .await
    .unwrap();

    let draft = load_draft(db, &token).await.unwrap();
    assert_eq!(
        draft.steps[&Step::LegalForm],
        values(&[("legal_form", "forening")])
    );
    assert_eq!(draft.steps[&Step::Commercial], typed);
});

db_test!(the_token_itself_is_never_stored, |db| {
    let token = create_draft(db).await.unwrap();
    let rows = assessment_draft::Entity::find().all(db).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].token_hash, token);
    assert!(!rows[0].token_hash.contains(&token));
});

db_test!(unknown_and_malformed_tokens_are_not_found, |db| {
    let token = create_draft(db).await.unwrap();
    let mut other = token.clone();
    other.replace_range(0..1, if token.starts_with('A') { "B" } else { "A" });
    for bad in [other.as_str(), "", "' OR 1=1 --", &"x".repeat(43)] {
        assert_eq!(
            load_draft(db, bad).await.unwrap_err(),
            AppError::NotFound,
            "{bad}"
        );
        let saved = save_step(db, bad, Step::Purpose, values(&[("a", "b")])).await;
        assert_eq!(saved.unwrap_err(), AppError::NotFound);
    }
});

db_test!(oversized_steps_are_refused_with_the_limit, |db| {
    let token = create_draft(db).await.unwrap();
    let long = "9".repeat(MAX_VALUE_CHARS + 1);
    let err = save_step(db, &token, Step::Profit, values(&[("dividend", &long)]))
        .await
        .unwrap_err();
    let field = err.field("dividend").unwrap();
    assert_eq!(field.max, Some(MAX_VALUE_CHARS as i64));
    let many: BTreeMap<String, String> = (0..40).map(|i| (format!("f{i}"), "x".into())).collect();
    assert!(matches!(
        save_step(db, &token, Step::Profit, many).await.unwrap_err(),
        AppError::Invalid(_)
    ));
    assert!(
        load_draft(db, &token).await.unwrap().steps.is_empty(),
        "nothing half-saved"
    );
});

db_test!(old_drafts_are_deleted_by_age, |db| {
    let kept = create_draft(db).await.unwrap();
    let future = chrono::Utc::now() + chrono::Duration::days(1);
    let past = chrono::Utc::now() - chrono::Duration::days(1);
    assert_eq!(delete_drafts_untouched_since(db, past).await.unwrap(), 0);
    assert!(load_draft(db, &kept).await.is_ok());
    assert_eq!(delete_drafts_untouched_since(db, future).await.unwrap(), 1);
    assert_eq!(load_draft(db, &kept).await.unwrap_err(), AppError::NotFound);
});
