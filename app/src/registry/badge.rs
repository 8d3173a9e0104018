//! The live badge a company embeds on its own site (`/badge/{cvr}.svg`): "listed" with the
//! date of the last RSV check, "deregistered on …", or "not listed", as the registry says
//! now. Server only.
use crate::domain::listing::{ListingStatus, Step};
use crate::domain::text::html_escape;
use crate::entities::{company, company_event};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// What the badge says of a CVR number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Badge {
    Listed { checked_on: Option<NaiveDate> },
    Deregistered { on: NaiveDate },
    NotListed,
}

/// The badge of `cvr` as the registry holds it now; an unknown CVR is "not listed".
pub async fn badge(db: &impl ConnectionTrait, cvr: &str) -> Result<Badge, AppError> {
    let Some(row) = company::Entity::find()
        .filter(company::Column::Cvr.eq(cvr))
        .one(db)
        .await?
    else {
        return Ok(Badge::NotListed);
    };
    match ListingStatus::from_code(&row.status) {
        Some(ListingStatus::Published) => Ok(Badge::Listed {
            checked_on: row.rsv_checked_at.map(|t| t.date_naive()),
        }),
        Some(ListingStatus::Deregistered) => {
            let on = company_event::Entity::find()
                .filter(company_event::Column::CompanyId.eq(row.id))
                .filter(company_event::Column::Step.eq(Step::Deregister.code()))
                .order_by_desc(company_event::Column::CreatedAt)
                .one(db)
                .await?
                .map_or(row.updated_at, |e| e.created_at);
            Ok(Badge::Deregistered {
                on: on.date_naive(),
            })
        }
        _ => Ok(Badge::NotListed),
    }
}

/// The badge as an SVG image, in `lang`: a label and the registry's answer, colour-coded,
/// with a title for screen readers.
pub fn badge_svg(badge: &Badge, lang: Lang) -> String {
    let (text, colour) = match badge {
        Badge::Listed {
            checked_on: Some(on),
        } => (
            lang.fill(Msg::BadgeListedChecked, &[("date", &lang.date(*on))]),
            "#1b6e3a",
        ),
        Badge::Listed { checked_on: None } => (lang.t(Msg::BadgeListed).to_owned(), "#1b6e3a"),
        Badge::Deregistered { on } => (
            lang.fill(Msg::BadgeDeregistered, &[("date", &lang.date(*on))]),
            "#8a1c1c",
        ),
        Badge::NotListed => (lang.t(Msg::BadgeNotListed).to_owned(), "#555555"),
    };
    let label = lang.t(Msg::BadgeLabel);
    // Widths from the character count: the SVG has no text measuring, 7 px a character
    // fits the 12 px sans-serif it asks for.
    let width = |s: &str| 14 + 7 * s.chars().count();
    let (left, right) = (width(label), width(&text));
    let (label, text) = (html_escape(label), html_escape(&text));
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="24" role="img" aria-label="{label}: {text}"><title>{label}: {text}</title><rect width="{left}" height="24" fill="#333"/><rect x="{left}" width="{right}" height="24" fill="{colour}"/><g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="12"><text x="7" y="16">{label}</text><text x="{x}" y="16">{text}</text></g></svg>"##,
        total = left + right,
        x = left + 7,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_badge_says_what_the_registry_says() {
        let on = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let listed = badge_svg(
            &Badge::Listed {
                checked_on: Some(on),
            },
            Lang::Da,
        );
        assert!(listed.contains("kontrolleret 2.3.2026"), "{listed}");
        assert!(listed.starts_with("<svg") && listed.ends_with("</svg>"));
        let gone = badge_svg(&Badge::Deregistered { on }, Lang::En);
        assert!(gone.contains("deregistered on 2 March 2026"), "{gone}");
        assert!(badge_svg(&Badge::NotListed, Lang::Da).contains("Ikke i registret"));
    }
}
