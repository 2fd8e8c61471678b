//! The pitch schedule solver at a large edition: 2,000 startups, 200 judges, 40
//! sessions over two days. Prints solve time (median of runs), the objective against
//! its bound, placed and unplaced, the checker's time, and a re-solve after changes.
//! Run with `make bench`; record the numbers in BENCHMARKS.md.

use chrono::{DateTime, Duration, TimeZone, Utc};
use domain::schedule::{check, diff, solve, Instance, Judge, Schedule, Session, Solution, Startup};
use domain::scoring::simulation::Rng;
use domain::submission::Window;
use std::time::{Duration as Elapsed, Instant};

const STARTUPS: usize = 2_000;
const JUDGES: usize = 200;
const TRACKS: usize = 4;
/// Rooms per block: two per track, two mixed.
const ROOMS: usize = 10;
/// Blocks: two days, a morning and an afternoon each.
const BLOCKS: usize = 4;
const SLOTS: i64 = 52;
const SLOT_MINUTES: i64 = 5;

fn at(day: i64, minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 15, 0, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::days(day)
        + Duration::minutes(minutes)
}

/// Block `b`: day `b / 2`, 8:00 or 13:30, `SLOTS` slots long.
fn block(b: usize) -> Window {
    let start = if b.is_multiple_of(2) {
        8 * 60
    } else {
        13 * 60 + 30
    };
    Window {
        starts_at: at(b as i64 / 2, start),
        ends_at: at(b as i64 / 2, start + SLOTS * SLOT_MINUTES),
    }
}

fn edition(seed: u64, startups: usize) -> Instance {
    let mut rng = Rng::new(seed);
    let mut sessions = Vec::new();
    for b in 0..BLOCKS {
        let span = block(b);
        for room in 0..ROOMS {
            let track = (room < 2 * TRACKS).then_some(room / 2);
            sessions.push(Session {
                span,
                track,
                slots: (0..SLOTS)
                    .map(|k| Window {
                        starts_at: span.starts_at + Duration::minutes(k * SLOT_MINUTES),
                        ends_at: span.starts_at + Duration::minutes((k + 1) * SLOT_MINUTES),
                    })
                    .collect(),
                panel_min: 3,
                panel_max: 5,
            });
        }
    }
    // Tracks of uneven size (35 %, 25 %, 20 %, 20 %): the largest overflows into the
    // mixed rooms.
    let track_of = |r: f64| match r {
        r if r < 0.35 => 0,
        r if r < 0.60 => 1,
        r if r < 0.80 => 2,
        _ => 3,
    };
    let n = startups;
    let mut startups: Vec<Startup> = (0..n)
        .map(|u| {
            let mut s = Startup {
                track: track_of(rng.unit()),
                founders: vec![10_000 + 2 * u],
                ..Startup::default()
            };
            if rng.below(2) == 0 {
                s.founders.push(10_001 + 2 * u);
            }
            // 30 % can pitch only on one day or in one half day.
            match rng.below(10) {
                0 | 1 => s.availability = vec![block(rng.below(BLOCKS))],
                2 => {
                    let day = rng.below(2);
                    s.availability = vec![Window {
                        starts_at: block(2 * day).starts_at,
                        ends_at: block(2 * day + 1).ends_at,
                    }]
                }
                _ => {}
            }
            // 10 % would rather pitch in a morning.
            if rng.below(10) == 0 {
                s.preferred = vec![block(0), block(2)];
            }
            s
        })
        .collect();
    // 1 % of founders also founded another startup here.
    for u in 0..n / 100 {
        let other = rng.below(n);
        let person = startups[u].founders[0];
        if other != u {
            startups[other].founders.push(person);
        }
    }
    let judges: Vec<Judge> = (0..JUDGES)
        .map(|j| {
            // Five judges are founders too.
            let person = if j < 5 {
                startups[rng.below(n)].founders[0]
            } else {
                j
            };
            let mut judge = Judge {
                person,
                fit: (0..TRACKS).map(|_| rng.below(5) as i32 - 1).collect(),
                ..Judge::default()
            };
            if rng.below(10) < 4 {
                let day = rng.below(2);
                judge.availability = vec![Window {
                    starts_at: block(2 * day).starts_at,
                    ends_at: block(2 * day + 1).ends_at,
                }];
            }
            if rng.below(10) == 0 {
                let b = block(rng.below(BLOCKS));
                judge.blocked = vec![Window {
                    starts_at: b.starts_at + Duration::minutes(60),
                    ends_at: b.starts_at + Duration::minutes(120),
                }];
            }
            if rng.below(5) == 0 {
                judge.preferred_sessions = (0..2 + rng.below(3))
                    .map(|_| rng.below(BLOCKS * ROOMS))
                    .collect();
            }
            judge
        })
        .collect();
    let mut conflicts = Vec::new();
    for j in 0..JUDGES {
        for u in 0..n {
            if rng.below(50) == 0 {
                conflicts.push((j, u));
            }
        }
    }
    Instance {
        sessions,
        startups,
        judges,
        conflicts,
        current: Schedule::default(),
    }
}

