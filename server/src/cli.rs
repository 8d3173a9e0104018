//! `server create-admin`: the first administrator of a production installation. There is
//! no default password: it is read from `ADMIN_PASSWORD` or, when that is unset, from the
//! first line of standard input.
use app::account::api::Role;
use app::account::create_staff_user;
use app::entities::municipality;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

pub const USAGE: &str = "usage: server create-admin --email EMAIL --name NAME --municipality CODE\n\
    (password from ADMIN_PASSWORD, or the first line of standard input)";

#[derive(Debug, PartialEq, Eq)]
pub struct CreateAdmin {
    pub email: String,
    pub name: String,
    pub municipality_code: String,
}

/// Parses the arguments after `create-admin`.
pub fn parse_create_admin(args: &[String]) -> Result<CreateAdmin, String> {
    let (mut email, mut name, mut code) = (None, None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--email" => email = Some(value.clone()),
            "--name" => name = Some(value.clone()),
            "--municipality" => code = Some(value.clone()),
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    Ok(CreateAdmin {
        email: email.ok_or(USAGE)?,
        name: name.ok_or(USAGE)?,
        municipality_code: code.ok_or(USAGE)?,
    })
}

pub async fn create_admin(
    db: &DatabaseConnection,
    command: &CreateAdmin,
    password: &str,
) -> Result<i32, String> {
    let municipality = municipality::Entity::find()
        .filter(municipality::Column::Code.eq(command.municipality_code.as_str()))
        .one(db)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no municipality with code {}", command.municipality_code))?;
    let user = create_staff_user(
        db,
        municipality.id,
        &command.email,
        &command.name,
        Role::Admin,
        Some(password),
        None,
    )
    .await
    .map_err(|err| match err {
        app::error::AppError::Invalid(fields) => fields
            .iter()
            .map(|f| f.text(app::i18n::Lang::En))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    })?;
    Ok(user.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn arguments_are_parsed_and_missing_ones_refused() {
        assert_eq!(
            parse_create_admin(&args(&[
                "--email",
                "a@b.dk",
                "--name",
                "A",
                "--municipality",
                "0813"
            ])),
            Ok(CreateAdmin {
                email: "a@b.dk".into(),
                name: "A".into(),
                municipality_code: "0813".into()
            })
        );
        assert!(parse_create_admin(&args(&["--email", "a@b.dk"])).is_err());
        assert!(parse_create_admin(&args(&["--email"])).is_err());
        assert!(parse_create_admin(&args(&["--password", "x"])).is_err());
    }
}
