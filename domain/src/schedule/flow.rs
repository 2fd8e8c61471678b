//! Minimum-cost maximum matching in a bipartite graph (startups to slots).
//!
//! Primal–dual successive shortest paths: Dijkstra on reduced costs finds the length
//! of the cheapest augmenting path, the potentials are raised by it, and then every
//! augmenting path made only of zero-reduced-cost edges is taken at once, by depth-
//! first search, before the next Dijkstra. Costs here come in a few tiers (keep the
//! slot, prefer a time, move), so there are few distinct path lengths and few phases:
//! 2,000 startups × 2,000 slots take milliseconds, where one Dijkstra per startup
//! would take seconds. The result places as many startups as any matching can, and
//! among those matchings has the least cost; that cost is the solver's bound.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Left vertices `0..left` (startups), right `0..right` (slots); the edges of left
/// `u` are `start[u]..start[u + 1]` of `to` and `cost` (costs must not be negative).
#[derive(Clone, Debug, Default)]
pub struct Graph {
    pub left: usize,
    pub right: usize,
    pub start: Vec<usize>,
    pub to: Vec<usize>,
    pub cost: Vec<i64>,
}

impl Graph {
    pub fn edges(&self, u: usize) -> std::ops::Range<usize> {
        match (self.start.get(u), self.start.get(u + 1)) {
            (Some(&a), Some(&b)) => a..b,
            _ => 0..0,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matching {
    /// The edge each left vertex is matched by.
    pub edge_of_left: Vec<Option<usize>>,
    /// The left vertex each right vertex is matched to.
    pub left_of_right: Vec<Option<usize>>,
    /// Sum of the costs of the matched edges.
    pub cost: i64,
    pub size: usize,
}

const INF: i64 = i64::MAX / 4;

pub fn min_cost_max_matching(g: &Graph) -> Matching {
    let (l, r) = (g.left, g.right);
    let mut m = Matching {
        edge_of_left: vec![None; l],
        left_of_right: vec![None; r],
        cost: 0,
        size: 0,
    };
    let mut pi_l = vec![0i64; l];
    let mut pi_r = vec![0i64; r];
    let mut pi_t = 0i64;
    let mut dist = vec![INF; l + r];
    let mut visited = vec![false; r];
    loop {
        // Shortest augmenting path length, on reduced costs (all ≥ 0).
        dist.iter_mut().for_each(|d| *d = INF);
        let mut dist_t = INF;
        let mut heap = BinaryHeap::new();
        for u in 0..l {
            if m.edge_of_left[u].is_none() && !g.edges(u).is_empty() {
                dist[u] = -pi_l[u];
                heap.push(Reverse((dist[u], u)));
            }
        }
        while let Some(Reverse((d, x))) = heap.pop() {
            if d >= dist_t {
                break;
            }
            if d > dist[x] {
                continue;
            }
            if x < l {
                let u = x;
                for e in g.edges(u) {
                    if m.edge_of_left[u] == Some(e) {
                        continue;
                    }
                    let v = g.to[e];
                    let nd = d + g.cost[e] + pi_l[u] - pi_r[v];
                    if nd < dist[l + v] {
                        dist[l + v] = nd;
                        heap.push(Reverse((nd, l + v)));
                    }
                }
            } else {
                let v = x - l;
                match m.left_of_right[v] {
                    Some(w) => {
                        let Some(e) = m.edge_of_left[w] else { continue };
                        let nd = d - g.cost[e] + pi_r[v] - pi_l[w];
                        if nd < dist[w] {
                            dist[w] = nd;
                            heap.push(Reverse((nd, w)));
                        }
                    }
                    None => dist_t = dist_t.min(d + pi_r[v] - pi_t),
                }
            }
        }
        if dist_t >= INF {
            break;
        }
        for u in 0..l {
            pi_l[u] += dist[u].min(dist_t);
        }
        for v in 0..r {
            pi_r[v] += dist[l + v].min(dist_t);
        }
        pi_t += dist_t;

        // Take every augmenting path of zero reduced cost.
        visited.iter_mut().for_each(|x| *x = false);
        let mut grew = false;
        for u in 0..l {
            if m.edge_of_left[u].is_none()
                && pi_l[u] == 0
                && augment(g, &mut m, u, &pi_l, &pi_r, pi_t, &mut visited)
            {
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    m.cost = m.edge_of_left.iter().flatten().map(|&e| g.cost[e]).sum();
    m
}

/// Depth-first search from the free left vertex `root` along tight edges, iterative
/// so a long alternating path cannot overflow the stack. On success the path is
/// flipped and `true` returned.
fn augment(
    g: &Graph,
    m: &mut Matching,
    root: usize,
    pi_l: &[i64],
    pi_r: &[i64],
    pi_t: i64,
    visited: &mut [bool],
) -> bool {
    // (left vertex, next edge to try, edge it took to reach the next frame)
    let mut stack: Vec<(usize, usize, usize)> = vec![(root, g.edges(root).start, usize::MAX)];
    while let Some(top) = stack.len().checked_sub(1) {
        let u = stack[top].0;
        let end = g.edges(u).end;
        // A free slot at hand ends the path here: looking for one first keeps the
        // paths short, so one search does not use up the slots the next one needs.
        let free = g.edges(u).find(|&e| {
            let v = g.to[e];
            m.left_of_right[v].is_none()
                && !visited[v]
                && g.cost[e] + pi_l[u] - pi_r[v] == 0
                && pi_r[v] - pi_t == 0
        });
        if let Some(e) = free {
            visited[g.to[e]] = true;
            stack[top].2 = e;
            for &(w, _, taken) in &stack {
                m.edge_of_left[w] = Some(taken);
                m.left_of_right[g.to[taken]] = Some(w);
            }
            m.size += 1;
            return true;
        }
        let mut advanced = false;
        while stack[top].1 < end {
            let e = stack[top].1;
            stack[top].1 += 1;
            if m.edge_of_left[u] == Some(e) {
                continue;
            }
            let v = g.to[e];
            if visited[v] || g.cost[e] + pi_l[u] - pi_r[v] != 0 {
                continue;
            }
            visited[v] = true;
            match m.left_of_right[v] {
                None if pi_r[v] - pi_t == 0 => {
                    // Flip the path: every frame takes the edge it chose.
                    stack[top].2 = e;
                    for &(w, _, taken) in &stack {
                        m.edge_of_left[w] = Some(taken);
                        m.left_of_right[g.to[taken]] = Some(w);
                    }
                    m.size += 1;
                    return true;
                }
                None => {}
                Some(w) => {
                    let Some(we) = m.edge_of_left[w] else {
                        continue;
                    };
                    if -g.cost[we] + pi_r[v] - pi_l[w] == 0 {
                        stack[top].2 = e;
                        stack.push((w, g.edges(w).start, usize::MAX));
                        advanced = true;
                        break;
                    }
                }
            }
        }
        if !advanced {
            stack.pop();
        }
    }
    false
}

/// The startups that compete with free left vertex `u` and the slots they can use:
/// everything reachable from `u` by alternating paths. When the matching is maximum
/// every one of those slots is taken and there is one startup more than slots (Hall).
pub fn competing(g: &Graph, m: &Matching, u: usize) -> (Vec<usize>, Vec<usize>) {
    let mut seen_l = vec![false; g.left];
    let mut seen_r = vec![false; g.right];
    let mut queue = vec![u];
    if let Some(s) = seen_l.get_mut(u) {
        *s = true;
    }
    let (mut lefts, mut rights) = (Vec::new(), Vec::new());
    while let Some(x) = queue.pop() {
        lefts.push(x);
        for e in g.edges(x) {
            let v = g.to[e];
            if std::mem::replace(&mut seen_r[v], true) {
                continue;
            }
            rights.push(v);
            if let Some(w) = m.left_of_right[v] {
                if !std::mem::replace(&mut seen_l[w], true) {
                    queue.push(w);
                }
            }
        }
    }
    lefts.sort_unstable();
    rights.sort_unstable();
    (lefts, rights)
}
