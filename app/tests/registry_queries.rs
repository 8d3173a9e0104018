//! The registry's repository on both databases, over the demo data.
#![cfg(feature = "test-support")]
use app::db_test;
use app::domain::company::{LegalForm, Purpose};
use app::domain::listing::{ListingStatus, RsvStatus, Step, TargetGroup};
use app::entities::company;
use app::error::AppError;
use app::i18n::Msg;
use app::registry::api::{CompanyQuery, PAGE_SIZE, Sort};
use app::registry::queries::{company_batch, get_company, list_companies, list_municipalities};
use app::seed::{DEMO_COMPANIES, DEMO_LISTED, demo_cvr, seed_demo_if_empty};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

fn query(q: Option<&str>) -> CompanyQuery {
    CompanyQuery {
        q: q.map(str::to_owned),
        page: 1,
        ..Default::default()
    }
}

async fn names(db: &sea_orm::DatabaseConnection, q: CompanyQuery) -> Vec<String> {
    list_companies(db, &q)
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|c| c.name)
        .collect()
}

db_test!(lists_the_first_page_in_danish_alphabetical_order, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let page = list_companies(db, &query(None)).await.unwrap();
    assert_eq!(page.total, DEMO_LISTED as u64);
    assert_eq!(page.items.len() as u64, PAGE_SIZE);
    assert_eq!(page.page_count, 2);
    assert_eq!(page.items[0].name, "Aalborg Lydbibliotek");

    let second = list_companies(
        db,
        &CompanyQuery {
            page: 2,
            ..query(None)
        },
    )
    .await
    .unwrap();
    assert_eq!(second.items.len(), DEMO_LISTED - PAGE_SIZE as usize);
    let last: Vec<&str> = second
        .items
        .iter()
        .rev()
        .take(4)
        .map(|c| c.name.as_str())
        .collect();
    // æ, ø, å come after z, in that order.
    assert_eq!(
        last,
        [
            "Åens Kajakklub og Udlejning",
            "Østkraft Energiandelen",
            "Æblehaven Hjørring",
            "Vrå Økohave"
        ]
    );
});

db_test!(lists_municipalities_by_name, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let names: Vec<String> = list_municipalities(db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.name)
        .collect();
    assert_eq!(
        names,
        [
            "Aalborg Kommune",
            "Brønderslev Kommune",
            "Frederikshavn Kommune",
            "Hjørring Kommune"
        ]
    );
});

db_test!(a_page_past_the_end_is_empty_not_an_error, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let page = list_companies(
        db,
        &CompanyQuery {
            page: 9,
            ..query(None)
        },
    )
    .await
    .unwrap();
    assert!(page.items.is_empty());
    assert_eq!(page.total, DEMO_LISTED as u64);
});

db_test!(search_ignores_case_including_danish_letters, |db| {
    seed_demo_if_empty(db).await.unwrap();
    assert_eq!(names(db, query(Some("ØKOHAVE"))).await, ["Vrå Økohave"]);
    assert_eq!(
        names(db, query(Some("café nordlys"))).await,
        ["Café Nordlys"]
    );
    // Matches descriptions and towns, every word must match.
    assert_eq!(
        names(db, query(Some("kaffebar"))).await,
        ["Limfjordens Kaffebar"]
    );
    assert!(names(db, query(Some("skagen"))).await.len() >= 2);
    assert_eq!(
        names(db, query(Some("skagen kunst"))).await,
        ["Skagens Kunstnerlaug"]
    );
    // Products too.
    assert_eq!(
        names(db, query(Some("marmelade"))).await,
        ["Æblehaven Hjørring"]
    );
});

db_test!(search_treats_wildcards_as_text, |db| {
    seed_demo_if_empty(db).await.unwrap();
    assert!(names(db, query(Some("%"))).await.is_empty());
    assert!(names(db, query(Some("_"))).await.is_empty());
});

db_test!(filters_by_municipality_and_purpose, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let in_hjoerring = list_companies(
        db,
        &CompanyQuery {
            municipality: Some("hjoerring".into()),
            ..query(None)
        },
    )
    .await
    .unwrap();
    let expected = DEMO_COMPANIES
        .iter()
        .filter(|c| c.municipality_code == "0860")
        .count();
    assert_eq!(in_hjoerring.total, expected as u64);
    assert!(
        in_hjoerring
            .items
            .iter()
            .all(|c| c.municipality == "Hjørring Kommune")
    );

    let cultural = list_companies(
        db,
        &CompanyQuery {
            purpose: Some(Purpose::Cultural),
            ..query(None)
        },
    )
    .await
    .unwrap();
    let expected = DEMO_COMPANIES
        .iter()
        .filter(|c| c.purpose == Purpose::Cultural)
        .count();
    assert_eq!(cultural.total, expected as u64);

    let nowhere = list_companies(
        db,
        &CompanyQuery {
            municipality: Some("atlantis".into()),
            ..query(None)
        },
    )
    .await
    .unwrap();
    assert_eq!(nowhere.total, 0);
});

