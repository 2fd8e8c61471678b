//! Seed data, one submodule a purpose: `demo` (the demo accounts, two editions and four
//! startups a first start shows) and `scale` (conference-sized and larger data for load
//! tests, built on top of the demo seed; the scales differ only in their numbers, so one
//! generator takes a `Scale`). `names` holds the word lists `scale` draws from.

pub mod demo;
mod names;
pub mod scale;

pub use demo::{is_empty, seed_demo, DemoAccount, DEMO_ACCOUNTS};
