use backend::features::accounts;
use backend::seed::{seed_demo, DEMO_ACCOUNTS};
use backend::AppState;
use clap::Parser;
use leptos::prelude::get_configuration;
use server::cli::{Cli, Command, UserCommand};
use server::config::Config;
use std::io::{IsTerminal, Read};
use std::sync::Arc;

/// mimalloc rather than glibc's malloc. glibc raises its mmap threshold after the first
/// big free, so each argon2 job's 19 MiB block then comes from a per-thread arena that
/// keeps it; peaks of page rendering stay in arenas the same way. mimalloc returns freed
/// memory to the system within moments. Measured before and after in BENCHMARKS.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// What keeps the server's memory near what it uses, and how SQLite allocates (measured in
/// BENCHMARKS.md).
mod memory {
    /// No transparent huge pages for this process. mimalloc asks for them on the Linux
    /// default (`madvise`), and a 2 MiB page stays resident whole for one small block
    /// in it: 32 MiB more right after start, and freed memory that cannot be returned.
    pub fn no_huge_pages() {
        // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory of ours.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
    }

    /// A runtime thread going idle hands back what it freed. mimalloc returns a
    /// thread's free pages only when that thread allocates again, so a worker that goes
    /// quiet after a burst would hold the burst's memory for good, and a freed argon2
    /// buffer (19 MiB, on a blocking thread) waits for someone to purge it. A forced
    /// collect frees this thread's empty pages and purges every arena at once; it runs at
    /// most every quarter second a thread, because under load a worker parks thousands
    /// of times a second. The server's five-second tick wakes a worker after the last
    /// burst, so what a skipped collect left is purged then.
    pub fn give_back_on_idle() {
        use std::cell::Cell;
        use std::time::{Duration, Instant};
        thread_local! {
            static LAST: Cell<Option<Instant>> = const { Cell::new(None) };
        }
        let now = Instant::now();
        let due = LAST
            .get()
            .is_none_or(|last| now - last >= Duration::from_millis(250));
        if due {
            LAST.set(Some(now));
            // SAFETY: mi_collect works on the calling thread's own heap and mimalloc's
            // shared arenas, under mimalloc's own locks.
            unsafe { libmimalloc_sys::mi_collect(true) }
            trim_c_heap(now);
        }
    }

    /// glibc's malloc still serves what is not Rust's: SQLite's page caches, prepared
    /// statements and sorts, made on the connection pool's threads, each thread in its
    /// own arena. An arena gives memory back only from its top, so after a burst most of
    /// it stayed (19 MiB of 50 at the conference seed, measured with `malloc_trim` from
    /// a debugger); `malloc_trim` returns every free page inside every arena. It walks
    /// the arenas under their locks, so it runs at most every two seconds in the process.
    #[cfg(target_env = "gnu")]
    fn trim_c_heap(now: std::time::Instant) {
        use std::sync::atomic::{AtomicU64, Ordering};
        use std::sync::OnceLock;
        static EPOCH: OnceLock<std::time::Instant> = OnceLock::new();
        static LAST_MS: AtomicU64 = AtomicU64::new(0);
        let epoch = *EPOCH.get_or_init(|| now);
        let ms =
            u64::try_from(now.saturating_duration_since(epoch).as_millis()).unwrap_or(u64::MAX);
        let last = LAST_MS.load(Ordering::Relaxed);
        if ms.saturating_sub(last) >= 2_000
            && LAST_MS
                .compare_exchange(last, ms, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            // SAFETY: malloc_trim takes a plain integer and works under glibc's own locks.
            unsafe {
                libc::malloc_trim(0);
            }
        }
    }

    #[cfg(not(target_env = "gnu"))]
    fn trim_c_heap(_now: std::time::Instant) {}

    /// SQLite without its memory statistics. By default every allocation SQLite makes
    /// takes one process-wide mutex to count bytes (`sqlite3_memory_used`), so the pool's
    /// connection threads queue on each other for every row they build; nothing here reads
    /// the count. Set before SQLite starts (the first connection starts it), else refused.
    /// With the pool's checkout ping gone too (`backend::db::connect`), the list pages
    /// served 10–35 % more and memory did not move (A/B in BENCHMARKS.md).
    pub fn no_sqlite_memory_statistics() {
        // SAFETY: called before the first connection, the one moment SQLite accepts
        // configuration (a later call is refused, not undefined). The variadic argument
        // is the int this option takes.
        let code = unsafe {
            libsqlite3_sys::sqlite3_config(
                libsqlite3_sys::SQLITE_CONFIG_MEMSTATUS,
                std::ffi::c_int::from(0u8),
            )
        };
        if code != libsqlite3_sys::SQLITE_OK {
            tracing::warn!("SQLite refused to turn its memory statistics off (code {code})");
        }
    }
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    if std::env::var("PITCHLINE_LOG_FORMAT").is_ok_and(|v| v == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// Stack for each runtime thread. Leptos renders a page as deeply nested futures; the
/// default 2 MiB is enough for an optimised build but an unoptimised (debug, `make run`)
/// build overflowed it rendering a founder's startup page. 16 MiB of address space per
/// thread costs no memory until used.
const THREAD_STACK_BYTES: usize = 16 * 1024 * 1024;

fn main() {
    memory::no_huge_pages();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_stack_size(THREAD_STACK_BYTES)
        .on_thread_park(memory::give_back_on_idle)
        .build();
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            std::process::exit(1);
        }
    };
    runtime.block_on(serve_main());
}

