use super::matching::*;
use super::mentorship::*;
use super::{Expertise, Sector, split_codes};
use chrono::{NaiveDate, TimeZone, Utc};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn mentor(id: i32) -> MentorProfile {
    MentorProfile {
        id,
        status: MentorStatus::Approved,
        expertise: vec![Expertise::BusinessPlanning, Expertise::MarketingSales],
        sectors: vec![Sector::FoodHospitality],
        languages: vec!["da".into(), "en".into()],
        capacity: 2,
        current: 0,
        available_from: None,
        available_to: None,
        municipality_id: 1,
    }
}

fn request() -> MentorRequest {
    MentorRequest {
        needs: vec![Expertise::BusinessPlanning, Expertise::FinanceFunding],
        sector: Some(Sector::FoodHospitality),
        language: None,
        municipality_id: 1,
        wanted_from: day(2026, 12, 1),
    }
}

fn points(s: &Suggestion, factor: Factor) -> u32 {
    s.parts.iter().find(|p| p.factor == factor).unwrap().points
}

#[test]
fn the_weights_add_up_to_a_hundred() {
    let all = [
        Factor::Needs,
        Factor::Sector,
        Factor::Language,
        Factor::Availability,
        Factor::Capacity,
        Factor::Municipality,
    ];
    assert_eq!(all.iter().map(|f| f.weight()).sum::<u32>(), 100);
}

#[test]
fn each_part_of_the_score_says_what_it_gave_and_why() {
    let s = score(&request(), &mentor(1));
    let needs = &s.parts[0];
    assert_eq!(needs.factor, Factor::Needs);
    assert_eq!(
        needs.covered,
        vec![Expertise::BusinessPlanning],
        "which needs"
    );
    assert_eq!(needs.points, 20, "one of two needs: half of 40");
    assert_eq!(points(&s, Factor::Sector), 15);
    assert_eq!(
        points(&s, Factor::Language),
        15,
        "Danish when none is named"
    );
    assert_eq!(
        points(&s, Factor::Availability),
        10,
        "open-ended: the whole period"
    );
    assert_eq!(points(&s, Factor::Capacity), 10, "two places free");
    assert_eq!(points(&s, Factor::Municipality), 10);
    assert_eq!(s.score, 80);
    assert!(s.parts.iter().all(|p| p.points <= p.weight));
}

#[test]
fn a_mentor_elsewhere_without_the_language_or_sector_scores_less() {
    let mut far = mentor(2);
    far.municipality_id = 2;
    far.sectors = vec![Sector::CareHealth];
    far.languages = vec!["da".into()];
    far.current = 1;
    let mut asking = request();
    asking.language = Some("en".into());
    let s = score(&asking, &far);
    assert_eq!(points(&s, Factor::Sector), 0);
    assert_eq!(points(&s, Factor::Language), 0);
    assert_eq!(points(&s, Factor::Municipality), 0);
    assert_eq!(points(&s, Factor::Capacity), 5, "one place left");
    assert_eq!(s.score, 20 + 10 + 5);
}

#[test]
fn availability_for_part_of_the_period_gives_half() {
    let mut later = mentor(3);
    later.available_from = Some(day(2027, 1, 15));
    let s = score(&request(), &later);
    assert_eq!(points(&s, Factor::Availability), 5);
    let mut until = mentor(4);
    until.available_to = Some(day(2026, 12, 31));
    assert_eq!(points(&score(&request(), &until), Factor::Availability), 5);
    let mut exactly = mentor(5);
    exactly.available_to = Some(day(2027, 2, 28));
    assert_eq!(
        points(&score(&request(), &exactly), Factor::Availability),
        10,
        "the period's last day (1 Dec + 90 days - 1) is covered"
    );
}

#[test]
fn full_paused_unapproved_and_unavailable_mentors_are_left_out_with_the_reason() {
    let mut full = mentor(1);
    full.current = 2;
    let mut paused = mentor(2);
    paused.status = MentorStatus::Paused;
    let mut pending = mentor(3);
    pending.status = MentorStatus::Pending;
    let mut left = mentor(4);
    left.status = MentorStatus::Left;
    let mut gone = mentor(5);
    gone.available_to = Some(day(2026, 11, 30));
    let mut not_yet = mentor(6);
    not_yet.available_from = Some(day(2027, 3, 1));
    let ok = mentor(7);
    let ranking = suggest(
        &request(),
        &[full, paused, pending, left, gone, not_yet, ok],
    );
    assert_eq!(
        ranking
            .suggestions
            .iter()
            .map(|s| s.mentor_id)
            .collect::<Vec<_>>(),
        vec![7]
    );
    let reasons: Vec<(i32, Exclusion)> = ranking
        .excluded
        .iter()
        .map(|e| (e.mentor_id, e.reason))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (1, Exclusion::Full),
            (2, Exclusion::Paused),
            (3, Exclusion::NotApproved),
            (4, Exclusion::NotApproved),
            (5, Exclusion::Unavailable),
            (6, Exclusion::Unavailable),
        ]
    );
}

