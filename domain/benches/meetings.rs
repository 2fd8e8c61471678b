//! The meeting matcher at the size: 10,000 accepted requests onto 60 tables ×
//! 16 slots (two blocks of eight 20-minute meetings with a 5-minute walk). Prints the
//! matcher's time (median of runs), its weight against the upper bound (the time-
//! relaxed b-matching, see `domain::meetings::upper_bound`), the bound's own time, the
//! checker's verdict and a re-run after a change. Run with `make bench`; record the
//! numbers in BENCHMARKS.md.

use chrono::{DateTime, Duration, TimeZone, Utc};
use domain::meetings::{check, solve, upper_bound, Instance, Party, Request};
use domain::scoring::simulation::Rng;
use domain::submission::Window;
use std::collections::BTreeSet;
use std::time::{Duration as Elapsed, Instant};

const REQUESTS: usize = 10_000;
const TABLES: usize = 60;
const INVESTORS: usize = 400;
const STARTUPS: usize = 1_200;

fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 16, 1, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::minutes(minutes)
}

fn window(from: i64, to: i64) -> Window {
    Window {
        starts_at: at(from),
        ends_at: at(to),
    }
}

/// Two blocks (9:00 and 14:00 local) of eight 20-minute meetings, 5 minutes apart.
fn slots() -> Vec<Window> {
    [0, 300]
        .iter()
        .flat_map(|&block| (0..8).map(move |k| window(block + k * 25, block + k * 25 + 20)))
        .collect()
}

fn instance(seed: u64, requests: usize, investors: usize, startups: usize) -> Instance {
    let mut rng = Rng::new(seed);
    // A fifth of the investors judge a 90-minute session; a tenth of the startups pitch.
    let (investor_count, startup_count) = (investors, startups);
    let investors = (0..investor_count)
        .map(|_| Party {
            busy: if rng.below(5) == 0 {
                let from = [0, 300][rng.below(2)] + 25 * rng.below(4) as i64;
                vec![window(from, from + 90)]
            } else {
                Vec::new()
            },
            max_meetings: Some(12),
        })
        .collect();
    let startups = (0..startup_count)
        .map(|_| Party {
            busy: if rng.below(10) == 0 {
                let from = [0, 300][rng.below(2)] + 15 * rng.below(12) as i64;
                vec![window(from, from + 15)]
            } else {
                Vec::new()
            },
            max_meetings: Some(10),
        })
        .collect();
    let mut pairs = BTreeSet::new();
    while pairs.len() < requests {
        pairs.insert((rng.below(investor_count), rng.below(startup_count)));
    }
    let requests = pairs
        .into_iter()
        .map(|(investor, startup)| Request {
            investor,
            startup,
            // Mutual interest: 1 one-sided, 2 both sides, 3 both and a recommendation.
            weight: 1 + rng.below(3) as i64,
        })
        .collect();
    Instance {
        slots: slots(),
        tables: TABLES,
        investors,
        startups,
        requests,
        current: Vec::new(),
    }
}

fn median(mut times: Vec<Elapsed>) -> Elapsed {
    times.sort();
    times[times.len() / 2]
}

fn timed<T>(runs: usize, mut f: impl FnMut() -> T) -> (T, Elapsed) {
    let start = Instant::now();
    let mut value = f();
    let mut times = vec![start.elapsed()];
    for _ in 1..runs {
        let start = Instant::now();
        value = f();
        times.push(start.elapsed());
    }
    (value, median(times))
}

/// A tight edition: demand near capacity and people with few free slots, where the
/// order of placing matters and the bound can be missed.
fn tight() {
    let instance = instance(7, 1_400, 90, 160);
    let (solution, time) = timed(5, || solve(&instance));
    println!(
        "tight: 1400 requests, 90 investors, 160 startups: {:.1} ms; placed {}, weight {} of bound {} = {:.1} %, {} breaches",
        time.as_secs_f64() * 1e3,
        solution.meetings.len(),
        solution.weight,
        solution.bound,
        100.0 * solution.weight as f64 / solution.bound.max(1) as f64,
        check(&instance, &solution.meetings).len()
    );
}

fn main() {
    tight();
    let mut instance = instance(2026, REQUESTS, INVESTORS, STARTUPS);
    let (solution, time) = timed(5, || solve(&instance));
    let (bound, bound_time) = timed(5, || upper_bound(&instance));
    let (breaches, check_time) = timed(5, || check(&instance, &solution.meetings));
    println!(
        "meetings: {REQUESTS} requests × {TABLES} tables × {} slots",
        instance.slots.len()
    );
    println!(
        "matcher: {:.1} ms (median, bound included); bound alone {:.1} ms; checker {:.1} ms, {} breaches",
        time.as_secs_f64() * 1e3,
        bound_time.as_secs_f64() * 1e3,
        check_time.as_secs_f64() * 1e3,
        breaches.len()
    );
    println!(
        "placed {} of {} (capacity {}), weight {} of bound {} = {:.1} %, idle gaps {}",
        solution.meetings.len(),
        REQUESTS,
        TABLES * instance.slots.len(),
        solution.weight,
        bound,
        100.0 * solution.weight as f64 / bound.max(1) as f64,
        solution.idle_gaps
    );
    // A re-run after one investor falls ill for the morning: how much moves.
    instance.current = solution.meetings.clone();
    instance.investors[0].busy.push(window(0, 200));
    let (again, rerun_time) = timed(3, || solve(&instance));
    let moved = solution
        .meetings
        .iter()
        .filter(|m| {
            !again
                .meetings
                .iter()
                .any(|x| x.request == m.request && x.slot == m.slot && x.table == m.table)
        })
        .count();
    println!(
        "re-run after a change: {:.1} ms, {moved} of {} meetings moved or dropped",
        rerun_time.as_secs_f64() * 1e3,
        solution.meetings.len()
    );
}
