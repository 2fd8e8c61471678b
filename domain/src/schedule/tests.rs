use super::*;
use crate::scoring::simulation::Rng;
use crate::submission::Window;
use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 15, 8, 0, 0)
        .single()
        .unwrap_or_default()
        + Duration::minutes(minutes)
}

fn win(from: i64, to: i64) -> Window {
    Window {
        starts_at: at(from),
        ends_at: at(to),
    }
}

/// A session from `from` with `slots` slots of `len` minutes.
fn session(
    from: i64,
    slots: i64,
    len: i64,
    track: Option<usize>,
    min: usize,
    max: usize,
) -> Session {
    Session {
        span: win(from, from + slots * len),
        track,
        slots: (0..slots)
            .map(|k| win(from + k * len, from + (k + 1) * len))
            .collect(),
        panel_min: min,
        panel_max: max,
    }
}

fn startup(track: usize, person: usize) -> Startup {
    Startup {
        track,
        founders: vec![person],
        ..Startup::default()
    }
}

fn judge(person: usize) -> Judge {
    Judge {
        person,
        ..Judge::default()
    }
}

fn place(startup: usize, session: usize, slot: usize) -> Placement {
    Placement {
        startup,
        session,
        slot,
        locked: false,
    }
}

fn seat(judge: usize, session: usize) -> Seat {
    Seat {
        judge,
        session,
        locked: false,
    }
}

