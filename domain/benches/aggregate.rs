//! The ranking's recompute at the large scale: `aggregate` over 1,000,000 scores
//! (100,000 submissions, 2,000 judges, ten reviews each, judges harsh and lenient).
//! Issue 14's budget is 200 ms. Run with `cargo bench -p domain --bench aggregate`;
//! record the numbers in BENCHMARKS.md.

use domain::scoring::simulation::Rng;
use domain::scoring::{aggregate, Score};
use std::time::Instant;

const SUBMISSIONS: u64 = 100_000;
const JUDGES: u64 = 2_000;
const REVIEWS_EACH: u64 = 10;

fn main() {
    let mut rng = Rng::new(1);
    let bias: Vec<f64> = (0..JUDGES).map(|_| rng.normal() * 1.5).collect();
    // 128-bit ids, as the server's UUIDs, hashed the same way.
    let id = |n: u64| u128::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
    let mut scores = Vec::with_capacity((SUBMISSIONS * REVIEWS_EACH) as usize);
    for s in 0..SUBMISSIONS {
        let quality = 5.0 + rng.normal() * 1.5;
        // One judge from each tenth of the panel: never the same judge twice.
        for k in 0..REVIEWS_EACH {
            let judge = k * (JUDGES / REVIEWS_EACH) + rng.next_u64() % (JUDGES / REVIEWS_EACH);
            let value = (quality + bias[judge as usize] + rng.normal() * 0.8).clamp(0.0, 10.0);
            scores.push(Score {
                judge: id(judge),
                submission: id(JUDGES + s),
                value,
            });
        }
    }
    let mut times = Vec::new();
    for _ in 0..7 {
        let started = Instant::now();
        let (aggregates, calibration) = aggregate(&scores);
        times.push(started.elapsed().as_secs_f64() * 1e3);
        assert_eq!(aggregates.len() as u64, SUBMISSIONS);
        assert!(calibration.len() as u64 <= JUDGES);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "aggregate, {} scores ({SUBMISSIONS} submissions, {JUDGES} judges): median {:.0} ms, best {:.0} ms",
        scores.len(),
        times[times.len() / 2],
        times[0]
    );
}