async fn serve_main() {
    init_tracing();
    memory::no_sqlite_memory_statistics();
    let cli = Cli::parse();
    if let Err(e) = run(cli).await {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::from_env();
    let command = cli.command.unwrap_or(Command::Serve { demo: false });
    // `serve --demo` seeds an empty database under the same lock as the migrations.
    let demo_serve = matches!(command, Command::Serve { demo: true });
    let public_url = config.app.public_url.clone();
    let (db, seeded) = server::connect_migrate_and_seed(
        &config.database_url,
        demo_serve.then_some(public_url.as_str()),
    )
    .await?;
    match command {
        Command::Migrate => {
            println!(
                "Database at {} is up to date.",
                server::redact(&config.database_url)
            );
            Ok(())
        }
        Command::Seed {
            scale: Some(scale),
            seed,
            ..
        } => {
            let started = std::time::Instant::now();
            let bar = Bar::default();
            let done = backend::seed::scale::seed(&db, scale, seed, &public_url, &bar)
                .await
                .map_err(|e| anyhow::anyhow!("seeding failed: {e}"))?;
            println!(
                "Seeded the {} scale (seed {seed}) in {:.1} s: {} startups, {} investors, \
                 {} assignments, {} reviews; {} accepted, {} waitlisted.",
                scale.as_str(),
                started.elapsed().as_secs_f64(),
                done.startups,
                done.investors,
                done.assignments,
                done.reviews,
                done.accepted,
                done.waitlisted,
            );
            print_demo_accounts();
            Ok(())
        }
        Command::Seed { demo, .. } => {
            if !demo {
                anyhow::bail!(
                    "say what to seed: `pitchline seed --demo` or `pitchline seed --scale conference`"
                );
            }
            seed_demo(&db, &public_url)
                .await
                .map_err(|e| anyhow::anyhow!("seeding failed: {e}"))?;
            print_demo_accounts();
            Ok(())
        }
        Command::User {
            command: UserCommand::Create { role, email, name },
        } => create_user(&db, &role, &email, name).await,
        Command::Serve { .. } => {
            if seeded {
                print_demo_accounts();
            }
            serve(config, db).await
        }
    }
}

/// The scale seed's progress as a bar on standard error (drawn only on a terminal).
#[derive(Default)]
struct Bar(std::sync::Mutex<Option<indicatif::ProgressBar>>);

impl backend::seed::scale::Progress for Bar {
    fn phase(&self, what: &str, total: u64) {
        self.finish();
        let bar = indicatif::ProgressBar::new(total).with_message(what.to_string());
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{msg:>22} [{bar:40}] {pos}/{len} ({elapsed}, {eta} left)",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        if let Ok(mut current) = self.0.lock() {
            *current = Some(bar);
        }
    }

    fn advance(&self, steps: u64) {
        if let Ok(current) = self.0.lock() {
            if let Some(bar) = current.as_ref() {
                bar.inc(steps);
            }
        }
    }

    fn finish(&self) {
        if let Ok(mut current) = self.0.lock() {
            if let Some(bar) = current.take() {
                bar.finish();
            }
        }
    }
}

fn print_demo_accounts() {
    println!("\nDemo accounts (password in brackets):");
    for a in &DEMO_ACCOUNTS {
        println!("  {:<9} {:<26} [{}]", a.role.label(), a.email, a.password);
    }
    println!();
}

async fn create_user(
    db: &sea_orm::DatabaseConnection,
    role: &str,
    email: &str,
    name: Option<String>,
) -> anyhow::Result<()> {
    // The terminal reads English.
    let say = |p: &domain::Problem| app::components::problems::problem(domain::lang::Lang::En, p);
    let role: domain::account::Role = role
        .parse()
        .map_err(|e: domain::Problem| anyhow::anyhow!(say(&e)))?;
    let (password, generated) = if std::io::stdin().is_terminal() {
        (backend::secrets::new_token()[..20].to_string(), true)
    } else {
        let mut input = String::new();
        std::io::stdin().read_to_string(&mut input)?;
        (input.trim_end_matches(['\r', '\n']).to_string(), false)
    };
    let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or(email).to_string());
    let (_, created) = accounts::create_or_grant(db, email, &name, &password, &[role])
        .await
        .map_err(|e| match e {
            backend::ServiceError::Invalid(fields) => anyhow::anyhow!(
                "{}",
                fields
                    .0
                    .iter()
                    .map(|f| say(&f.problem))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            other => anyhow::anyhow!("{other}"),
        })?;
    match (created, generated) {
        (true, true) => println!("Created {email} as {role}. Password (shown once): {password}"),
        (true, false) => println!("Created {email} as {role}."),
        (false, _) => println!(
            "{email} already had an account; it now also has the {role} role (password unchanged)."
        ),
    }
    Ok(())
}

async fn serve(config: Config, db: sea_orm::DatabaseConnection) -> anyhow::Result<()> {
    let leptos_options = get_configuration(None)?.leptos_options;
    let addr = leptos_options.site_addr;
    let state = AppState {
        db,
        config: Arc::new(config.app),
    };
    server::spawn_background_jobs(state.clone());
    let app = server::router(state, leptos_options);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
    tracing::info!("Pitchline listening on http://{addr}");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    tracing::info!("Pitchline stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutdown requested; finishing requests in flight");
}