db_test!(rejects_overlong_search_and_silly_pages, |db| {
    let long = "a".repeat(101);
    let err = list_companies(db, &query(Some(&long))).await.unwrap_err();
    let field = err.field("q").unwrap();
    assert_eq!(field.message, Msg::ErrorTooLong);
    assert_eq!(field.max, Some(100));
    assert_eq!(err.status(), 422);
    // 100 characters, counted as characters not bytes, are fine.
    let ok = "ø".repeat(100);
    assert!(list_companies(db, &query(Some(&ok))).await.is_ok());

    let err = list_companies(
        db,
        &CompanyQuery {
            page: 0,
            ..query(None)
        },
    )
    .await
    .unwrap_err();
    let field = err.field("page").unwrap();
    assert_eq!(field.message, Msg::ErrorOutOfRange);
    assert_eq!((field.min, field.max), (Some(1), Some(10_000)));
});

db_test!(gets_one_company_by_cvr, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let cvr = demo_cvr(0).to_string();
    let detail = get_company(db, &cvr).await.unwrap();
    assert_eq!(detail.name, DEMO_COMPANIES[0].name);
    assert_eq!(detail.municipality, "Frederikshavn Kommune");
    let check = detail.check.expect("checked");
    assert_eq!(
        (check.on.as_str(), check.source.as_deref()),
        ("2026-03-02", Some("cvr"))
    );
    assert_eq!(detail.rsv_status, RsvStatus::Registered);
    assert_eq!(detail.products, DEMO_COMPANIES[0].products);
    let mut groups = DEMO_COMPANIES[0].target_groups.to_vec();
    groups.sort_by_key(|g| TargetGroup::ALL.iter().position(|a| a == g));
    assert_eq!(detail.target_groups, groups);
    let steps: Vec<_> = detail.history.iter().map(|e| e.step).collect();
    assert_eq!(steps, [Step::Approve], "its listing, the one public change");
    assert_eq!(
        get_company(db, "13748136").await.unwrap_err(),
        AppError::NotFound
    );
    assert_eq!(
        get_company(db, "<script>").await.unwrap_err(),
        AppError::NotFound
    );
});

db_test!(only_published_companies_are_public, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let cvr = demo_cvr(1).to_string();
    let row = company::Entity::find()
        .filter(company::Column::Cvr.eq(cvr.as_str()))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    for status in ListingStatus::ALL {
        let mut model = row.clone().into_active_model();
        model.status = Set(status.code().to_owned());
        model.update(db).await.unwrap();
        let shown = get_company(db, &cvr).await.is_ok();
        let page = list_companies(db, &query(None)).await.unwrap();
        let found = !names(db, query(Some("nordlys"))).await.is_empty();
        let public = status == ListingStatus::Published;
        assert_eq!((shown, found), (public, public), "{status:?}");
        let expected = DEMO_LISTED as u64 - u64::from(!public);
        assert_eq!(page.total, expected, "{status:?}");
    }
});

db_test!(renaming_a_company_updates_search_and_order, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let row = company::Entity::find()
        .filter(company::Column::Cvr.eq(demo_cvr(2).to_string()))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let before = row.updated_at;
    let mut active = row.into_active_model();
    active.name = Set("Aaa Ærøskøbing Strandrens".into());
    let saved = active.update(db).await.unwrap();
    assert!(saved.updated_at >= before);
    assert!(saved.search_text.contains("aeroeskoebing"));
    assert_eq!(names(db, query(None)).await[0], "Aaa Ærøskøbing Strandrens");
    assert_eq!(
        names(db, query(Some("ÆRØSKØBING"))).await,
        ["Aaa Ærøskøbing Strandrens"]
    );
    // The index follows the update: the old name is gone from it.
    assert!(names(db, query(Some("aeroeskoebing"))).await.len() == 1);
    let old = names(db, query(Some(DEMO_COMPANIES[2].name))).await;
    assert!(!old.contains(&DEMO_COMPANIES[2].name.to_owned()), "{old:?}");
});