/// A small random instance: overlapping sessions over one morning, a few tracks,
/// some startups and judges with windows, shared founders, judges who found.
fn random_instance(seed: u64, startups: usize, judges: usize, sessions: usize) -> Instance {
    let mut rng = Rng::new(seed);
    let tracks = 1 + rng.below(3);
    let window = |rng: &mut Rng| {
        let from = 20 * rng.below(12) as i64;
        win(from, from + 20 * (1 + rng.below(6)) as i64)
    };
    let sessions: Vec<Session> = (0..sessions)
        .map(|_| {
            let track = if rng.below(4) == 0 {
                None
            } else {
                Some(rng.below(tracks))
            };
            let min = rng.below(3);
            session(
                20 * rng.below(8) as i64,
                1 + rng.below(4) as i64,
                20,
                track,
                min,
                min + rng.below(2),
            )
        })
        .collect();
    let n = startups;
    let startups: Vec<Startup> = (0..n)
        .map(|u| {
            let mut s = startup(rng.below(tracks), 1000 + u);
            if rng.below(8) == 0 {
                s.founders.push(1000 + rng.below(n));
            }
            if rng.below(3) == 0 {
                s.availability = (0..1 + rng.below(2)).map(|_| window(&mut rng)).collect();
            }
            if rng.below(4) == 0 {
                s.preferred = vec![window(&mut rng)];
            }
            if rng.below(8) == 0 {
                s.blocked = vec![window(&mut rng)];
            }
            s
        })
        .collect();
    let judges: Vec<Judge> = (0..judges)
        .map(|j| {
            let person = if n > 0 && rng.below(8) == 0 {
                1000 + rng.below(n)
            } else {
                j
            };
            let mut judge = judge(person);
            if rng.below(4) == 0 {
                judge.availability = vec![window(&mut rng)];
            }
            if rng.below(8) == 0 {
                judge.blocked = vec![window(&mut rng)];
            }
            if rng.below(3) == 0 && !sessions.is_empty() {
                judge.preferred_sessions = vec![rng.below(sessions.len())];
            }
            judge.fit = (0..tracks).map(|_| rng.below(4) as i32 - 1).collect();
            judge
        })
        .collect();
    let mut conflicts = Vec::new();
    for j in 0..judges.len() {
        for u in 0..n {
            if rng.below(12) == 0 {
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

/// Every breach of a solution is a panel the solver reported short.
fn only_reported_short_panels(solution: &Solution) -> Result<(), TestCaseError> {
    let short: BTreeSet<usize> = solution.short_panels.iter().map(|p| p.session).collect();
    for b in &solution.breaches {
        match b {
            Breach::PanelTooSmall { session, .. } => {
                prop_assert!(short.contains(session), "{:?}", b)
            }
            other => prop_assert!(false, "hard breach in solver output: {:?}", other),
        }
    }
    Ok(())
}

/// The cheapest startup part by exhaustive search (tiny instances, no shared founders).
fn brute_force_startup_cost(instance: &Instance) -> i64 {
    let slots: Vec<(usize, usize)> = instance
        .sessions
        .iter()
        .enumerate()
        .flat_map(|(s, x)| (0..x.slots.len()).map(move |k| (s, k)))
        .collect();
    fn go(
        instance: &Instance,
        slots: &[(usize, usize)],
        u: usize,
        used: &mut Vec<bool>,
        chosen: &mut Vec<Placement>,
    ) -> i64 {
        if u == instance.startups.len() {
            let schedule = Schedule {
                placements: chosen.clone(),
                seats: Vec::new(),
            };
            return evaluate(instance, &schedule).startup_cost;
        }
        let mut best = go(instance, slots, u + 1, used, chosen);
        let st = &instance.startups[u];
        for (i, &(s, k)) in slots.iter().enumerate() {
            let x = &instance.sessions[s];
            let w = x.slots[k];
            let ok = !used[i]
                && x.track.is_none_or(|t| t == st.track)
                && (st.availability.is_empty()
                    || st
                        .availability
                        .iter()
                        .any(|a| a.starts_at <= w.starts_at && w.ends_at <= a.ends_at))
                && !st
                    .blocked
                    .iter()
                    .any(|b| b.starts_at < w.ends_at && w.starts_at < b.ends_at);
            if ok {
                used[i] = true;
                chosen.push(place(u, s, k));
                best = best.min(go(instance, slots, u + 1, used, chosen));
                chosen.pop();
                used[i] = false;
            }
        }
        best
    }
    go(
        instance,
        &slots,
        0,
        &mut vec![false; slots.len()],
        &mut Vec::new(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn solver_output_breaks_no_hard_rule_and_explains_what_it_leaves(
        seed in any::<u64>(), n in 0usize..25, j in 0usize..10, s in 0usize..6,
    ) {
        let instance = random_instance(seed, n, j, s);
        let solution = solve(&instance);
        only_reported_short_panels(&solution)?;
        let placed: BTreeSet<usize> = solution.schedule.placements.iter().map(|p| p.startup).collect();
        let unplaced: BTreeSet<usize> = solution.unplaced.iter().map(|u| u.startup).collect();
        prop_assert_eq!(placed.len() + unplaced.len(), n);
        prop_assert!(solution.unplaced.iter().all(|u| !u.reasons.is_empty()), "{:?}", solution.unplaced);
        for u in &solution.unplaced {
            for r in &u.reasons {
                if let WhyUnplaced::GroupCompetes { startups, slots } = r {
                    prop_assert!(startups.len() > slots.len());
                    prop_assert!(startups.contains(&u.startup));
                }
            }
        }
        prop_assert!(solution.objective.startup_cost >= solution.bound.startup_cost);
        if solution.short_panels.is_empty() {
            prop_assert!(solution.objective.panel_cost >= solution.bound.panel_cost);
        }
        prop_assert!(placed.len() <= solution.bound.placeable);
    }

    #[test]
    fn without_shared_founders_the_startup_part_is_optimal(
        seed in any::<u64>(), n in 0usize..6, s in 1usize..4,
    ) {
        let mut instance = random_instance(seed, n, 0, s);
        for (u, st) in instance.startups.iter_mut().enumerate() {
            st.founders = vec![1000 + u];
        }
        // Half the startups already have a (random, maybe unfit) slot.
        let mut rng = Rng::new(seed ^ 7);
        for u in 0..n {
            let x = rng.below(s);
            if rng.below(2) == 0 && !instance.sessions[x].slots.is_empty() {
                instance.current.placements.push(place(u, x, rng.below(instance.sessions[x].slots.len())));
            }
        }
        let solution = solve(&instance);
        prop_assert_eq!(solution.objective.startup_cost, brute_force_startup_cost(&instance));
        prop_assert_eq!(solution.objective.startup_cost, solution.bound.startup_cost);
    }

    #[test]
    fn same_instance_same_solution(seed in any::<u64>(), n in 0usize..25, j in 0usize..10, s in 0usize..6) {
        let instance = random_instance(seed, n, j, s);
        prop_assert_eq!(solve(&instance), solve(&instance.clone()));
    }

    #[test]
    fn resolving_the_solution_changes_nothing(seed in any::<u64>(), n in 0usize..25, j in 0usize..10, s in 0usize..6) {
        let mut instance = random_instance(seed, n, j, s);
        let first = solve(&instance);
        instance.current = first.schedule.clone();
        let again = solve(&instance);
        prop_assert_eq!(diff(&first.schedule, &again.schedule), vec![]);
        prop_assert_eq!(again.objective.moved + again.objective.panel_changes, 0);
    }

    #[test]
    fn locked_entries_stay_where_they_are(
        seed in any::<u64>(), n in 1usize..25, j in 0usize..10, s in 1usize..6,
        wild in proptest::collection::vec((0usize..30, 0usize..8, 0usize..6, 0usize..12), 0..4),
    ) {
        let mut instance = random_instance(seed, n, j, s);
        let first = solve(&instance);
        // Lock every other placement and seat of a solve, then change the instance
        // under them: new availability for everyone, and some arbitrary (possibly
        // rule-breaking, even out-of-range) locked entries.
        let mut current = first.schedule.clone();
        for (i, p) in current.placements.iter_mut().enumerate() {
            p.locked = i % 2 == 0;
        }
        for (i, t) in current.seats.iter_mut().enumerate() {
            t.locked = i % 2 == 0;
        }
        for &(u, x, k, jj) in &wild {
            current.placements.push(Placement { startup: u, session: x, slot: k, locked: true });
            current.seats.push(Seat { judge: jj, session: x, locked: true });
        }
        instance.current = current.clone();
        let other = random_instance(seed.wrapping_add(1), n, j, s);
        for (a, b) in instance.startups.iter_mut().zip(other.startups) {
            a.availability = b.availability;
        }
        let solution = solve(&instance);
        for p in current.placements.iter().filter(|p| p.locked) {
            prop_assert!(solution.schedule.placements.contains(p), "lost {:?}", p);
        }
        for t in current.seats.iter().filter(|t| t.locked) {
            prop_assert!(solution.schedule.seats.contains(t), "lost {:?}", t);
        }
        prop_assert!(!check(&instance, &solution.schedule).iter().any(|b| b.rule() == Rule::Locked));
        // Whatever the solver added is sound: breaches name a locked entry or a short panel.
        let locked_startups: BTreeSet<usize> = current.placements.iter().filter(|p| p.locked).map(|p| p.startup).collect();
        let locked_judges: BTreeSet<usize> = current.seats.iter().filter(|t| t.locked).map(|t| t.judge).collect();
        for b in &solution.breaches {
            let explained = match b {
                Breach::PanelTooSmall { .. } | Breach::PanelTooLarge { .. } | Breach::NoSuchStartup { .. }
                | Breach::NoSuchSession { .. } | Breach::NoSuchSlot { .. } | Breach::NoSuchJudge { .. } => true,
                Breach::PlacedTwice { startup, .. } | Breach::OutsideAvailability { startup, .. } | Breach::StartupBlockedOut { startup, .. }
                | Breach::TeamDeclined { startup, .. } | Breach::WrongTrack { startup, .. } => locked_startups.contains(startup),
                Breach::SlotShared { startups, .. } => startups.iter().filter(|u| locked_startups.contains(u)).count() >= 1,
                Breach::FounderOverlap { startups: (a, b), .. } => locked_startups.contains(a) || locked_startups.contains(b),
                Breach::JudgeOverlap { judge, .. } | Breach::JudgeUnavailable { judge, .. }
                | Breach::JudgeBlockedOut { judge, .. } | Breach::SeatedTwice { judge, .. } => locked_judges.contains(judge),
                Breach::JudgePitching { judge, startup, .. } | Breach::ConflictOnPanel { judge, startup, .. } => {
                    locked_judges.contains(judge) || locked_startups.contains(startup)
                }
                Breach::LockedPlacementMoved { .. } | Breach::LockedSeatDropped { .. } => false,
            };
            prop_assert!(explained, "{:?}", b);
        }
    }

    #[test]
    fn the_checker_never_panics(
        seed in any::<u64>(),
        placements in proptest::collection::vec((0usize..40, 0usize..10, 0usize..8, any::<bool>()), 0..40),
        seats in proptest::collection::vec((0usize..14, 0usize..10, any::<bool>()), 0..40),
    ) {
        let mut instance = random_instance(seed, 20, 8, 5);
        let schedule = Schedule {
            placements: placements.iter().map(|&(startup, session, slot, locked)| Placement { startup, session, slot, locked }).collect(),
            seats: seats.iter().map(|&(judge, session, locked)| Seat { judge, session, locked }).collect(),
        };
        instance.current = schedule.clone();
        let _ = check(&instance, &schedule);
        let _ = warnings(&instance, &schedule);
        let _ = evaluate(&instance, &schedule);
        let _ = solve(&instance);
    }
}

#[test]
fn a_startup_whose_windows_meet_no_slot_is_not_available() {
    let instance = Instance {
        sessions: vec![session(0, 3, 20, Some(0), 0, 0)],
        startups: vec![Startup {
            availability: vec![win(200, 260)],
            ..startup(0, 1)
        }],
        ..Instance::default()
    };
    let solution = solve(&instance);
    assert_eq!(
        solution.unplaced,
        vec![UnplacedStartup {
            startup: 0,
            reasons: vec![WhyUnplaced::NotAvailableInAnySession]
        }]
    );
}

#[test]
fn a_founder_blocked_out_keeps_the_startup_off_those_slots_and_the_checker_says_so() {
    let instance = Instance {
        sessions: vec![session(0, 3, 20, Some(0), 0, 0)],
        startups: vec![Startup {
            // Blocked 00:00-00:45: slots 0 and 1 (0-20, 20-40) and 40-60 meet it.
            blocked: vec![win(0, 45)],
            ..startup(0, 1)
        }],
        ..Instance::default()
    };
    assert_eq!(
        solve(&instance).unplaced[0].reasons,
        vec![WhyUnplaced::NotAvailableInAnySession]
    );
    let freed = Instance {
        startups: vec![Startup {
            blocked: vec![win(0, 40)],
            ..startup(0, 1)
        }],
        ..instance.clone()
    };
    assert_eq!(solve(&freed).schedule.placements, vec![place(0, 0, 2)]);
    let by_hand = Schedule {
        placements: vec![place(0, 0, 1)],
        ..Schedule::default()
    };
    assert_eq!(
        check(&freed, &by_hand),
        vec![Breach::StartupBlockedOut {
            startup: 0,
            session: 0,
            slot: 1
        }]
    );
}

#[test]
fn a_team_that_declined_gets_no_slot_and_a_slot_it_still_holds_is_flagged() {
    let instance = Instance {
        sessions: vec![session(0, 60, 20, Some(0), 0, 0)],
        startups: vec![
            startup(0, 1),
            Startup {
                declined: true,
                ..startup(0, 2)
            },
        ],
        ..Instance::default()
    };
    // The solver leaves it out and does not count it as waiting for a slot.
    let solution = solve(&instance);
    assert!(solution.schedule.placements.iter().all(|p| p.startup == 0));
    assert_eq!(solution.schedule.placements.len(), 1);
    assert!(solution.unplaced.is_empty());
    assert!(!warnings(&instance, &solution.schedule)
        .iter()
        .any(|w| matches!(w, Warning::Unplaced { startup: 1 })));
    // A slot it kept from before its answer is a hard-rule breach naming it; a re-solve
    // takes it out unless staff locked it there.
    let kept = Instance {
        current: Schedule {
            placements: vec![place(0, 0, 0), place(1, 0, 1)],
            ..Schedule::default()
        },
        ..instance.clone()
    };
    assert_eq!(
        check(&kept, &kept.current),
        vec![Breach::TeamDeclined {
            startup: 1,
            session: 0,
            slot: 1
        }]
    );
    assert_eq!(check(&kept, &kept.current)[0].startups(), vec![1]);
    assert!(solve(&kept)
        .schedule
        .placements
        .iter()
        .all(|p| p.startup != 1));
}

#[test]
fn a_track_without_sessions_is_named() {
    let instance = Instance {
        sessions: vec![session(0, 3, 20, Some(0), 0, 0)],
        startups: vec![startup(2, 1)],
        ..Instance::default()
    };
    assert_eq!(
        solve(&instance).unplaced[0].reasons,
        vec![WhyUnplaced::NoSessionForTrack { track: 2 }]
    );
}

/// "Kestrel Pay is available only on day 1 morning; the two fintech sessions then are
/// full": three fintech startups can only pitch 9:00–9:40, where there are two slots.
#[test]
fn three_startups_for_two_slots_name_the_group_and_the_slots() {
    let morning_only = |person| Startup {
        availability: vec![win(0, 40)],
        ..startup(0, person)
    };
    let instance = Instance {
        sessions: vec![
            session(0, 2, 20, Some(0), 0, 0),
            session(100, 4, 20, Some(0), 0, 0),
        ],
        startups: vec![
            startup(0, 10),
            morning_only(11),
            morning_only(12),
            morning_only(13),
        ],
        ..Instance::default()
    };
    let solution = solve(&instance);
    assert_eq!(solution.unplaced.len(), 1);
    let left_out = solution.unplaced[0].startup;
    assert!([1, 2, 3].contains(&left_out));
    assert_eq!(
        solution.unplaced[0].reasons,
        vec![WhyUnplaced::GroupCompetes {
            startups: vec![1, 2, 3],
            slots: vec![(0, 0), (0, 1)]
        }]
    );
    assert_eq!(solution.bound.placeable, 3);
    assert_eq!(solution.objective.unplaced, 1);
}

#[test]
fn a_locked_startup_in_the_only_slot_is_part_of_the_group() {
    let mut instance = Instance {
        sessions: vec![session(0, 1, 20, Some(0), 0, 0)],
        startups: vec![startup(0, 10), startup(0, 11)],
        ..Instance::default()
    };
    instance.current.placements = vec![Placement {
        locked: true,
        ..place(1, 0, 0)
    }];
    let solution = solve(&instance);
    assert_eq!(
        solution.unplaced[0],
        UnplacedStartup {
            startup: 0,
            reasons: vec![WhyUnplaced::GroupCompetes {
                startups: vec![0, 1],
                slots: vec![(0, 0)]
            }]
        }
    );
}

#[test]
fn a_founder_of_two_startups_never_pitches_twice_at_once() {
    // Two parallel sessions, one slot each; both startups share founder 7.
    let instance = Instance {
        sessions: vec![session(0, 1, 20, None, 0, 0), session(0, 1, 20, None, 0, 0)],
        startups: vec![startup(0, 7), startup(1, 7)],
        ..Instance::default()
    };
    let solution = solve(&instance);
    assert!(solution.breaches.is_empty(), "{:?}", solution.breaches);
    assert_eq!(solution.schedule.placements.len(), 1);
    assert_eq!(
        solution.unplaced,
        vec![UnplacedStartup {
            startup: 1,
            reasons: vec![WhyUnplaced::FounderBusy {
                other_startup: 0,
                person: 7
            }]
        }]
    );
    // With a later slot free, both pitch.
    let mut later = instance.clone();
    later.sessions[1] = session(20, 1, 20, None, 0, 0);
    let solution = solve(&later);
    assert!(solution.unplaced.is_empty());
    assert!(solution.breaches.is_empty());
}

#[test]
fn a_locked_placement_that_breaks_a_rule_is_kept_and_reported() {
    let mut instance = Instance {
        sessions: vec![session(0, 2, 20, Some(0), 0, 0)],
        startups: vec![Startup {
            availability: vec![win(20, 40)],
            ..startup(1, 1)
        }],
        ..Instance::default()
    };
    let locked = Placement {
        locked: true,
        ..place(0, 0, 0)
    };
    instance.current.placements = vec![locked];
    let solution = solve(&instance);
    assert_eq!(solution.schedule.placements, vec![locked]);
    assert_eq!(
        solution.breaches,
        vec![
            Breach::OutsideAvailability {
                startup: 0,
                session: 0,
                slot: 0
            },
            Breach::WrongTrack {
                startup: 0,
                session: 0
            },
        ]
    );
}

#[test]
fn a_short_panel_says_where_the_judges_were() {
    // Session 0 needs 3; judge 0 is away, judge 1 conflicted with its pitch, judge 2
    // pitches their own startup then, judge 3 sits on the overlapping session 1 (locked).
    let mut instance = Instance {
        sessions: vec![
            session(0, 2, 20, Some(0), 3, 3),
            session(0, 2, 20, Some(0), 1, 1),
        ],
        startups: vec![startup(0, 100), startup(0, 102)],
        judges: vec![
            Judge {
                availability: vec![win(200, 300)],
                ..judge(0)
            },
            judge(1),
            judge(102),
            judge(3),
            judge(4),
        ],
        conflicts: vec![(1, 0)],
        ..Instance::default()
    };
    instance.current.placements = vec![
        Placement {
            locked: true,
            ..place(0, 0, 0)
        },
        Placement {
            locked: true,
            ..place(1, 1, 0)
        },
    ];
    instance.current.seats = vec![Seat {
        locked: true,
        ..seat(3, 1)
    }];
    let solution = solve(&instance);
    assert_eq!(
        solution.short_panels,
        vec![ShortPanel {
            session: 0,
            seated: 1,
            min: 3,
            unavailable: 1,
            conflicted: 1,
            pitching: 1,
            on_other_panels: 1,
        }]
    );
    assert!(solution.schedule.seats.contains(&seat(4, 0)));
}

#[test]
fn the_best_fitting_least_loaded_judge_is_seated() {
    let instance = Instance {
        sessions: vec![session(0, 1, 20, Some(1), 1, 2)],
        startups: vec![startup(1, 100)],
        judges: vec![
            Judge {
                fit: vec![5, 0],
                ..judge(0)
            },
            Judge {
                fit: vec![0, 2],
                ..judge(1)
            },
        ],
        ..Instance::default()
    };
    assert_eq!(solve(&instance).schedule.seats, vec![seat(1, 0)]);
}

#[test]
fn the_checker_catches_each_hard_rule() {
    let instance = Instance {
        sessions: vec![
            session(0, 2, 20, Some(0), 1, 1),
            session(0, 2, 20, None, 1, 1),
            session(100, 1, 20, Some(1), 0, 1),
        ],
        startups: vec![
            Startup {
                availability: vec![win(20, 40)],
                ..startup(0, 50)
            },
            startup(0, 50),
            startup(1, 51),
        ],
        judges: vec![
            Judge {
                availability: vec![win(100, 120)],
                ..judge(1)
            },
            Judge {
                blocked: vec![win(10, 15)],
                ..judge(51)
            },
            judge(2),
        ],
        conflicts: vec![(2, 1)],
        current: Schedule {
            placements: vec![Placement {
                locked: true,
                ..place(2, 2, 0)
            }],
            seats: vec![Seat {
                locked: true,
                ..seat(2, 2)
            }],
        },
    };
    let schedule = Schedule {
        placements: vec![
            place(0, 0, 0), // outside availability; founder 50 also pitches startup 1 then
            place(1, 1, 0),
            place(2, 1, 0), // same slot as startup 1
            place(2, 0, 1), // placed twice, wrong track
            place(9, 0, 0),
            place(0, 7, 0),
            place(0, 0, 5),
        ],
        seats: vec![
            seat(0, 0), // not available then; also on session 1 at the same time
            seat(0, 1),
            seat(1, 1), // blocked out; founder of startup 2 pitching in session 1
            seat(2, 1), // conflicted with startup 1
            seat(2, 1),
            seat(5, 0),
        ],
    };
    let found = check(&instance, &schedule);
    let expect = [
        Breach::NoSuchStartup { startup: 9 },
        Breach::NoSuchSession { session: 7 },
        Breach::NoSuchSlot {
            session: 0,
            slot: 5,
        },
        Breach::NoSuchJudge { judge: 5 },
        Breach::SeatedTwice {
            judge: 2,
            session: 1,
        },
        Breach::PlacedTwice {
            startup: 2,
            places: vec![(0, 1), (1, 0)],
        },
        Breach::SlotShared {
            session: 1,
            slot: 0,
            startups: vec![1, 2],
        },
        Breach::OutsideAvailability {
            startup: 0,
            session: 0,
            slot: 0,
        },
        Breach::WrongTrack {
            startup: 2,
            session: 0,
        },
        Breach::JudgeOverlap {
            judge: 0,
            sessions: (0, 1),
        },
        Breach::FounderOverlap {
            person: 50,
            startups: (0, 1),
        },
        Breach::JudgePitching {
            judge: 1,
            session: 1,
            startup: 2,
        },
        Breach::JudgeUnavailable {
            judge: 0,
            session: 0,
        },
        Breach::JudgeBlockedOut {
            judge: 1,
            session: 1,
        },
        Breach::ConflictOnPanel {
            judge: 2,
            session: 1,
            startup: 1,
        },
        Breach::PanelTooLarge {
            session: 1,
            seated: 3,
            max: 1,
        },
        Breach::LockedPlacementMoved {
            startup: 2,
            session: 2,
            slot: 0,
        },
        Breach::LockedSeatDropped {
            judge: 2,
            session: 2,
        },
    ];
    for b in &expect {
        assert!(found.contains(b), "missing {b:?} in {found:?}");
    }
    let kinds: BTreeSet<Rule> = found.iter().map(Breach::rule).collect();
    assert_eq!(
        kinds.len(),
        Rule::ALL.iter().filter(|r| r.is_hard()).count(),
        "{kinds:?}"
    );
    // PanelTooSmall: a session with a pitch and nobody on its panel.
    let small = Schedule {
        placements: vec![place(1, 0, 1)],
        seats: vec![seat(2, 2)],
    };
    let instance = Instance {
        current: Schedule::default(),
        ..instance
    };
    assert_eq!(
        check(&instance, &small),
        vec![Breach::PanelTooSmall {
            session: 0,
            seated: 0,
            min: 1
        }]
    );
}

#[test]
fn warnings_name_missed_wishes_and_uneven_loads() {
    let instance = Instance {
        sessions: vec![
            session(0, 2, 20, None, 0, 3),
            session(100, 1, 20, None, 0, 3),
        ],
        startups: vec![
            Startup {
                preferred: vec![win(20, 40)],
                ..startup(0, 1)
            },
            startup(0, 2),
        ],
        judges: vec![
            Judge {
                preferred_sessions: vec![1],
                ..judge(10)
            },
            judge(11),
        ],
        ..Instance::default()
    };
    let schedule = Schedule {
        placements: vec![place(0, 0, 0)],
        seats: vec![seat(0, 0), seat(0, 1)],
    };
    assert_eq!(
        warnings(&instance, &schedule),
        vec![
            Warning::Unplaced { startup: 1 },
            Warning::OutsidePreferredTime {
                startup: 0,
                session: 0,
                slot: 0
            },
            Warning::NotPreferredSession {
                judge: 0,
                session: 0
            },
            Warning::UnevenLoad { min: 0, max: 2 },
        ]
    );
    assert!(warnings(&instance, &schedule)
        .iter()
        .all(|w| !w.rule().is_hard()));
}

#[test]
fn diff_lists_moves_placements_and_panel_changes() {
    let old = Schedule {
        placements: vec![place(0, 0, 0), place(1, 0, 1)],
        seats: vec![seat(0, 0), seat(1, 0)],
    };
    let new = Schedule {
        placements: vec![place(2, 1, 0), place(0, 0, 2)],
        seats: vec![seat(1, 0), seat(2, 0)],
    };
    assert_eq!(
        diff(&old, &new),
        vec![
            Change::Moved {
                startup: 0,
                from: (0, 0),
                to: (0, 2)
            },
            Change::Unplaced {
                startup: 1,
                from: (0, 1)
            },
            Change::Placed {
                startup: 2,
                to: (1, 0)
            },
            Change::JudgeRemoved {
                judge: 0,
                session: 0
            },
            Change::JudgeAdded {
                judge: 2,
                session: 0
            },
        ]
    );
    assert!(diff(&new, &new).is_empty());
}

#[test]
fn a_resolve_moves_only_what_it_must() {
    // Startup 0 sat in slot 0; its founder is now only free later: it moves, the
    // others stay.
    let mut instance = Instance {
        sessions: vec![session(0, 3, 20, Some(0), 0, 0)],
        startups: vec![startup(0, 1), startup(0, 2), startup(0, 3)],
        ..Instance::default()
    };
    instance.current.placements = vec![place(0, 0, 0), place(1, 0, 1)];
    instance.startups[0].availability = vec![win(40, 60)];
    let solution = solve(&instance);
    assert_eq!(
        diff(&instance.current, &solution.schedule),
        vec![
            Change::Moved {
                startup: 0,
                from: (0, 0),
                to: (0, 2)
            },
            Change::Placed {
                startup: 2,
                to: (0, 0)
            },
        ]
    );
    assert_eq!(solution.objective.moved, 1);
}

#[test]
fn rule_codes_round_trip() {
    use crate::code::Code;
    for &r in Rule::all() {
        assert_eq!(Rule::from_code(r.code()), Some(r));
    }
    assert_eq!(Rule::JudgeLoad.default_level(), Level::Warn);
    assert_eq!(Rule::Conflict.default_level(), Level::BlockPublishing);
}
