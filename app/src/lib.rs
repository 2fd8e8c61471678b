//! The Leptos application: pages, components, wire types and server functions.
//! Compiled twice: with `ssr` into the server, with `hydrate` into the browser's WASM.
//! Everything that touches the database lives in `server`, behind the one `ssr` gate.

// Deeply nested views (tables of forms) make deep types in the release hydrate build.
#![recursion_limit = "256"]

pub mod api;
pub mod components;
pub mod error;
pub mod islands;
pub mod lang;
pub mod notice;
pub mod pages;
pub mod paths;
pub mod root;
pub mod route_state;

#[cfg(feature = "ssr")]
pub mod server;

pub use root::{shell, App};