#[test]
fn the_best_match_comes_first_and_ties_go_to_more_room_then_the_earlier_mentor() {
    let mut finance = mentor(10);
    finance.expertise = vec![Expertise::BusinessPlanning, Expertise::FinanceFunding];
    let mut busy = mentor(4);
    busy.capacity = 3;
    busy.current = 1;
    let roomy = {
        let mut m = mentor(5);
        m.capacity = 4;
        m
    };
    let same = mentor(3);
    let ranking = suggest(&request(), &[same, busy, roomy, finance]);
    let order: Vec<i32> = ranking.suggestions.iter().map(|s| s.mentor_id).collect();
    // 10 covers both needs; 3, 4 and 5 score the same (two places or more free): 5 has
    // the most room, then 3 before 4.
    assert_eq!(order, vec![10, 5, 3, 4]);
    assert!(ranking.suggestions[0].score > ranking.suggestions[1].score);
}

#[test]
fn a_request_without_needs_or_sector_scores_nothing_for_them() {
    let asking = MentorRequest {
        needs: vec![],
        sector: None,
        ..request()
    };
    let s = score(&asking, &mentor(1));
    assert_eq!(points(&s, Factor::Needs), 0);
    assert_eq!(points(&s, Factor::Sector), 0);
}

#[test]
fn stored_code_lists_read_back_sorted_without_unknowns_or_repeats() {
    let read = split_codes(
        "marketing_sales, business_planning,nonsense,marketing_sales",
        Expertise::from_code,
    );
    assert_eq!(
        read,
        vec![Expertise::BusinessPlanning, Expertise::MarketingSales]
    );
    for e in Expertise::ALL {
        assert_eq!(Expertise::from_code(e.code()), Some(e));
    }
    for s in Sector::ALL {
        assert_eq!(Sector::from_code(s.code()), Some(s));
    }
    for s in MentorStatus::ALL {
        assert_eq!(MentorStatus::from_code(s.code()), Some(s));
    }
}

#[test]
fn a_mentorship_is_active_once_both_sides_confirm_and_ends_once() {
    use MentorshipStatus::*;
    let only_mentor = Change::Confirm {
        mentor: true,
        enterprise: false,
    };
    let both = Change::Confirm {
        mentor: true,
        enterprise: true,
    };
    assert_eq!(after(Proposed, only_mentor), Some(Proposed));
    assert_eq!(after(Proposed, both), Some(Active));
    assert_eq!(after(Active, Change::Pause), Some(Paused));
    assert_eq!(after(Paused, Change::Resume), Some(Active));
    assert_eq!(after(Paused, Change::Complete), Some(Completed));
    assert_eq!(after(Proposed, Change::Cancel), Some(Cancelled));
    assert_eq!(after(Proposed, Change::Complete), None, "never started");
    assert_eq!(after(Proposed, Change::Pause), None);
    assert_eq!(after(Active, Change::Resume), None);
    for ended in [Completed, Cancelled] {
        for change in [
            both,
            Change::Pause,
            Change::Resume,
            Change::Complete,
            Change::Cancel,
        ] {
            assert_eq!(after(ended, change), None, "{ended:?} {change:?}");
        }
        assert!(!ended.is_open());
    }
    for s in MentorshipStatus::ALL {
        assert_eq!(MentorshipStatus::from_code(s.code()), Some(s));
    }
}

