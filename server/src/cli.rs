//! The command line: `serve` (the default), `user add`, `demo`, `migrate`, `bench-figures`.

use crate::{
    config::Config,
    db,
    service::{demo, users},
    startup,
};
use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use std::io::{BufRead, IsTerminal};

#[derive(Parser)]
#[command(name = "tiptoes", version, about = "Children's and families' views for safeguarding meetings")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the kiosk, the staff pages and the API (the default).
    Serve,
    /// Manage staff accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Load demo data (a chair, a manager, a meeting with invite codes). Safe to run again.
    Demo,
    /// Bring the database schema up to date and exit.
    Migrate,
    /// For `make bench`: fill an empty database with a year of meetings and time the figures.
    BenchFigures {
        /// How many meetings (three people each).
        #[arg(long, default_value_t = 1_000_000)]
        meetings: u64,
        /// What to call this database in the report.
        #[arg(long, default_value = "database")]
        label: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user; the password is read from standard input (at least 12 characters).
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// chair or manager
        #[arg(long)]
        role: String,
    },
}

pub async fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = Config::from_env()?;
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("TIPTOES_LOG").unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => startup::serve(config).await,
        Command::Migrate => {
            db::connect(&config.database_url).await?;
            println!("The database at {} is up to date.", db::redact(&config.database_url));
            Ok(())
        }
        Command::User { command: UserCommand::Add { email, name, role } } => {
            let Some(role) = users::StaffRole::parse(&role) else { bail!("--role must be chair or manager, not {role:?}") };
            let password = read_password()?;
            let pool = db::connect(&config.database_url).await?;
            let user = users::add(&pool, &email, &name, role, &password).await.map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("Added {} <{}> as {}.", user.name, user.email, user.role.as_str());
            Ok(())
        }
        Command::BenchFigures { meetings, label } => {
            let pool = db::connect(&config.database_url).await?;
            crate::bench::run(&pool, &label, meetings.max(1)).await
        }
        Command::Demo => {
            let pool = db::connect(&config.database_url).await?;
            let base = config.public_base(config.addr);
            let demo = demo::load(&pool, &base).await.map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("{}", if demo.created { "Demo data loaded." } else { "Demo data was already there." });
            println!();
            println!("  Chair:    {}  password: {}", demo::CHAIR_EMAIL, demo::CHAIR_PASSWORD);
            println!("  Manager:  {}  password: {}", demo::MANAGER_EMAIL, demo::MANAGER_PASSWORD);
            println!("  Meeting:  {base}/api/v1/meetings/{}", demo.meeting_id);
            println!();
            println!("  Invite codes (type one at {base}/code, or open the link):");
            for (role, name, lang, code) in demo::PEOPLE {
                println!("    {code}  {name} ({}, {lang})  {base}/i/{code}", role.as_str());
            }
            println!();
            println!("  After yesterday's meeting (these open the feedback screens):");
            for (role, name, lang, code) in demo::AFTER {
                println!("    {code}  {name} ({}, {lang})  {base}/i/{code}", role.as_str());
            }
            Ok(())
        }
    }
}

/// The password from standard input: one line, its newline removed.
fn read_password() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("Password (at least 12 characters): ");
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line).context("cannot read the password from standard input")?;
    let password = line.trim_end_matches(['\n', '\r']).to_string();
    if password.is_empty() {
        bail!("no password given on standard input");
    }
    Ok(password)
}
