//! Mentors suggested for an enterprise's request, best first, each with the parts of its
//! score and their weights, so staff see why; mentors who cannot take it on now are left
//! out with the reason. Whole points, no floating point: the same inputs always rank the
//! same way.
use super::{Expertise, Sector};
use chrono::{Days, NaiveDate};

/// How long help is wanted for, from the request's start: a mentorship's usual first span.
pub const PERIOD_DAYS: u64 = 90;

/// The language assumed when a request names none.
pub const DEFAULT_LANGUAGE: &str = "da";

/// Where a mentor stands in the scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentorStatus {
    /// Signed up; the email not yet confirmed.
    Unconfirmed,
    /// Email confirmed, not yet approved by the contact.
    Pending,
    Approved,
    /// Approved, but taking no one on for now (the mentor's own choice).
    Paused,
    Declined,
    /// Left the scheme.
    Left,
}

impl MentorStatus {
    pub const ALL: [MentorStatus; 6] = [
        Self::Unconfirmed,
        Self::Pending,
        Self::Approved,
        Self::Paused,
        Self::Declined,
        Self::Left,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Unconfirmed => "unconfirmed",
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Paused => "paused",
            Self::Declined => "declined",
            Self::Left => "left",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What matching reads of a mentor.
#[derive(Clone, Debug)]
pub struct MentorProfile {
    pub id: i32,
    pub status: MentorStatus,
    pub expertise: Vec<Expertise>,
    pub sectors: Vec<Sector>,
    /// ISO 639-1 codes: `da`, `en`, …
    pub languages: Vec<String>,
    /// How many enterprises at a time.
    pub capacity: u32,
    /// Mentorships proposed, active or paused now.
    pub current: u32,
    pub available_from: Option<NaiveDate>,
    pub available_to: Option<NaiveDate>,
    pub municipality_id: i32,
}

/// What matching reads of a request for a mentor.
#[derive(Clone, Debug)]
pub struct MentorRequest {
    pub needs: Vec<Expertise>,
    pub sector: Option<Sector>,
    pub language: Option<String>,
    pub municipality_id: i32,
    /// From when help is wanted (the request's day, or a later start it names).
    pub wanted_from: NaiveDate,
}

/// One thing the score weighs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    Needs,
    Sector,
    Language,
    Availability,
    Capacity,
    Municipality,
}

impl Factor {
    /// The most points each can give; together 100.
    pub const fn weight(self) -> u32 {
        match self {
            Self::Needs => 40,
            Self::Sector => 15,
            Self::Language => 15,
            Self::Availability => 10,
            Self::Capacity => 10,
            Self::Municipality => 10,
        }
    }
}

/// One part of a score: what it weighs, how much it may give and gave.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ScorePart {
    pub factor: Factor,
    pub weight: u32,
    pub points: u32,
    /// For `Needs`: which of the request's needs the mentor covers.
    pub covered: Vec<Expertise>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub mentor_id: i32,
    pub score: u32,
    pub parts: Vec<ScorePart>,
}

/// Why a mentor is not suggested.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exclusion {
    /// Not (or no longer) an approved mentor: unconfirmed, pending, declined or left.
    NotApproved,
    Paused,
    /// As many enterprises as the mentor takes at a time.
    Full,
    /// Not available at any time in the period wanted.
    Unavailable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excluded {
    pub mentor_id: i32,
    pub reason: Exclusion,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ranking {
    /// Best first; equal scores: more room first, then the longer-standing mentor (lower id).
    pub suggestions: Vec<Suggestion>,
    pub excluded: Vec<Excluded>,
}

/// The mentors for `request`, ranked, and those left out with why.
pub fn suggest(request: &MentorRequest, mentors: &[MentorProfile]) -> Ranking {
    let mut ranking = Ranking::default();
    for mentor in mentors {
        match exclusion(request, mentor) {
            Some(reason) => ranking.excluded.push(Excluded {
                mentor_id: mentor.id,
                reason,
            }),
            None => ranking.suggestions.push(score(request, mentor)),
        }
    }
    let room = |id: i32| {
        mentors
            .iter()
            .find(|m| m.id == id)
            .map_or(0, |m| m.capacity.saturating_sub(m.current))
    };
    ranking.suggestions.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(room(b.mentor_id).cmp(&room(a.mentor_id)))
            .then(a.mentor_id.cmp(&b.mentor_id))
    });
    ranking
}

