//! Reading the router's state (address, query, route parameters) safely while the server
//! renders a page.
//!
//! leptos_router keeps the address in memos computed on their first read. In
//! `reactive_graph` 0.2.16 a memo computed for the first time by two threads at once can
//! hand a third reader `None`, which `ArcMemo` unwraps: the request panics and is never
//! answered (seen under load on the founder's home, BENCHMARKS.md). A page renders its
//! suspended parts on several runtime threads at once, so each memo is read here first,
//! on the one thread that builds the page or the component, before any of those parts
//! run. Read once, a memo stays computed: the address does not change during a render.
//! `backend/tests/tidy.rs` keeps the router's query and parameter hooks to this module.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};
use leptos_router::params::ParamsMap;

/// Computes the router's shared address memos. Called once per render, by the app shell,
/// before the header and the routes are built.
pub fn compute_location_memos() {
    let location = use_location();
    location.pathname.with_untracked(|_| ());
    location.search.with_untracked(|_| ());
    location.query.with_untracked(|_| ());
    location.hash.with_untracked(|_| ());
}

/// The query string's parameters, computed before anything else can read them.
pub fn query_map() -> Memo<ParamsMap> {
    let query = use_query_map();
    query.with_untracked(|_| ());
    query
}

/// The route's parameters, computed before anything else can read them.
pub fn params_map() -> Memo<ParamsMap> {
    let params = use_params_map();
    params.with_untracked(|_| ());
    params
}
