use super::*;
use crate::scoring::simulation::Rng;
use crate::submission::Window;
use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;

fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 16, 1, 0, 0)
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

/// `n` slots of 20 minutes with a 5-minute buffer after each.
fn slots(n: i64) -> Vec<Window> {
    (0..n).map(|k| win(k * 25, k * 25 + 20)).collect()
}

fn request(investor: usize, startup: usize, weight: i64) -> Request {
    Request {
        investor,
        startup,
        weight,
    }
}

fn parties(n: usize) -> Vec<Party> {
    vec![Party::default(); n]
}

fn random_instance(seed: u64, requests: usize, tables: usize, slot_count: i64) -> Instance {
    let mut rng = Rng::new(seed);
    let investors = 1 + rng.below(8);
    let startups = 1 + rng.below(10);
    let slot_list = slots(slot_count);
    let party = |rng: &mut Rng| Party {
        busy: if rng.below(3) == 0 {
            let from = rng.below(slot_count.max(1) as usize) as i64 * 25;
            vec![win(from, from + 10 + rng.below(40) as i64)]
        } else {
            Vec::new()
        },
        max_meetings: (rng.below(4) == 0).then(|| rng.below(4)),
    };
    let investors: Vec<Party> = (0..investors).map(|_| party(&mut rng)).collect();
    let startups: Vec<Party> = (0..startups).map(|_| party(&mut rng)).collect();
    let requests = (0..requests)
        .map(|_| {
            request(
                rng.below(investors.len()),
                rng.below(startups.len()),
                1 + rng.below(5) as i64,
            )
        })
        .collect();
    Instance {
        slots: slot_list,
        tables,
        investors,
        startups,
        requests,
        current: Vec::new(),
    }
}

/// The best weight any schedule can reach, by trying every choice (tiny instances).
fn brute_force(instance: &Instance) -> i64 {
    fn go(instance: &Instance, r: usize, chosen: &mut Vec<Meeting>) -> i64 {
        if r == instance.requests.len() {
            return chosen
                .iter()
                .map(|m| instance.requests[m.request].weight)
                .sum();
        }
        let mut best = go(instance, r + 1, chosen);
        for slot in 0..instance.slots.len() {
            for table in 0..instance.tables {
                chosen.push(Meeting {
                    request: r,
                    slot,
                    table,
                    locked: false,
                });
                if check(instance, chosen).is_empty() {
                    best = best.max(go(instance, r + 1, chosen));
                }
                chosen.pop();
            }
        }
        best
    }
    go(instance, 0, &mut Vec::new())
}

#[test]
fn two_requests_of_one_investor_take_two_slots_and_join_up() {
    let instance = Instance {
        slots: slots(4),
        tables: 1,
        investors: parties(1),
        startups: parties(2),
        requests: vec![request(0, 0, 3), request(0, 1, 2)],
        current: Vec::new(),
    };
    let solution = solve(&instance);
    assert_eq!(check(&instance, &solution.meetings), vec![]);
    let placed: Vec<(usize, usize)> = solution
        .meetings
        .iter()
        .map(|m| (m.request, m.slot))
        .collect();
    assert_eq!(placed, vec![(0, 0), (1, 1)]);
    assert_eq!(solution.idle_gaps, 0);
    assert_eq!((solution.weight, solution.bound), (5, 5));
}

#[test]
fn a_pitch_or_panel_keeps_a_party_out_and_the_reason_is_named() {
    let instance = Instance {
        slots: slots(2),
        tables: 2,
        investors: vec![Party {
            busy: vec![win(0, 20)],
            ..Party::default()
        }],
        startups: vec![
            Party {
                busy: vec![win(25, 45)],
                ..Party::default()
            },
            Party::default(),
        ],
        requests: vec![request(0, 0, 1), request(0, 1, 1)],
        current: Vec::new(),
    };
    let solution = solve(&instance);
    assert_eq!(
        solution.unplaced,
        vec![Unplaced {
            request: 0,
            why: WhyUnplaced::NoCommonTime
        }]
    );
    assert_eq!(solution.meetings[0].slot, 1);
}

#[test]
fn quotas_cap_meetings_and_are_named() {
    let instance = Instance {
        slots: slots(3),
        tables: 3,
        investors: vec![Party {
            max_meetings: Some(1),
            ..Party::default()
        }],
        startups: parties(2),
        requests: vec![request(0, 0, 1), request(0, 1, 5)],
        current: Vec::new(),
    };
    let solution = solve(&instance);
    assert_eq!(solution.meetings.len(), 1);
    assert_eq!(solution.meetings[0].request, 1, "the heavier request first");
    assert_eq!(solution.unplaced[0].why, WhyUnplaced::InvestorQuota);
}

