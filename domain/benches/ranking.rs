//! Decision quality: how well the raw mean and the normalised mean recover the hidden
//! quality of startups from synthetic juries (harsh and lenient judges, noise, sparse
//! overlapping assignments). Run with `make bench`; record the numbers in BENCHMARKS.md.

use domain::scoring::simulation::{run, Jury};

fn main() {
    let seeds = 200u64;
    let scenarios = [
        (
            "mild bias",
            Jury {
                startups: 300,
                judges: 40,
                reviews_each: 3,
                bias: 0.5,
                noise: 0.8,
            },
        ),
        (
            "strong bias",
            Jury {
                startups: 300,
                judges: 40,
                reviews_each: 3,
                bias: 1.5,
                noise: 0.8,
            },
        ),
        (
            "strong bias, 5 reviews each",
            Jury {
                startups: 300,
                judges: 40,
                reviews_each: 5,
                bias: 1.5,
                noise: 0.8,
            },
        ),
        (
            "sparse: 2 reviews each",
            Jury {
                startups: 300,
                judges: 60,
                reviews_each: 2,
                bias: 1.5,
                noise: 0.8,
            },
        ),
    ];
    println!(
        "{:<30} {:>10} {:>12} {:>10}",
        "scenario", "raw τ", "normalised τ", "wins"
    );
    for (name, jury) in &scenarios {
        let (mut raw, mut norm, mut wins) = (0.0, 0.0, 0);
        for seed in 0..seeds {
            let (r, n) = run(jury, seed);
            raw += r;
            norm += n;
            if n > r {
                wins += 1;
            }
        }
        println!(
            "{:<30} {:>10.3} {:>12.3} {:>6}/{}",
            name,
            raw / seeds as f64,
            norm / seeds as f64,
            wins,
            seeds
        );
    }
}
