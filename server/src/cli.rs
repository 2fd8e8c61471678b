use backend::seed::scale::Scale;
use clap::{Parser, Subcommand};

/// Pitchline: the pitch and deal-flow manager of the Global Startup Investment Conference.
///
/// Configuration comes from the environment: DATABASE_URL (default
/// sqlite://data/pitchline.db?mode=rwc), LEPTOS_SITE_ADDR (default 127.0.0.1:3000),
/// PITCHLINE_PUBLIC_URL (base of emailed links), PITCHLINE_DATA_DIR (uploads),
/// SMTP_URL (optional; without it emails stay in the staff outbox), PITCHLINE_MAIL_FROM,
/// PITCHLINE_TRUST_PROXY=1 (behind a load balancer), RUST_LOG, PITCHLINE_LOG_FORMAT=json.
#[derive(Parser, Debug)]
#[command(name = "pitchline", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the web application (the default).
    Serve {
        /// On an empty database, create the demo accounts and editions and print them.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load data into the database.
    Seed {
        /// The demo accounts (one staff, two investors, three founders) and editions.
        #[arg(long)]
        demo: bool,
        /// Generated data on top of the demo seed, into an empty database: `tiny`,
        /// `conference` (2,000 startups, 300 investors, 15,000 reviews) or `large`
        /// (100,000 startups, 2,000 investors, 1,000,000 reviews).
        #[arg(long, value_parser = parse_scale)]
        scale: Option<Scale>,
        /// The generator's seed: the same number gives the same data.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Create an account (or add a role to an existing one). The password is read from
    /// standard input when it is piped, otherwise generated and printed once.
    Create {
        /// founder, investor or staff
        #[arg(long)]
        role: String,
        #[arg(long)]
        email: String,
        /// Display name (defaults to the part of the email before @).
        #[arg(long)]
        name: Option<String>,
    },
}

fn parse_scale(raw: &str) -> Result<Scale, String> {
    Scale::parse(raw)
}