db_test!(
    search_spells_danish_letters_both_ways_and_matches_word_starts,
    |db| {
        seed_demo_if_empty(db).await.unwrap();
        // "Aalborg" finds "Ålborg" and back; "Åens" is found as "aaens".
        assert_eq!(
            names(db, query(Some("ålborg lyd"))).await,
            ["Aalborg Lydbibliotek"]
        );
        assert_eq!(
            names(db, query(Some("AAENS kajak"))).await,
            ["Åens Kajakklub og Udlejning"]
        );
        assert_eq!(names(db, query(Some("oekohave"))).await, ["Vrå Økohave"]);
        // The start of a word, not its middle.
        assert_eq!(
            names(db, query(Some("kaffeb"))).await,
            ["Limfjordens Kaffebar"]
        );
        assert!(names(db, query(Some("affebar"))).await.is_empty());
        // Text with no letters or digits matches nothing rather than everything.
        assert!(names(db, query(Some("&& *"))).await.is_empty());
    }
);

db_test!(filters_by_form_target_group_check_and_employment, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let all = list_companies(
        db,
        &CompanyQuery {
            page: 1,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let total = |q: CompanyQuery| async move { list_companies(db, &q).await.unwrap().total };
    let aps = total(CompanyQuery {
        legal_form: Some(LegalForm::Aps),
        page: 1,
        ..Default::default()
    })
    .await;
    let flex = total(CompanyQuery {
        target_group: Some(TargetGroup::FlexJob),
        page: 1,
        ..Default::default()
    })
    .await;
    let checked = total(CompanyQuery {
        checked: true,
        page: 1,
        ..Default::default()
    })
    .await;
    let employs = total(CompanyQuery {
        employs: true,
        page: 1,
        ..Default::default()
    })
    .await;
    // Each filter narrows, and to what the rows say.
    let rows = company::Entity::find()
        .filter(company::Column::Status.eq(ListingStatus::Published.code()))
        .all(db)
        .await
        .unwrap();
    let count = |f: &dyn Fn(&company::Model) -> bool| rows.iter().filter(|r| f(r)).count() as u64;
    assert_eq!(aps, count(&|r| r.legal_form == "aps"));
    assert_eq!(
        flex,
        count(&|r| r.target_groups.split(',').any(|g| g == "flex_job"))
    );
    assert_eq!(checked, count(&|r| r.rsv_checked_at.is_some()));
    assert_eq!(
        employs,
        count(&|r| r.target_group_employees.unwrap_or(0) > 0)
    );
    for n in [aps, flex, checked, employs] {
        assert!(n > 0 && n < all.total, "{n} of {}", all.total);
    }
});

db_test!(sorts_by_newest_and_recently_checked, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let items = |sort| async move {
        list_companies(
            db,
            &CompanyQuery {
                sort,
                page: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .items
    };
    let newest = items(Sort::Newest).await;
    let listed: Vec<&String> = newest.iter().filter_map(|c| c.listed_on.as_ref()).collect();
    assert!(listed.windows(2).all(|w| w[0] >= w[1]), "{listed:?}");
    let checked = items(Sort::Checked).await;
    let on: Vec<Option<&String>> = checked.iter().map(|c| c.checked_on.as_ref()).collect();
    // Most recent first, never checked last.
    let first_unchecked = on.iter().position(Option::is_none).unwrap_or(on.len());
    assert!(on[first_unchecked..].iter().all(Option::is_none), "{on:?}");
    assert!(
        on[..first_unchecked].windows(2).all(|w| w[0] >= w[1]),
        "{on:?}"
    );
});

db_test!(batches_read_every_match_once_in_name_order, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let query = CompanyQuery {
        page: 1,
        ..Default::default()
    };
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let (rows, next) = company_batch(db, &query, after, 7).await.unwrap();
        seen.extend(rows.into_iter().map(|c| c.name));
        match next {
            Some(cursor) => after = Some(cursor),
            None => break,
        }
    }
    assert_eq!(seen.len(), DEMO_LISTED);
    let mut listed = Vec::new();
    for page in 1..=2 {
        listed.extend(
            names(
                db,
                CompanyQuery {
                    page,
                    ..Default::default()
                },
            )
            .await,
        );
    }
    assert_eq!(seen, listed);
});

