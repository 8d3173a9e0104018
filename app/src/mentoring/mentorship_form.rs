//! A mentorship's forms as typed, and their rules: the contact's proposal (which mentor,
//! the period, the goals), a logged meeting, and a side's evaluation at the end.
#[cfg(feature = "ssr")]
use crate::domain::mentoring::mentorship::RATINGS;
#[cfg(feature = "ssr")]
use crate::error::FieldError;
#[cfg(feature = "ssr")]
use crate::form::{Invalid, chars, rules};
#[cfg(feature = "ssr")]
use crate::i18n::Msg;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const MAX_GOALS_CHARS: usize = 4_000;
pub const MAX_NOTES_CHARS: usize = 4_000;
pub const MAX_COMMENT_CHARS: usize = 2_000;

/// The contact proposes a mentorship for a request: the mentor (the top suggestion
/// preselected), when, and what it is to achieve.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
#[serde(default)]
pub struct ProposeForm {
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::chosen::<Invalid>"))
    )]
    pub mentor: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            custom(function = "rules::iso_date::<Invalid>")
        )
    )]
    pub period_from: String,
    #[cfg_attr(
        feature = "ssr",
        validate(custom(function = "rules::iso_date::<Invalid>"))
    )]
    pub period_to: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_GOALS_CHARS))
        )
    )]
    pub goals: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidProposal {
    pub mentor_id: i32,
    pub period_from: NaiveDate,
    pub period_to: Option<NaiveDate>,
    pub goals: String,
}

/// A meeting as logged by staff or by the mentor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
#[serde(default)]
pub struct MeetingForm {
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            custom(function = "rules::iso_date::<Invalid>")
        )
    )]
    pub met_on: String,
    #[cfg_attr(
        feature = "ssr",
        validate(
            custom(function = "rules::required::<Invalid>"),
            length(max = chars(MAX_NOTES_CHARS))
        )
    )]
    pub notes: String,
    #[cfg_attr(feature = "ssr", validate(length(max = chars(MAX_NOTES_CHARS))))]
    pub next_step: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidMeeting {
    pub met_on: NaiveDate,
    pub notes: String,
    pub next_step: Option<String>,
}