#[test]
fn the_checker_catches_each_hard_rule() {
    let instance = Instance {
        slots: slots(2),
        tables: 1,
        investors: vec![
            Party {
                busy: vec![win(0, 5)],
                max_meetings: Some(1),
            },
            Party::default(),
        ],
        startups: parties(2),
        requests: vec![request(0, 0, 1), request(0, 1, 1), request(1, 1, 1)],
        current: vec![Meeting {
            request: 2,
            slot: 1,
            table: 0,
            locked: true,
        }],
    };
    let m = |request, slot, table| Meeting {
        request,
        slot,
        table,
        locked: false,
    };
    let breaches = check(
        &instance,
        &[
            m(0, 0, 0),
            m(1, 0, 0),
            m(1, 1, 0),
            m(7, 0, 0),
            m(2, 5, 0),
            m(2, 0, 3),
        ],
    );
    assert_eq!(
        breaches,
        vec![
            Breach::NoSuchRequest { request: 7 },
            Breach::NoSuchSlot {
                request: 2,
                slot: 5
            },
            Breach::NoSuchTable {
                request: 2,
                table: 3
            },
            Breach::RequestTwice { request: 1 },
            Breach::TableTwice {
                table: 0,
                requests: (0, 1)
            },
            Breach::PartyTwice {
                side: Side::Investor,
                party: 0,
                requests: (0, 1)
            },
            Breach::PartyBusy {
                side: Side::Investor,
                party: 0,
                request: 0
            },
            Breach::PartyBusy {
                side: Side::Investor,
                party: 0,
                request: 1
            },
            Breach::OverQuota {
                side: Side::Investor,
                party: 0,
                meetings: 3,
                max: 1
            },
            Breach::LockedMoved { request: 2 },
        ]
    );
}

#[test]
fn a_full_slot_is_freed_by_moving_one_meeting() {
    // Startup 1 can meet only in slot 0; the greedy pass gave slot 0 to the heavier
    // request 0, which could as well meet in slot 1. The repair moves it.
    let instance = Instance {
        slots: slots(2),
        tables: 1,
        investors: parties(2),
        startups: vec![
            Party::default(),
            Party {
                busy: vec![win(25, 45)],
                ..Party::default()
            },
        ],
        requests: vec![request(0, 0, 5), request(1, 1, 1)],
        current: Vec::new(),
    };
    let solution = solve(&instance);
    assert_eq!(check(&instance, &solution.meetings), vec![]);
    assert_eq!(solution.meetings.len(), 2, "{solution:?}");
    assert_eq!(solution.weight, solution.bound);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn matcher_output_breaks_no_rule_stays_under_the_bound_and_is_deterministic(
        seed in any::<u64>(), r in 0usize..40, tables in 1usize..4, s in 1i64..6,
    ) {
        let instance = random_instance(seed, r, tables, s);
        let solution = solve(&instance);
        prop_assert_eq!(check(&instance, &solution.meetings), vec![]);
        prop_assert!(solution.weight <= solution.bound, "{} > {}", solution.weight, solution.bound);
        prop_assert_eq!(solution.meetings.len() + solution.unplaced.len(), r);
        prop_assert_eq!(&solve(&instance), &solution);
        // A re-run on its own output moves nothing.
        let again = solve(&Instance { current: solution.meetings.clone(), ..instance.clone() });
        prop_assert_eq!(again.meetings, solution.meetings);
    }

    #[test]
    fn locked_meetings_stay_where_staff_put_them(
        seed in any::<u64>(), r in 1usize..30, tables in 1usize..4, s in 1i64..6,
    ) {
        let mut instance = random_instance(seed, r, tables, s);
        let first = solve(&instance);
        let locked: Vec<Meeting> = first.meetings.iter().step_by(2).map(|m| Meeting { locked: true, ..*m }).collect();
        instance.current = locked.clone();
        // Change the weights: the locked ones must stay anyway.
        for req in instance.requests.iter_mut() {
            req.weight = 6 - req.weight;
        }
        let second = solve(&instance);
        prop_assert_eq!(check(&instance, &second.meetings), vec![]);
        for m in &locked {
            prop_assert!(second.meetings.iter().any(|x| x.request == m.request && x.slot == m.slot && x.table == m.table));
        }
    }

    #[test]
    fn on_tiny_instances_the_bound_is_at_least_the_best_schedule(
        seed in any::<u64>(), r in 0usize..5, tables in 1usize..3, s in 1i64..3,
    ) {
        let instance = random_instance(seed, r, tables, s);
        let best = brute_force(&instance);
        let solution = solve(&instance);
        prop_assert!(solution.weight <= best);
        prop_assert!(best <= solution.bound, "best {} > bound {}", best, solution.bound);
    }
}
