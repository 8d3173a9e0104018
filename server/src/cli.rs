//! `server create-admin`: the first administrator of a production installation. There is
//! no default password: it is read from `ADMIN_PASSWORD` or, when that is unset, from the
//! first line of standard input. On a new installation (an empty database) it also creates
//! the administrator's municipality, named with `--municipality-name`.
use app::account::api::Role;
use app::account::create_staff_user;
use app::admin::municipalities::add_municipality;
use app::admin::municipalities::api::{MunicipalityName, NewMunicipality};
use app::entities::municipality;
use app::error::AppError;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait};

pub const USAGE: &str = "usage: server create-admin --email EMAIL --name NAME --municipality CODE \
    [--municipality-name NAME]\n\
    (password from ADMIN_PASSWORD, or the first line of standard input; --municipality-name \
    creates the municipality when none has CODE, as on a new installation)\n\
    usage: server backup FILE\n\
    (a copy of the SQLite database in the new file FILE, taken while the server runs)\n\
    usage: server synthetic-companies N\n\
    (N made-up published companies after the demo data, for measuring the registry at scale)";

#[derive(Debug, PartialEq, Eq)]
pub struct CreateAdmin {
    pub email: String,
    pub name: String,
    pub municipality_code: String,
    /// The municipality's name, to create it when no municipality has the code.
    pub municipality_name: Option<String>,
}

/// What `create_admin` made.
#[derive(Debug, PartialEq, Eq)]
pub struct Created {
    pub user_id: i32,
    /// The municipality's name, when it was created too.
    pub municipality: Option<String>,
}

/// Parses the arguments after `create-admin`.
pub fn parse_create_admin(args: &[String]) -> Result<CreateAdmin, String> {
    let (mut email, mut name, mut code, mut municipality_name) = (None, None, None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--email" => email = Some(value.clone()),
            "--name" => name = Some(value.clone()),
            "--municipality" => code = Some(value.clone()),
            "--municipality-name" => municipality_name = Some(value.clone()),
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    Ok(CreateAdmin {
        email: email.ok_or(USAGE)?,
        name: name.ok_or(USAGE)?,
        municipality_code: code.ok_or(USAGE)?,
        municipality_name,
    })
}

/// Creates the administrator, and the municipality first when it is new; both or neither.
pub async fn create_admin(
    db: &DatabaseConnection,
    command: &CreateAdmin,
    password: &str,
) -> Result<Created, String> {
    let code = command.municipality_code.trim();
    let txn = db.begin().await.map_err(|e| e.to_string())?;
    let existing = municipality::Entity::find()
        .filter(municipality::Column::Code.eq(code))
        .one(&txn)
        .await
        .map_err(|e| e.to_string())?;
    let (municipality_id, created) = match (existing, command.municipality_name.as_deref()) {
        (Some(found), None) => (found.id, None),
        (Some(found), Some(name)) if found.name.to_lowercase() == name.trim().to_lowercase() => {
            (found.id, None)
        }
        (Some(found), Some(name)) => {
            return Err(format!(
                "municipality {code} exists as {:?}, not {name:?}: leave out \
                 --municipality-name to use it",
                found.name
            ));
        }
        (None, Some(name)) => {
            let input = NewMunicipality {
                code: code.to_owned(),
                name: MunicipalityName {
                    name: name.to_owned(),
                },
            };
            let row = add_municipality(&txn, None, &input, chrono::Utc::now())
                .await
                .map_err(|e| {
                    explain(
                        e,
                        &[("code", "--municipality"), ("name", "--municipality-name")],
                    )
                })?;
            (row.id, Some(row.name))
        }
        (None, None) => {
            return Err(format!(
                "no municipality with code {code}: add --municipality-name NAME to create it"
            ));
        }
    };
    let user = create_staff_user(
        &txn,
        municipality_id,
        &command.email,
        &command.name,
        // The installation's first administrator: adds the municipalities and their admins.
        Role::SuperAdmin,
        Some(password),
        None,
    )
    .await
    .map_err(|e| explain(e, &[("email", "--email"), ("password", "password")]))?;
    txn.commit().await.map_err(|e| e.to_string())?;
    Ok(Created {
        user_id: user.id,
        municipality: created,
    })
}

/// An error in English, each field error named by the option it came from.
fn explain(err: AppError, options: &[(&str, &str)]) -> String {
    match err {
        AppError::Invalid(fields) => fields
            .iter()
            .map(|f| {
                let option = options
                    .iter()
                    .find(|(field, _)| *field == f.field)
                    .map_or(f.field.as_str(), |(_, option)| option);
                format!("{option}: {}", f.text(app::i18n::Lang::En))
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn arguments_are_parsed_and_missing_ones_refused() {
        let base = ["--email", "a@b.dk", "--name", "A", "--municipality", "0813"];
        assert_eq!(
            parse_create_admin(&args(&base)),
            Ok(CreateAdmin {
                email: "a@b.dk".into(),
                name: "A".into(),
                municipality_code: "0813".into(),
                municipality_name: None,
            })
        );
        let named = [&base[..], &["--municipality-name", "Frederikshavn Kommune"]].concat();
        assert_eq!(
            parse_create_admin(&args(&named))
                .unwrap()
                .municipality_name
                .as_deref(),
            Some("Frederikshavn Kommune")
        );
        assert!(parse_create_admin(&args(&["--email", "a@b.dk"])).is_err());
        assert!(parse_create_admin(&args(&["--email"])).is_err());
        assert!(parse_create_admin(&args(&["--password", "x"])).is_err());
    }
}