/// A side's evaluation: a rating 1–5 and a comment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(validator::Validate))]
#[serde(default)]
pub struct EvaluationForm {
    #[cfg_attr(feature = "ssr", validate(custom(function = "rating::<Invalid>")))]
    pub rating: String,
    #[cfg_attr(feature = "ssr", validate(length(max = chars(MAX_COMMENT_CHARS))))]
    pub comment: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidEvaluation {
    pub rating: u8,
    pub comment: Option<String>,
}

#[cfg(feature = "ssr")]
fn rating<E: From<Msg>>(value: &str) -> Result<(), E> {
    match value.trim().parse::<u8>() {
        Ok(n) if RATINGS.contains(&n) => Ok(()),
        _ => Err(Msg::ErrorRating.into()),
    }
}

#[cfg(feature = "ssr")]
fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

#[cfg(feature = "ssr")]
fn optional(text: &str) -> Option<String> {
    Some(text.trim().to_owned()).filter(|t| !t.is_empty())
}

/// The proposal's rules: each field's, and the period may not end before it starts.
#[cfg(feature = "ssr")]
pub fn validate_proposal(form: &ProposeForm) -> Result<ValidProposal, Vec<FieldError>> {
    let mut errors = crate::form::check(form).err().unwrap_or_default();
    let (from, to) = (date(&form.period_from), date(&form.period_to));
    if let (Some(from), Some(to)) = (from, to)
        && to < from
    {
        errors.push(FieldError::new("period_to", Msg::ErrorMentorPeriod));
    }
    let mentor_id = form.mentor.trim().parse::<i32>().ok();
    if mentor_id.is_none() && errors.iter().all(|e| e.field != "mentor") {
        errors.push(FieldError::new("mentor", Msg::ErrorChoose));
    }
    match (errors.is_empty(), mentor_id, from) {
        (true, Some(mentor_id), Some(period_from)) => Ok(ValidProposal {
            mentor_id,
            period_from,
            period_to: to,
            goals: form.goals.trim().to_owned(),
        }),
        _ => Err(super::form::one_per_field(errors)),
    }
}

/// The meeting's rules: each field's, and a meeting held, not one planned (`today` at the
/// latest).
#[cfg(feature = "ssr")]
pub fn validate_meeting(
    form: &MeetingForm,
    today: NaiveDate,
) -> Result<ValidMeeting, Vec<FieldError>> {
    let mut errors = crate::form::check(form).err().unwrap_or_default();
    let met_on = date(&form.met_on);
    if met_on.is_some_and(|d| d > today) {
        errors.push(FieldError::new("met_on", Msg::ErrorMeetingFuture));
    }
    match (errors.is_empty(), met_on) {
        (true, Some(met_on)) => Ok(ValidMeeting {
            met_on,
            notes: form.notes.trim().to_owned(),
            next_step: optional(&form.next_step),
        }),
        _ => Err(super::form::one_per_field(errors)),
    }
}

#[cfg(feature = "ssr")]
pub fn validate_evaluation(form: &EvaluationForm) -> Result<ValidEvaluation, Vec<FieldError>> {
    crate::form::check(form)?;
    Ok(ValidEvaluation {
        rating: form.rating.trim().parse().map_err(|_| Vec::new())?,
        comment: optional(&form.comment),
    })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn fields(errors: &[FieldError]) -> Vec<(&str, Msg)> {
        errors
            .iter()
            .map(|e| (e.field.as_str(), e.message))
            .collect()
    }

    #[test]
    fn a_proposal_needs_a_mentor_a_start_and_goals_and_a_period_in_order() {
        let empty = validate_proposal(&ProposeForm::default()).unwrap_err();
        assert_eq!(
            fields(&empty),
            [
                ("goals", Msg::ErrorRequired),
                ("mentor", Msg::ErrorChoose),
                ("period_from", Msg::ErrorRequired)
            ]
        );
        let form = ProposeForm {
            mentor: "7".into(),
            period_from: "2027-02-01".into(),
            period_to: "2027-01-31".into(),
            goals: "  Et budget.  ".into(),
        };
        assert_eq!(
            fields(&validate_proposal(&form).unwrap_err()),
            [("period_to", Msg::ErrorMentorPeriod)]
        );
        let form = ProposeForm {
            period_to: String::new(),
            ..form
        };
        let valid = validate_proposal(&form).unwrap();
        assert_eq!(
            (valid.mentor_id, valid.goals.as_str(), valid.period_to),
            (7, "Et budget.", None)
        );
        let crafted = ProposeForm {
            mentor: "x".into(),
            ..form
        };
        assert_eq!(
            fields(&validate_proposal(&crafted).unwrap_err()),
            [("mentor", Msg::ErrorChoose)]
        );
    }

    #[test]
    fn a_meeting_is_one_held_with_notes() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let form = MeetingForm {
            met_on: "2026-12-02".into(),
            notes: "Budget.".into(),
            next_step: " ".into(),
        };
        assert_eq!(
            fields(&validate_meeting(&form, today).unwrap_err()),
            [("met_on", Msg::ErrorMeetingFuture)]
        );
        let held = MeetingForm {
            met_on: "2026-12-01".into(),
            ..form
        };
        let valid = validate_meeting(&held, today).unwrap();
        assert_eq!((valid.met_on, valid.next_step), (today, None));
        let blank = MeetingForm {
            met_on: "1.12.2026".into(),
            notes: String::new(),
            ..held
        };
        assert_eq!(
            fields(&validate_meeting(&blank, today).unwrap_err()),
            [("met_on", Msg::ErrorDate), ("notes", Msg::ErrorRequired)]
        );
    }

    #[test]
    fn an_evaluation_is_rated_one_to_five() {
        for bad in ["", "0", "6", "fem", "4.5"] {
            let form = EvaluationForm {
                rating: bad.into(),
                comment: String::new(),
            };
            assert_eq!(
                fields(&validate_evaluation(&form).unwrap_err()),
                [("rating", Msg::ErrorRating)],
                "{bad:?}"
            );
        }
        let form = EvaluationForm {
            rating: " 5 ".into(),
            comment: "  ".into(),
        };
        assert_eq!(
            validate_evaluation(&form).unwrap(),
            ValidEvaluation {
                rating: 5,
                comment: None
            }
        );
    }
}