/// Why `mentor` cannot take `request` on now, if so.
pub fn exclusion(request: &MentorRequest, mentor: &MentorProfile) -> Option<Exclusion> {
    match mentor.status {
        MentorStatus::Unconfirmed
        | MentorStatus::Pending
        | MentorStatus::Declined
        | MentorStatus::Left => {
            return Some(Exclusion::NotApproved);
        }
        MentorStatus::Paused => return Some(Exclusion::Paused),
        MentorStatus::Approved => {}
    }
    if mentor.current >= mentor.capacity {
        return Some(Exclusion::Full);
    }
    (overlap_days(request, mentor) == 0).then_some(Exclusion::Unavailable)
}

/// The score of a mentor who can take the request on.
pub fn score(request: &MentorRequest, mentor: &MentorProfile) -> Suggestion {
    let part = |factor: Factor, points: u32| ScorePart {
        factor,
        weight: factor.weight(),
        points: points.min(factor.weight()),
        covered: Vec::new(),
    };
    let covered: Vec<Expertise> = request
        .needs
        .iter()
        .copied()
        .filter(|need| mentor.expertise.contains(need))
        .collect();
    let needs_points = match request.needs.len() as u32 {
        0 => 0,
        asked => Factor::Needs.weight() * covered.len() as u32 / asked,
    };
    let sector = request.sector.is_some_and(|s| mentor.sectors.contains(&s));
    let language = request.language.as_deref().unwrap_or(DEFAULT_LANGUAGE);
    let speaks = mentor.languages.iter().any(|l| l == language);
    let overlap = overlap_days(request, mentor);
    let availability = match overlap {
        days if days >= PERIOD_DAYS => Factor::Availability.weight(),
        _ => Factor::Availability.weight() / 2,
    };
    let room = mentor.capacity.saturating_sub(mentor.current);
    let capacity = match room {
        0 => 0,
        1 => Factor::Capacity.weight() / 2,
        _ => Factor::Capacity.weight(),
    };
    let parts = vec![
        ScorePart {
            covered,
            ..part(Factor::Needs, needs_points)
        },
        part(
            Factor::Sector,
            if sector { Factor::Sector.weight() } else { 0 },
        ),
        part(
            Factor::Language,
            if speaks { Factor::Language.weight() } else { 0 },
        ),
        part(Factor::Availability, availability),
        part(Factor::Capacity, capacity),
        part(
            Factor::Municipality,
            if mentor.municipality_id == request.municipality_id {
                Factor::Municipality.weight()
            } else {
                0
            },
        ),
    ];
    Suggestion {
        mentor_id: mentor.id,
        score: parts.iter().map(|p| p.points).sum(),
        parts,
    }
}

/// Days of the wanted period (`PERIOD_DAYS` from `wanted_from`) the mentor is available.
fn overlap_days(request: &MentorRequest, mentor: &MentorProfile) -> u64 {
    let start = request.wanted_from;
    let end = start
        .checked_add_days(Days::new(PERIOD_DAYS))
        .unwrap_or(NaiveDate::MAX);
    let from = mentor.available_from.map_or(start, |f| f.max(start));
    // `available_to` is the last day the mentor is available.
    let to = mentor
        .available_to
        .and_then(|t| t.checked_add_days(Days::new(1)))
        .map_or(end, |t| t.min(end));
    u64::try_from((to - from).num_days()).unwrap_or(0)
}