db_test!(statistics_count_the_published_companies, |db| {
    seed_demo_if_empty(db).await.unwrap();
    let stats = app::registry::statistics::statistics(db).await.unwrap();
    assert_eq!(stats.total, DEMO_LISTED as u64);
    let sum = |counts: &[app::registry::api::Count]| counts.iter().map(|c| c.count).sum::<u64>();
    // Each company has one purpose, municipality, form and listing year.
    assert_eq!(sum(&stats.by_purpose), stats.total);
    assert_eq!(sum(&stats.by_municipality), stats.total);
    assert_eq!(sum(&stats.by_legal_form), stats.total);
    assert_eq!(sum(&stats.per_year), stats.total);
    assert_eq!(stats.by_purpose.len(), Purpose::ALL.len());
    let years: Vec<&str> = stats.per_year.iter().map(|c| c.key.as_str()).collect();
    assert!(
        years.is_sorted() && years.iter().all(|y| y.len() == 4),
        "{years:?}"
    );
    // Against the rows themselves.
    let rows = company::Entity::find()
        .filter(company::Column::Status.eq(ListingStatus::Published.code()))
        .all(db)
        .await
        .unwrap();
    let flex = rows
        .iter()
        .filter(|r| r.target_groups.split(',').any(|g| g == "flex_job"))
        .count() as u64;
    let counted = stats
        .by_target_group
        .iter()
        .find(|c| c.key == "flex_job")
        .unwrap()
        .count;
    assert_eq!(counted, flex);
    let employees: i64 = rows.iter().filter_map(|r| r.employees).map(i64::from).sum();
    assert_eq!(stats.employees, employees as u64);
    let from_groups: i64 = rows
        .iter()
        .filter_map(|r| r.target_group_employees)
        .map(i64::from)
        .sum();
    assert_eq!(stats.target_group_employees, from_groups as u64);
    assert!(stats.target_group_employees > 0 && stats.target_group_employees < stats.employees);
});

db_test!(
    synthetic_companies_add_up_with_valid_distinct_numbers,
    |db| {
        use app::seed::synthetic::{COMMON_WORD, RARE_WORD, add_synthetic_companies};
        seed_demo_if_empty(db).await.unwrap();
        // Twice, as the benchmark adds them size by size.
        assert_eq!(add_synthetic_companies(db, 300).await.unwrap(), 300);
        assert_eq!(add_synthetic_companies(db, 250).await.unwrap(), 250);
        let all = list_companies(db, &query(None)).await.unwrap();
        assert_eq!(all.total, DEMO_LISTED as u64 + 550);
        let rows = company::Entity::find().all(db).await.unwrap();
        for row in rows.iter().filter(|r| r.cvr.starts_with('9')) {
            assert!(
                app::domain::cvr::Cvr::parse(&row.cvr).is_ok(),
                "{}",
                row.cvr
            );
        }
        assert_eq!(
            list_companies(db, &query(Some(RARE_WORD)))
                .await
                .unwrap()
                .total,
            1
        );
        let common = list_companies(db, &query(Some(COMMON_WORD)))
            .await
            .unwrap()
            .total;
        assert!(
            (140..=280).contains(&common),
            "between a quarter and a half: {common}"
        );
    }
);

