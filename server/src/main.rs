//! The server binary: read the configuration, then serve, or run a one-off command.
//! Everything else is in the library.
use std::process::ExitCode;

/// Rendering a page allocates many small strings on several threads at once; with glibc's
/// allocator a third of the CPU time serving the registry page went to malloc and free
/// (perf, 1 Dec 2026).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    let config = match server::config::Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            // Before logging is set up: it is configured by what failed.
            eprintln!("configuration: {err}");
            return ExitCode::from(2);
        }
    };
    server::telemetry::init(&config.log);
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => match server::serve(config).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                tracing::error!("server stopped: {err}");
                ExitCode::FAILURE
            }
        },
        Some("create-admin") => create_admin(&config, &args[1..]).await,
        Some("backup") if args.len() == 2 => backup(&config, &args[1]).await,
        Some("synthetic-companies") if args.len() == 2 => synthetic(&config, &args[1]).await,
        Some(_) => {
            eprintln!("{}", server::cli::USAGE);
            ExitCode::from(2)
        }
    }
}

async fn create_admin(config: &server::config::Config, args: &[String]) -> ExitCode {
    let command = match server::cli::parse_create_admin(args) {
        Ok(command) => command,
        Err(usage) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let password = match std::env::var("ADMIN_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            let mut line = String::new();
            if std::io::stdin().read_line(&mut line).is_err() {
                eprintln!("could not read the password from standard input");
                return ExitCode::from(2);
            }
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    let db = match server::database::connect(&config.database_url, config.pool_size).await {
        Ok(db) => db,
        Err(err) => {
            eprintln!("database: {err}");
            return ExitCode::FAILURE;
        }
    };
    // Migrations only: never demo data (and its demo accounts) from this command.
    if let Err(err) = server::database::prepare(&db, false).await {
        eprintln!("database: {err}");
        return ExitCode::FAILURE;
    }
    match server::cli::create_admin(&db, &command, &password).await {
        Ok(created) => {
            if let Some(name) = created.municipality {
                println!(
                    "municipality {} {name} created",
                    command.municipality_code.trim()
                );
            }
            println!(
                "administrator {} created (id {})",
                command.email, created.user_id
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("not created: {err}");
            ExitCode::FAILURE
        }
    }
}

/// `server backup FILE`: a copy of the SQLite database, taken while the server runs.
async fn backup(config: &server::config::Config, file: &str) -> ExitCode {
    let db = match server::database::connect(&config.database_url, config.pool_size).await {
        Ok(db) => db,
        Err(err) => {
            eprintln!("database: {err}");
            return ExitCode::FAILURE;
        }
    };
    match server::database::backup(&db, std::path::Path::new(file)).await {
        Ok(()) => {
            println!("backup written to {file}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
    }
}

/// `server synthetic-companies N`: N published made-up companies, for measuring the registry
/// at scale. Never on a real installation's database: they would be public.
async fn synthetic(config: &server::config::Config, count: &str) -> ExitCode {
    let Ok(count) = count.parse::<usize>() else {
        eprintln!("{}", server::cli::USAGE);
        return ExitCode::from(2);
    };
    let db = match server::database::connect(&config.database_url, config.pool_size).await {
        Ok(db) => db,
        Err(err) => {
            eprintln!("database: {err}");
            return ExitCode::FAILURE;
        }
    };
    // Migrated, with the demo municipalities to spread them over.
    if let Err(err) = server::database::prepare(&db, true).await {
        eprintln!("database: {err}");
        return ExitCode::FAILURE;
    }
    match app::seed::synthetic::add_synthetic_companies(&db, count).await {
        Ok(made) => {
            println!("{made} synthetic companies added");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
    }
}
