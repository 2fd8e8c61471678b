//! An upper bound on the weight of any meeting schedule of an instance: the same
//! problem with time relaxed. Each party may meet as often as it has free slots (and
//! its quota allows), all parties together at most tables × slots times, each request
//! once; which slot is forgotten. That is a maximum-weight b-matching between
//! investors and startups, solved exactly as a min-cost flow (successive shortest
//! paths with potentials). Every real schedule is a solution of the relaxation, so
//! none weighs more than this.

use super::model::{Instance, Party};
use crate::submission::Window;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Edge {
    to: usize,
    cap: i64,
    cost: i64,
}

struct Flow {
    edges: Vec<Edge>,
    out: Vec<Vec<usize>>,
}

impl Flow {
    fn new(nodes: usize) -> Self {
        Flow {
            edges: Vec::new(),
            out: vec![Vec::new(); nodes],
        }
    }

    fn add(&mut self, from: usize, to: usize, cap: i64, cost: i64) {
        self.out[from].push(self.edges.len());
        self.edges.push(Edge { to, cap, cost });
        self.out[to].push(self.edges.len());
        self.edges.push(Edge {
            to: from,
            cap: 0,
            cost: -cost,
        });
    }
}

fn free_slots(party: &Party, slots: &[Window]) -> i64 {
    let free = slots
        .iter()
        .filter(|w| {
            !party
                .busy
                .iter()
                .any(|b| b.starts_at < w.ends_at && w.starts_at < b.ends_at)
        })
        .count();
    let free = party.max_meetings.map_or(free, |max| free.min(max));
    i64::try_from(free).unwrap_or(i64::MAX)
}

/// The relaxation's optimum (see the module's text). Requests naming a party that does
/// not exist, or with a negative weight, count for nothing.
pub fn upper_bound(instance: &Instance) -> i64 {
    let (ni, ns) = (instance.investors.len(), instance.startups.len());
    // Nodes: source, gate (all meetings), investors, startups, sink.
    let (source, gate) = (0, 1);
    let investor = |i: usize| 2 + i;
    let startup = |s: usize| 2 + ni + s;
    let sink = 2 + ni + ns;
    let mut g = Flow::new(sink + 1);
    let total =
        i64::try_from(instance.tables.saturating_mul(instance.slots.len())).unwrap_or(i64::MAX);
    g.add(source, gate, total, 0);
    for (i, p) in instance.investors.iter().enumerate() {
        g.add(gate, investor(i), free_slots(p, &instance.slots), 0);
    }
    for (s, p) in instance.startups.iter().enumerate() {
        g.add(startup(s), sink, free_slots(p, &instance.slots), 0);
    }
    for r in &instance.requests {
        if r.investor < ni && r.startup < ns && r.weight > 0 {
            g.add(investor(r.investor), startup(r.startup), 1, -r.weight);
        }
    }

    // Potentials: shortest distances in the initial graph, a DAG in node order
    // (source → gate → investors → startups → sink), so one pass in order suffices.
    let n = sink + 1;
    const INF: i64 = i64::MAX / 4;
    let mut potential = vec![INF; n];
    potential[source] = 0;
    for v in 0..n {
        if potential[v] == INF {
            continue;
        }
        for &e in &g.out[v] {
            let edge = &g.edges[e];
            if edge.cap > 0 && edge.to > v {
                potential[edge.to] = potential[edge.to].min(potential[v] + edge.cost);
            }
        }
    }
    for p in potential.iter_mut() {
        if *p == INF {
            *p = 0;
        }
    }

    let mut best = 0i64;
    let mut dist = vec![INF; n];
    loop {
        dist.iter_mut().for_each(|d| *d = INF);
        dist[source] = 0;
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0i64, source)));
        while let Some(Reverse((d, v))) = heap.pop() {
            if d > dist[v] {
                continue;
            }
            for &e in &g.out[v] {
                let edge = &g.edges[e];
                if edge.cap <= 0 {
                    continue;
                }
                let nd = d + edge.cost + potential[v] - potential[edge.to];
                if nd < dist[edge.to] {
                    dist[edge.to] = nd;
                    heap.push(Reverse((nd, edge.to)));
                }
            }
        }
        if dist[sink] == INF {
            break;
        }
        for v in 0..n {
            if dist[v] < INF {
                potential[v] += dist[v];
            }
        }
        // The real cost of a shortest path; stop when one more meeting would weigh
        // nothing. Then take every path of that cost at once (edges of zero reduced
        // cost): weights come in a few tiers, so there are few such phases.
        let path_cost = potential[sink] - potential[source];
        if path_cost >= 0 {
            break;
        }
        let mut next_arc = vec![0usize; n];
        let mut dead = vec![false; n];
        loop {
            let mut on_path = vec![false; n];
            let Some(push) = augment(
                &mut g,
                &potential,
                source,
                sink,
                i64::MAX,
                &mut next_arc,
                &mut dead,
                &mut on_path,
            ) else {
                break;
            };
            best -= path_cost * push;
        }
    }
    best
}

/// One augmenting path from `v` to `sink` on edges of zero reduced cost (current-arc
/// depth-first search; a node found to lead nowhere is dead for the phase). Returns the
/// amount pushed.
#[allow(clippy::too_many_arguments)]
fn augment(
    g: &mut Flow,
    potential: &[i64],
    v: usize,
    sink: usize,
    limit: i64,
    next_arc: &mut [usize],
    dead: &mut [bool],
    on_path: &mut [bool],
) -> Option<i64> {
    if v == sink {
        return Some(limit);
    }
    on_path[v] = true;
    while next_arc[v] < g.out[v].len() {
        let e = g.out[v][next_arc[v]];
        let (to, cap, cost) = (g.edges[e].to, g.edges[e].cap, g.edges[e].cost);
        let admissible = cap > 0 && cost + potential[v] - potential[to] == 0;
        if admissible && !dead[to] && !on_path[to] {
            if let Some(pushed) = augment(
                g,
                potential,
                to,
                sink,
                limit.min(cap),
                next_arc,
                dead,
                on_path,
            ) {
                g.edges[e].cap -= pushed;
                g.edges[e ^ 1].cap += pushed;
                on_path[v] = false;
                return Some(pushed);
            }
        }
        next_arc[v] += 1;
    }
    on_path[v] = false;
    dead[v] = true;
    None
}