fn median(mut times: Vec<Elapsed>) -> Elapsed {
    times.sort();
    times[times.len() / 2]
}

/// `f`'s last value and its median time over `runs` runs (at least one).
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

fn report(name: &str, instance: &Instance, solution: &Solution, time: Elapsed) {
    let o = &solution.objective;
    let b = &solution.bound;
    let placed = instance.startups.len() - o.unplaced;
    println!("{name}: {:.1} ms (median)", time.as_secs_f64() * 1e3);
    println!(
        "  placed {placed} of {} (bound {}), unplaced {}",
        instance.startups.len(),
        b.placeable,
        o.unplaced
    );
    println!(
        "  startups: cost {} against bound {} (moved {}, outside preferred time {})",
        o.startup_cost, b.startup_cost, o.moved, o.preferred_time_misses
    );
    println!(
        "  panels: cost {} against bound {} (fit {}, fit gap {}, load spread {}, changes {}, wishes missed {}, short panels {})",
        o.panel_cost,
        b.panel_cost,
        o.fit,
        o.fit_gap,
        o.load_spread,
        o.panel_changes,
        o.preferred_session_misses,
        solution.short_panels.len()
    );
    let mut rules: Vec<&str> = solution
        .breaches
        .iter()
        .map(|b| b.rule().as_str())
        .collect();
    rules.dedup();
    println!(
        "  total {} against bound {}; hard breaches {} {:?}",
        o.total,
        b.total(),
        solution.breaches.len(),
        rules
    );
}

fn main() {
    let instance = edition(2026, STARTUPS);
    let (first, time) = timed(5, || solve(&instance));
    report("solve", &instance, &first, time);

    let (breaches, time) = timed(50, || check(&instance, &first.schedule));
    println!(
        "check: {:.2} ms (median), {} breaches",
        time.as_secs_f64() * 1e3,
        breaches.len()
    );

    // A re-solve a week later: 10 % of placements locked by staff, 20 startups
    // changed their availability to one half day, two judges dropped out.
    let mut later = instance.clone();
    later.current = first.schedule.clone();
    for (i, p) in later.current.placements.iter_mut().enumerate() {
        p.locked = i % 10 == 0;
    }
    let mut rng = Rng::new(7);
    for _ in 0..20 {
        let u = rng.below(STARTUPS);
        later.startups[u].availability = vec![block(rng.below(BLOCKS))];
    }
    for j in [3, 150] {
        later.judges[j].availability = vec![Window {
            starts_at: at(30, 0),
            ends_at: at(31, 0),
        }];
    }
    let (second, time) = timed(5, || solve(&later));
    report("re-solve", &later, &second, time);
    println!(
        "  changes shown to staff: {}",
        diff(&first.schedule, &second.schedule).len()
    );

    // More pitches than slots: 2,300 startups for 2,080 slots.
    let tight = edition(2027, 2_300);
    let (solution, time) = timed(5, || solve(&tight));
    report("over capacity (2,300 startups)", &tight, &solution, time);
    let mut kinds = std::collections::BTreeMap::new();
    for u in &solution.unplaced {
        for r in &u.reasons {
            let kind = format!("{r:?}");
            let kind = kind.split([' ', '{']).next().unwrap_or("").to_string();
            *kinds.entry(kind).or_insert(0) += 1;
        }
    }
    println!("  reasons given: {kinds:?}");

    let (again, _) = timed(1, || {
        let mut same = instance.clone();
        same.current = first.schedule.clone();
        solve(&same)
    });
    println!(
        "re-solve of an unchanged instance: {} changes",
        diff(&first.schedule, &again.schedule).len()
    );
}