db_test!(a_search_reads_its_few_matches_in_the_same_order, |db| {
    // Few matches are read through the text index and sorted (another plan than the
    // order's index): the same companies in the same order as filtering the whole list.
    seed_demo_if_empty(db).await.unwrap();
    for sort in [Sort::Name, Sort::Newest, Sort::Checked] {
        let searched = list_companies(
            db,
            &CompanyQuery {
                q: Some("a".into()),
                sort,
                page: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let mut everything = Vec::new();
        for page in 1..=2 {
            let q = CompanyQuery {
                sort,
                page,
                ..Default::default()
            };
            everything.extend(list_companies(db, &q).await.unwrap().items);
        }
        let words = |c: &app::registry::api::CompanySummary| {
            app::domain::text::search_terms(&format!(
                "{} {} {} {} {}",
                c.name,
                c.city,
                c.products,
                c.description_da,
                c.description_en.clone().unwrap_or_default()
            ))
        };
        let expected: Vec<String> = everything
            .into_iter()
            .filter(|c| words(c).split(' ').any(|w| w.starts_with('a')))
            .map(|c| c.name)
            .take(20)
            .collect();
        let got: Vec<String> = searched.items.into_iter().map(|c| c.name).collect();
        assert_eq!(got, expected, "{sort:?}");
    }
});

db_test!(newest_and_checked_pages_are_read_in_index_order, |db| {
    use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};
    seed_demo_if_empty(db).await.unwrap();
    let backend = db.get_database_backend();
    for column in ["listed_at", "rsv_checked_at"] {
        let select = format!(
            "SELECT id FROM company WHERE status = 'published' \
             ORDER BY {column} DESC NULLS LAST, id DESC LIMIT 20"
        );
        let txn = db.begin().await.unwrap();
        // A few dozen rows: PostgreSQL would rather scan them; the question is whether the
        // index can give this order at all.
        let explain = match backend {
            DbBackend::Postgres => {
                txn.execute_unprepared("SET LOCAL enable_seqscan = off")
                    .await
                    .unwrap();
                format!("EXPLAIN {select}")
            }
            _ => format!("EXPLAIN QUERY PLAN {select}"),
        };
        let rows = txn
            .query_all_raw(Statement::from_string(backend, explain))
            .await
            .unwrap();
        let plan: Vec<String> = rows
            .iter()
            .map(|row| {
                row.try_get_by_index::<String>(0)
                    .or_else(|_| row.try_get::<String>("", "detail"))
                    .unwrap()
            })
            .collect();
        txn.rollback().await.unwrap();
        let plan = plan.join("\n");
        assert!(
            !plan.contains("Sort") && !plan.contains("TEMP B-TREE"),
            "{column}: sorted instead of read in order:\n{plan}"
        );
    }
});

db_test!(a_kept_count_or_page_never_outlives_a_change, |db| {
    use app::entities::municipality;
    use sea_orm::{ConnectionTrait, Statement};
    seed_demo_if_empty(db).await.unwrap();
    let all = query(None);
    let before = list_companies(db, &all).await.unwrap();
    // Kept: the second page of the same search counts nothing anew, and agrees.
    let second = CompanyQuery {
        page: 2,
        ..all.clone()
    };
    assert_eq!(
        list_companies(db, &second).await.unwrap().total,
        before.total
    );
    // A change through the app's entities, and one in plain SQL: each counted at once.
    let row = company::Entity::find()
        .filter(company::Column::Status.eq(ListingStatus::Published.code()))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let mut model = row.clone().into_active_model();
    model.status = Set(ListingStatus::Unpublished.code().to_owned());
    model.update(db).await.unwrap();
    assert_eq!(
        list_companies(db, &all).await.unwrap().total,
        before.total - 1
    );
    let backend = db.get_database_backend();
    db.execute_raw(Statement::from_string(
        backend,
        format!(
            "UPDATE company SET status = 'published' WHERE id = {}",
            row.id
        ),
    ))
    .await
    .unwrap();
    assert_eq!(list_companies(db, &all).await.unwrap().total, before.total);
    // The municipalities are kept too, and renamed at once.
    let place = municipality::Entity::find_by_id(row.municipality_id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let mut renamed = place.into_active_model();
    renamed.name = Set("Nyby Kommune".into());
    renamed.update(db).await.unwrap();
    let page = list_companies(
        db,
        &CompanyQuery {
            q: Some(row.name.clone()),
            ..all.clone()
        },
    )
    .await
    .unwrap();
    assert!(page.items.iter().any(|c| c.municipality == "Nyby Kommune"));
    // Whole pages are kept too: a company renamed in plain SQL, its count unchanged, shows
    // its new name on the page read just before.
    let first = list_companies(db, &all).await.unwrap().items[0].clone();
    db.execute_raw(Statement::from_string(
        backend,
        format!(
            "UPDATE company SET name = 'AAA {}' WHERE cvr = '{}'",
            first.name, first.cvr
        ),
    ))
    .await
    .unwrap();
    let again = list_companies(db, &all).await.unwrap();
    assert_eq!(again.items[0].name, format!("AAA {}", first.name));
});

// A profile also shows the company's history and logo: changes there move the version the
// server keeps rendered profiles under (migration 17), in plain SQL as through the app.
db_test!(
    a_profiles_history_and_logo_move_the_registry_version,
    |db| {
        use sea_orm::{ConnectionTrait, Statement};
        seed_demo_if_empty(db).await.unwrap();
        let id = company::Entity::find()
            .filter(company::Column::Cvr.eq(demo_cvr(0).to_string()))
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .id;
        let backend = db.get_database_backend();
        for sql in [
            format!(
                "INSERT INTO company_event (company_id, actor, step, to_status, created_at) \
             VALUES ({id}, 'staff', 'published', 'published', CURRENT_TIMESTAMP)"
            ),
            format!("DELETE FROM company_event WHERE company_id = {id}"),
        ] {
            let before = app::registry::version(db).await.unwrap();
            db.execute_raw(Statement::from_string(backend, sql.clone()))
                .await
                .unwrap();
            assert_ne!(app::registry::version(db).await.unwrap(), before, "{sql}");
        }
        let before = app::registry::version(db).await.unwrap();
        app::entities::company_logo::ActiveModel {
            company_id: Set(id),
            png: Set(vec![0]),
            width: Set(1),
            height: Set(1),
            updated_at: Set(chrono::Utc::now()),
        }
        .insert(db)
        .await
        .unwrap();
        assert_ne!(
            app::registry::version(db).await.unwrap(),
            before,
            "a new logo"
        );
    }
);
