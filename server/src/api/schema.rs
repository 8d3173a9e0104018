//! Schemas for values whose rules live in the app's types: each enumeration lists the codes
//! of its Rust type, so the document cannot drift from what the server accepts.
use app::domain::company::{LegalForm, Purpose};
use app::domain::eligibility::dividend::Breach;
use app::domain::eligibility::money::MAX_DKK;
use app::domain::eligibility::rates::Confidence;
use app::domain::eligibility::{Aim, CriterionId, Overall, Stakeholder, Status};
use app::domain::listing::{RsvStatus, Step, TargetGroup};
use app::registry::api::Sort;
use utoipa::openapi::schema::{KnownFormat, Object, ObjectBuilder, SchemaFormat, SchemaType, Type};

/// A string that is one of `codes`.
pub fn codes<'a>(codes: impl IntoIterator<Item = &'a str>, description: &str) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(codes.into_iter().map(str::to_owned)))
        .description(Some(description))
        .build()
}

pub fn legal_form() -> Object {
    codes(LegalForm::ALL.map(LegalForm::code), "The company form.")
}

pub fn purpose() -> Object {
    codes(
        Purpose::ALL.map(Purpose::code),
        "The social purpose's category.",
    )
}

pub fn target_group() -> Object {
    codes(
        TargetGroup::ALL.map(TargetGroup::code),
        "A group at the edge of the labour market.",
    )
}

pub fn rsv_status() -> Object {
    codes(
        RsvStatus::ALL.map(RsvStatus::code),
        "The RSV status as the company states it.",
    )
}

pub fn sort() -> Object {
    codes(
        Sort::ALL.map(Sort::code),
        "name: Danish alphabetical order; newest: listed most recently; checked: RSV status checked most recently.",
    )
}

pub fn step() -> Object {
    codes(
        Step::ALL
            .into_iter()
            .filter(|s| s.is_public())
            .map(Step::code),
        "What changed the public entry.",
    )
}

pub fn cvr() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some("^[0-9]{8}$"))
        .description(Some("The CVR number: eight digits."))
        .build()
}

/// `YYYY-MM-DD`, or null when it has not happened.
pub fn optional_date() -> Object {
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::String, Type::Null]))
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
        .build()
}

pub fn target_groups() -> utoipa::openapi::schema::Array {
    utoipa::openapi::schema::ArrayBuilder::new()
        .items(target_group())
        .build()
}

/// A string enumeration from a type's serde names (`snake_case`).
fn serde_codes<T: serde::Serialize>(all: &[T], description: &str) -> Object {
    let names: Vec<String> = all
        .iter()
        .filter_map(|v| serde_json::to_value(v).ok()?.as_str().map(str::to_owned))
        .collect();
    codes(names.iter().map(String::as_str), description)
}

fn number(minimum: f64, maximum: f64, multiple_of: f64, description: &str) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::Number)
        .minimum(Some(minimum))
        .maximum(Some(maximum))
        .multiple_of(Some(multiple_of))
        .description(Some(description))
        .build()
}

/// DKK: what `Dkk::parse_plain` and the rules accept.
pub fn amount() -> Object {
    let max = MAX_DKK.ore() as f64 / 100.0;
    number(
        0.0,
        max,
        0.01,
        "DKK, at most two decimals (øre); not negative.",
    )
}

/// A profit after tax: negative for a loss.
pub fn signed_amount() -> Object {
    let max = MAX_DKK.ore() as f64 / 100.0;
    number(
        -max,
        max,
        0.01,
        "DKK, at most two decimals (øre); negative for a loss.",
    )
}

pub fn percentage() -> Object {
    number(0.0, 100.0, 0.0001, "Per cent, at most four decimals.")
}

pub fn aim() -> Object {
    serde_codes(&Aim::ALL, "The company's primary aim.")
}

pub fn stakeholders() -> utoipa::openapi::schema::Array {
    utoipa::openapi::schema::ArrayBuilder::new()
        .items(serde_codes(
            &Stakeholder::ALL,
            "A group involved in the company's governance.",
        ))
        .build()
}

/// Strictly `YYYY-MM-DD`.
pub fn date() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
        .pattern(Some("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
        .build()
}

pub fn overall() -> Object {
    serde_codes(&Overall::ALL, "The verdict over all criteria.")
}

pub fn status() -> Object {
    serde_codes(&Status::ALL, "A criterion's verdict.")
}

pub fn criterion() -> Object {
    serde_codes(&CriterionId::ALL, "The criterion.")
}

pub fn confidence() -> Object {
    nullable(serde_codes(
        &Confidence::ALL,
        "How sure the discount-rate table is of the rate.",
    ))
}

/// An optional answer: null means not answered.
pub fn optional_legal_form() -> Object {
    nullable(legal_form())
}

/// The enumeration, or null.
fn nullable(mut schema: Object) -> Object {
    schema.schema_type = SchemaType::from_iter([Type::String, Type::Null]);
    if let Some(values) = schema.enum_values.as_mut() {
        values.push(serde_json::Value::Null);
    }
    schema
}

pub fn breaches() -> utoipa::openapi::schema::Array {
    utoipa::openapi::schema::ArrayBuilder::new()
        .items(serde_codes(&Breach::ALL, "Why a dividend fails the cap."))
        .build()
}

/// A decimal number, exact as computed (JSON has no decimal type).
pub fn decimal() -> Object {
    ObjectBuilder::new().schema_type(Type::Number).build()
}

pub fn optional_decimal() -> Object {
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::Number, Type::Null]))
        .build()
}

pub fn lang() -> Object {
    codes(["da", "en"], "The language of the reasons.")
}