#[test]
fn a_quiet_mentorship_is_reminded_once_per_quiet_spell() {
    let at = |d: NaiveDate| Utc.from_utc_datetime(&d.and_hms_opt(8, 0, 0).unwrap());
    let start = day(2026, 1, 5);
    let due = |last_meeting, reminded, today| {
        is_due_a_quiet_reminder(
            MentorshipStatus::Active,
            start,
            last_meeting,
            reminded,
            at(today),
        )
    };
    // Counted from the start while no meeting is logged.
    assert!(!due(None, None, day(2026, 2, 15)), "41 days");
    assert!(due(None, None, day(2026, 2, 16)), "42 days");
    // Reminded on day 42: not again in the same spell.
    let reminded = Some(at(day(2026, 2, 16)));
    assert!(!due(None, reminded, day(2026, 4, 1)));
    // A meeting ends the spell; six weeks after it, a new one.
    let met = Some(day(2026, 3, 2));
    assert!(
        !due(met, reminded, day(2026, 4, 12)),
        "41 days after the meeting"
    );
    assert!(due(met, reminded, day(2026, 4, 13)));
    // A meeting logged after the reminder but dated before it also ends that spell.
    let backdated = Some(day(2026, 2, 10));
    assert!(due(backdated, reminded, day(2026, 3, 24)));
    // Only active mentorships go quiet.
    for status in [
        MentorshipStatus::Proposed,
        MentorshipStatus::Paused,
        MentorshipStatus::Completed,
    ] {
        assert!(!is_due_a_quiet_reminder(
            status,
            start,
            None,
            None,
            at(day(2026, 6, 1))
        ));
    }
}

mod mentor_steps {
    use super::super::matching::MentorStatus::{self, *};
    use super::super::mentor::{By, MentorStep, after, steps};

    #[test]
    fn a_sign_up_is_confirmed_by_the_mentor_and_decided_by_staff() {
        assert_eq!(
            after(Unconfirmed, MentorStep::Confirm, By::Mentor),
            Some(Pending)
        );
        assert_eq!(
            after(Unconfirmed, MentorStep::Approve, By::Staff),
            None,
            "unconfirmed email"
        );
        assert_eq!(
            after(Pending, MentorStep::Approve, By::Staff),
            Some(Approved)
        );
        assert_eq!(
            after(Pending, MentorStep::Decline, By::Staff),
            Some(Declined)
        );
        assert_eq!(
            after(Pending, MentorStep::Approve, By::Mentor),
            None,
            "not their own"
        );
        assert_eq!(
            after(Approved, MentorStep::Approve, By::Staff),
            None,
            "decided once"
        );
        assert_eq!(after(Declined, MentorStep::Approve, By::Staff), None);
    }

    #[test]
    fn only_the_mentor_pauses_resumes_and_leaves() {
        assert_eq!(after(Approved, MentorStep::Pause, By::Mentor), Some(Paused));
        assert_eq!(
            after(Paused, MentorStep::Resume, By::Mentor),
            Some(Approved)
        );
        assert_eq!(after(Paused, MentorStep::Leave, By::Mentor), Some(Left));
        assert_eq!(after(Approved, MentorStep::Pause, By::Staff), None);
        assert_eq!(after(Pending, MentorStep::Leave, By::Mentor), None);
        assert_eq!(after(Left, MentorStep::Resume, By::Mentor), None);
    }

    #[test]
    fn the_buttons_are_the_steps_open_to_the_viewer() {
        assert_eq!(
            steps(Approved, By::Mentor),
            [MentorStep::Pause, MentorStep::Leave]
        );
        assert_eq!(
            steps(Pending, By::Staff),
            [MentorStep::Approve, MentorStep::Decline]
        );
        for status in MentorStatus::ALL {
            for step in MentorStep::ALL {
                assert_eq!(MentorStep::from_code(step.code()), Some(step));
            }
            assert!(
                steps(status, By::Staff)
                    .iter()
                    .all(|s| matches!(s, MentorStep::Approve | MentorStep::Decline))
            );
        }
    }
}

#[test]
fn staff_steps_follow_the_life_and_their_codes_round_trip() {
    use MentorshipStatus::*;
    assert_eq!(staff_steps(Proposed), [Change::Cancel]);
    assert_eq!(
        staff_steps(Active),
        [Change::Pause, Change::Complete, Change::Cancel]
    );
    assert_eq!(
        staff_steps(Paused),
        [Change::Resume, Change::Complete, Change::Cancel]
    );
    assert!(staff_steps(Completed).is_empty());
    assert!(staff_steps(Cancelled).is_empty());
    for change in Change::STAFF {
        assert_eq!(Change::from_staff_code(change.code()), Some(change));
    }
    // A side's confirmation is not a staff step.
    assert_eq!(Change::from_staff_code("confirm"), None);
    assert!(takes_meetings(Active) && takes_meetings(Paused));
    assert!(!takes_meetings(Proposed) && !takes_meetings(Completed));
    for side in Side::BOTH {
        assert_eq!(Side::from_code(side.code()), Some(side));
    }
}
